// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/singleinstance.h"

#include "core/coretr.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int connectMs = 1000;
constexpr int answerMs = 5000;
// A request is a line of JSON naming a few files; anything longer is not ours.
constexpr qint64 maxRequestBytes = 64 * 1024;
const QByteArray okReply = "ok\n";

} // namespace

QString SingleInstance::defaultSocketPath()
{
    // RuntimeLocation is $XDG_RUNTIME_DIR; unset, Qt makes /tmp/runtime-USER with mode 0700, so
    // the socket is the user's alone either way.
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)
        + u"/waconsole.socket"_s;
}

SingleInstance::SingleInstance(QString socketPath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(socketPath))
{ }

SingleInstance::~SingleInstance() = default;

SingleInstance::Outcome SingleInstance::start(const QStringList &files, QString *error)
{
    if (m_path.isEmpty())
        m_path = defaultSocketPath();
    // Two consoles started at once would both find nobody listening, and the second to listen
    // would delete the first's socket: the lock makes "ask, else listen" one step.
    QLockFile lock(m_path + u".lock"_s);
    lock.setStaleLockTime(10000);
    const bool locked = lock.tryLock(answerMs);
    QStringList absolute;
    for (const QString &file : files)
        absolute.append(QFileInfo(file).absoluteFilePath());
    switch (handOver(absolute, error)) {
    case Handover::Taken:
        return Outcome::Forwarded;
    case Handover::Silent:
        return Outcome::NoAnswer;
    case Handover::Nobody:
        break;
    }
    if (!locked && error)
        *error = Tr::tr("Cannot lock %1: %2").arg(lock.fileName(), QString::number(lock.error()));
    return locked && listen(error) ? Outcome::Serving : Outcome::Alone;
}

SingleInstance::Handover SingleInstance::handOver(const QStringList &files, QString *error) const
{
    QLocalSocket socket;
    socket.connectToServer(m_path);
    if (!socket.waitForConnected(connectMs))
        return Handover::Nobody; // no console, or a socket file a crashed one left
    const QJsonObject request {{u"open"_s, QJsonArray::fromStringList(files)}};
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    QByteArray reply;
    // The reply comes once the console has taken the request, so that this process exits only
    // when the window is on its way forward.
    while (!reply.endsWith('\n') && socket.waitForReadyRead(answerMs))
        reply += socket.readAll();
    if (reply == okReply)
        return Handover::Taken;
    if (error) {
        *error = Tr::tr("A running waconsole holds %1 but did not answer; start this one with "
                        "--new-instance to run a second console.")
                     .arg(QDir::toNativeSeparators(m_path));
    }
    return Handover::Silent;
}

bool SingleInstance::listen(QString *error)
{
    m_server = new QLocalServer(this);
    // Where the runtime directory is not the user's own, the socket still is.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
    if (m_server->listen(m_path))
        return true;
    // handOver() found nobody behind it, and the lock keeps others out: the file is stale.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        QLocalServer::removeServer(m_path);
        if (m_server->listen(m_path))
            return true;
    }
    if (error) {
        *error = Tr::tr("Cannot listen on %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), m_server->errorString());
    }
    return false;
}

void SingleInstance::serve(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    // A client that connects and says nothing is not kept forever.
    QTimer::singleShot(answerMs, socket, &QLocalSocket::disconnectFromServer);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (socket->bytesAvailable() > maxRequestBytes) {
            socket->disconnectFromServer();
            return;
        }
        if (!socket->canReadLine())
            return;
        const QJsonObject request = QJsonDocument::fromJson(socket->readLine()).object();
        const QJsonValue open = request.value(u"open"_s);
        if (!open.isArray()) {
            socket->disconnectFromServer();
            return;
        }
        QStringList files;
        for (const QJsonValue &file : open.toArray())
            files.append(file.toString());
        socket->write(okReply);
        socket->flush();
        socket->disconnectFromServer();
        // After the reply: what the window does with the files (a dialog, a slow load) never
        // keeps the other process waiting.
        QTimer::singleShot(0, this, [this, files] { Q_EMIT activated(files); });
    });
}

} // namespace Wac

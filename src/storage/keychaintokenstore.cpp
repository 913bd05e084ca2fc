// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/keychaintokenstore.h"

#include "core/coretr.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

TokenStore::Error mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return TokenStore::Error::None;
    case QKeychain::EntryNotFound:
        return TokenStore::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return TokenStore::Error::AccessDenied;
    default:
        // libsecret reports a missing Secret Service as OtherError ("The name
        // org.freedesktop.secrets was not provided", "Cannot autolaunch D-Bus", ...).
        return TokenStore::Error::NoBackend;
    }
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QObject *parent, int timeoutMs)
    : TokenStore(parent)
    , m_timeoutMs(timeoutMs)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        complete({}, Error::NoBackend,
            Tr::tr("The keychain did not answer within %1 s.").arg(m_timeoutMs / 1000));
    });
}

KeychainTokenStore::~KeychainTokenStore()
{
    if (m_running)
        m_running->disconnect(this);
}

QString KeychainTokenStore::labelFor(const QString &key)
{
    const qsizetype slash = key.lastIndexOf(u'/');
    if (slash < 0)
        return QLatin1String(legacyService) + u": "_s + key;
    QString secret = key.mid(slash + 1);
    secret.replace(u'_', u' ');
    return QLatin1String(legacyService) + u": "_s + secret + u" of profile "_s + key.left(slash);
}

void KeychainTokenStore::read(const QString &key, QObject *context, ReadCallback done)
{
    enqueue({Operation::Kind::Read, key, {}, context, std::move(done), {}});
}

void KeychainTokenStore::write(
    const QString &key, const QByteArray &secret, QObject *context, DoneCallback done)
{
    enqueue({Operation::Kind::Write, key, secret, context, {}, std::move(done)});
    // An entry of an earlier version would otherwise outlive the new one.
    enqueue({Operation::Kind::Remove, key, {}, nullptr, {}, {}, true});
}

void KeychainTokenStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    enqueue({Operation::Kind::Remove, key, {}, nullptr, {}, {}, true});
    enqueue({Operation::Kind::Remove, key, {}, context, {}, std::move(done)});
}

void KeychainTokenStore::enqueue(Operation operation)
{
    m_queue.enqueue(std::move(operation));
    if (!m_running && !m_timeout.isActive())
        startNext();
}

void KeychainTokenStore::startNext()
{
    if (m_queue.isEmpty())
        return;
    const Operation &op = m_queue.head();
    const QString serviceName = op.legacy ? QString::fromLatin1(legacyService) : labelFor(op.key);
    QKeychain::Job *job = nullptr;
    switch (op.kind) {
    case Operation::Kind::Read:
        job = new QKeychain::ReadPasswordJob(serviceName);
        break;
    case Operation::Kind::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName);
        write->setBinaryData(op.secret);
        job = write;
        break;
    }
    case Operation::Kind::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file (house rule 3)
    job->setKey(op.key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        const auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
        complete(readJob ? readJob->binaryData() : QByteArray(), mapError(finished->error()),
            finished->error() == QKeychain::NoError ? QString() : finished->errorString());
    });
    m_running = job;
    m_timeout.start(m_timeoutMs);
    job->start();
}

void KeychainTokenStore::complete(const QByteArray &secret, Error error, const QString &detail)
{
    // A job that timed out may still finish later: forget it so that it cannot answer twice.
    if (m_running)
        m_running->disconnect(this);
    m_running = nullptr;
    m_timeout.stop();
    if (m_queue.isEmpty())
        return;
    if (retryAsLegacy(error)) {
        startNext();
        return;
    }
    const Operation op = m_queue.dequeue();
    if (op.kind == Operation::Kind::Read && op.legacy && error == Error::None) {
        // Found under the old service: moved under its label before anything asked after it.
        m_queue.prepend({Operation::Kind::Remove, op.key, {}, nullptr, {}, {}, true});
        m_queue.prepend({Operation::Kind::Write, op.key, secret, nullptr, {}, {}});
    }
    if (op.context) {
        if (op.kind == Operation::Kind::Read)
            op.readDone(secret, error, detail);
        else
            op.done(error, detail);
    }
    startNext();
}

bool KeychainTokenStore::retryAsLegacy(Error error)
{
    Operation &op = m_queue.head();
    if (op.kind != Operation::Kind::Read || op.legacy || error != Error::NotFound)
        return false;
    op.legacy = true;
    return true;
}

} // namespace Wac

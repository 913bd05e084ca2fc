// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/storehandover.h"

#include "storage/historystore.h"
#include "widgets/resultpanel.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include "services/historylog.h"
#include "services/storeaccess.h"

using namespace Qt::StringLiterals;

namespace Wac {

StoreHandover::StoreHandover(
    HistoryLog *history, ResultPanel *result, DraftBody draft, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_result(result)
    , m_draft(std::move(draft))
    , m_program(QCoreApplication::applicationFilePath())
{
    connect(m_result, &ResultPanel::actionTriggered, this, [this] {
        QString error;
        if (!isElsewhere())
            return;
        if (openWindow(&error))
            Q_EMIT statusMessage(
                tr("Opening \"%1\" in a window of its own…").arg(m_elsewhere), 10000);
        else
            m_result->showProblem(
                tr("The window of \"%1\" could not be opened").arg(m_elsewhere), error);
    });
}

void StoreHandover::show(const std::optional<Profile> &profile)
{
    const QString wanted = profile && m_history
        ? StoreAccess::otherStore(*profile, m_history->store()->location())
        : QString();
    if (wanted.isEmpty()) {
        if (isElsewhere())
            m_result->clear();
        m_elsewhere.clear();
        return;
    }
    m_elsewhere = profile->name;
    m_result->showNotice(tr("\"%1\" keeps its history in %2").arg(profile->name, wanted),
        tr("This window records into %1, so nothing is sent from here: every send is recorded "
           "where the profile's team looks. Open the profile in a window of its own; the message "
           "you are writing goes with it.")
            .arg(StoreAccess::describe(m_history->store()->location())),
        tr("Open in a window of its own"));
}

bool StoreHandover::openWindow(QString *error)
{
    QStringList arguments {u"--profile"_s, m_elsewhere};
    const QJsonObject body = m_draft ? m_draft() : QJsonObject();
    if (!body.isEmpty()) {
        // The user's own runtime folder: for this user only, and gone at log-out, as a draft
        // that went nowhere should be.
        QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        if (folder.isEmpty())
            folder = QDir::tempPath();
        QSaveFile file(QDir(folder).filePath(
            u"waconsole-draft-%1.json"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(12))));
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return false;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(QJsonDocument(body).toJson());
        if (!file.commit()) {
            *error = file.errorString();
            return false;
        }
        arguments << file.fileName();
    }
    if (!QProcess::startDetached(m_program, arguments)) {
        *error = tr("%1 could not be started.").arg(QDir::toNativeSeparators(m_program));
        return false;
    }
    return true;
}

} // namespace Wac

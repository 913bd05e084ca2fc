// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/sendresult.h"
#include "storage/historyrecord.h"
#include "storage/profile.h"

#include <QJsonObject>
#include <QObject>

namespace Wac {

class GraphAccess;
class GraphRequest;
class HistoryLog;

/**
 * Sending a message and recording it, the same for the window and the CLI: the history row is
 * written as pending before the request leaves (a send whose row cannot be written does not
 * leave), and finished with the answer; a process cut off in between leaves a pending row that
 * the next start marks unknown. One send at a time; it never sends again by itself.
 */
class SendService : public QObject
{
    Q_OBJECT

public:
    explicit SendService(GraphAccess *graph, QObject *parent = nullptr);
    ~SendService() override;

    /// Where sends are recorded; none records nothing (`waconsole-cli send --no-history`).
    void setHistory(HistoryLog *history) { m_history = history; }

    bool isBusy() const;
    /// Starts sending `body` with `profile`; false (nothing started) while a send is in flight.
    bool send(const Profile &profile, const QJsonObject &body);
    void cancel();

    /// What the history keeps of a send of `body` with `profile` before its answer.
    static HistoryEntry historyEntry(const Profile &profile, const QJsonObject &body);
    /// What the history keeps of `result`.
    static HistoryAnswer historyAnswer(const SendResult &result);

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    void finished(const Wac::SendResult &result);
    /// After finished(): the answer could not be written to the history, in words (on a team
    /// store it is kept and written once the server is back).
    void notRecorded(const QString &why);

private:
    void done(const SendResult &result);

    GraphRequest *m_request;
    /// Why `profile` cannot be sent from here: its store is not the one sends are recorded in.
    QString storeMismatch(const Profile &profile) const;

    HistoryLog *m_history = nullptr;
    qint64 m_historyId = 0;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/profile.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Wac {

class HistoryLog;
class ResultPanel;

/**
 * A profile chosen in the window that keeps its history in another store (a team's, while the
 * window records into this computer's file, or the other way round): nothing can be sent from
 * here, so the result panel says where the profile's history is and offers to open the profile
 * in a window of its own (`waconsole --profile NAME`), which takes the draft along.
 */
class StoreHandover : public QObject
{
    Q_OBJECT

public:
    using DraftBody = std::function<QJsonObject()>;

    /// `history` is the window's (none: nothing is recorded, and every profile may send).
    StoreHandover(HistoryLog *history, ResultPanel *result, DraftBody draft, QObject *parent);

    /// Says so when `profile` is of another store, and clears what it said when it is not.
    void show(const std::optional<Profile> &profile);

    /// The profile shown keeps its history elsewhere: Send is not offered.
    bool isElsewhere() const { return !m_elsewhere.isEmpty(); }

    /// The program started for the new window (the running one by default; tests use theirs).
    void setProgram(const QString &program) { m_program = program; }

    /// Starts the window of the profile shown, with the draft; false with `error` when it
    /// could not be started or the draft could not be handed over.
    bool openWindow(QString *error);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    HistoryLog *m_history;
    ResultPanel *m_result;
    DraftBody m_draft;
    QString m_elsewhere; ///< the profile shown, when it is of another store
    QString m_program;
};

} // namespace Wac

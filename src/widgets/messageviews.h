// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "core/outgoingmessage.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QAction;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace Wac {

class ComposerController;
class JsonPane;
class PreviewWidget;
class ProblemList;

/**
 * The message being written, shown in every view of it: the composer's form, the JSON tab, the
 * phone and the Problems list, all drawn from one OutgoingMessage checked again on every edit in
 * any of them. Edits are coalesced into one check per pass of the event loop: a keystroke is
 * checked and shown at once, a burst of programmatic changes only once.
 */
class MessageViews : public QObject
{
    Q_OBJECT

public:
    struct Widgets
    {
        ComposerController *composer = nullptr;
        JsonPane *json = nullptr;
        PreviewWidget *preview = nullptr;
        QTreeWidget *problems = nullptr;
        QLabel *problemsLabel = nullptr;
        QTabWidget *tabs = nullptr; ///< holds the JSON tab, shown for what no field shows
        QAction *undo = nullptr;
        QAction *redo = nullptr;
    };

    /// What is found beyond the message itself (its template against the library, the
    /// customer's 24-hour window), for `body`.
    using Findings = std::function<QList<Diagnostic>(const QJsonObject &body)>;

    MessageViews(const Widgets &widgets, Findings findings, QObject *parent = nullptr);

    /// The message as the last check saw it, and what the check found.
    const OutgoingMessage &lastChecked() const { return m_message; }

    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }

    ProblemList *problems() const { return m_problems; }

    /// Shows `message` in the form of its type and in the JSON tab, checked at once.
    void setMessage(const OutgoingMessage &message);
    /// Checks the message once the event loop comes round (what changed its checks' inputs).
    void scheduleCheck();
    /// Checks it now, and drops a check that was waiting.
    void checkNow();
    /// What would be sent, settled: a JSON edit still in its pause taken, every field's
    /// problem shown, the check run now.
    void settle();

Q_SIGNALS:
    /// A check ran: `errors` when the message cannot be sent as it is.
    void checked(bool errors);

private:
    void problemActivated(const QString &pointer);
    void jsonEdited(const QJsonObject &body);

    Widgets m_w;
    Findings m_findings;
    ProblemList *m_problems;
    QTimer m_check;
    OutgoingMessage m_message;
    QList<Diagnostic> m_diagnostics;
};

} // namespace Wac

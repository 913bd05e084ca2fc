// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "storage/profile.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

class QWidget;

namespace Wac {

class HistoryLog;
class TemplateLibrary;

/**
 * What the user is asked before a message leaves: sending one with errors anyway (naming them),
 * a template that is not approved, and the same message to the same customer again within ten
 * minutes (naming when it went).
 */
class SendQuestions : public QObject
{
    Q_OBJECT

public:
    /// `templates` and `history` may be missing: nothing is asked of them then.
    SendQuestions(
        QWidget *window, TemplateLibrary *templates, HistoryLog *history, QObject *parent);

    /// Whether `body` is to go out with `profile`, asking where there is something to ask.
    bool allow(const Profile &profile, const QJsonObject &body,
        const QList<Diagnostic> &diagnostics, bool anyway);

private:
    QWidget *m_window;
    TemplateLibrary *m_templates;
    HistoryLog *m_history;
};

} // namespace Wac

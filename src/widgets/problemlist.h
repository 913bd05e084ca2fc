// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>

class QLabel;
class QTreeWidget;

namespace Wac {

/**
 * The Problems list under the views: every finding of the message with its severity, the count
 * in its label, and a click (or Enter) on one asking for its field.
 */
class ProblemList : public QObject
{
    Q_OBJECT

public:
    ProblemList(QTreeWidget *tree, QLabel *label, QObject *parent = nullptr);

    /// Lists `diagnostics` of `body`, each named by its place in the message ("Section 2, row 1").
    void show(const QList<Diagnostic> &diagnostics, const QJsonObject &body);
    /// A problem of `code` does `action` when chosen instead of asking for its field (the
    /// closed 24-hour window opens the Template page); `hint` says so in its tooltip.
    void setAction(const QString &code, const QString &hint, std::function<void()> action);

Q_SIGNALS:
    /// The user chose the finding at `pointer` (empty for the message as a whole).
    void activated(const QString &pointer);

private:
    struct Action
    {
        QString hint;
        std::function<void()> run;
    };

    QTreeWidget *m_tree;
    QLabel *m_label;
    QHash<QString, Action> m_actions;
};

} // namespace Wac

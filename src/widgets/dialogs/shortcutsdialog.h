// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace Wac {

/**
 * Help → Keyboard shortcuts: every action of a window that has a shortcut, read from the
 * window's own QActions when the dialog opens, so the list cannot go stale. A search field
 * filters it by name or keys; Esc closes it.
 */
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window);

    /// Shows the window's dialog, raising the one already open.
    static ShortcutsDialog *showFor(QWidget *window);

    /// An action's text as a menu shows it: "&Save As…" → "Save As…".
    static QString plainText(const QString &text);

private:
    void fill(QWidget *window);
    void filter(const QString &text);

    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace Wac

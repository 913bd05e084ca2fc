// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QHash>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace Wac {

/// Which editor shows which JSON Pointer of the message: where a finding is shown and which
/// field a click in the problem list focuses.
class FieldMap
{
public:
    void clear() { m_editors.clear(); }

    void add(const QString &pointer, QWidget *editor) { m_editors.insert(pointer, editor); }

    /// The editor of `pointer` or, failing that, of its nearest ancestor that has one: a
    /// missing key inside a button is shown on the button, a count on the list.
    QWidget *find(const QString &pointer) const;
    /// The pointer `editor` was registered with, or an empty string.
    QString pointerOf(const QWidget *editor) const;

    const QHash<QString, QPointer<QWidget>> &editors() const { return m_editors; }

private:
    QHash<QString, QPointer<QWidget>> m_editors;
};

} // namespace Wac

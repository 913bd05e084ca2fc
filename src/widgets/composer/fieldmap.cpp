// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/fieldmap.h"

namespace Wac {

QWidget *FieldMap::find(const QString &pointer) const
{
    QString at = pointer;
    while (!at.isEmpty()) {
        if (QWidget *editor = m_editors.value(at))
            return editor;
        at.truncate(at.lastIndexOf(u'/'));
    }
    return m_editors.value(QString());
}

QString FieldMap::pointerOf(const QWidget *editor) const
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (it.value() == editor)
            return it.key();
    }
    return {};
}

} // namespace Wac

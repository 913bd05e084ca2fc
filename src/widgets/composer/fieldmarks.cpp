// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/fieldmarks.h"

#include "widgets/composer/fieldassist.h"

#include <algorithm>

namespace Wac {

void FieldMarks::mark(QHash<QWidget *, QList<Diagnostic>> byField)
{
    for (auto it = byField.begin(); it != byField.end(); ++it) {
        std::stable_sort(it->begin(), it->end(),
            [](const Diagnostic &a, const Diagnostic &b) { return a.isError() && !b.isError(); });
    }
    for (const QPointer<QWidget> &field : std::as_const(m_marked)) {
        if (field && !byField.contains(field))
            FieldAssist::setProblems(field, {});
    }
    m_marked.clear();
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        FieldAssist::setProblems(it.key(), it.value());
        m_marked.append(it.key());
    }
}

} // namespace Wac

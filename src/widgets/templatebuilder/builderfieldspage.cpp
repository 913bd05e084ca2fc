// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/builderfieldspage.h"

#include "widgets/composer/fieldassist.h"

#include <QScrollArea>

namespace Wac {

bool BuilderFieldsPage::owns(const QString &pointer, const QJsonObject &definition) const
{
    const QStringList own = ownPointers(definition);
    return std::any_of(own.cbegin(), own.cend(), [&pointer](const QString &at) {
        return !at.isEmpty() && (pointer == at || pointer.startsWith(at + u'/'));
    });
}

QWidget *BuilderFieldsPage::fieldFor(const QString &pointer, const QJsonObject &definition) const
{
    if (!owns(pointer, definition))
        return nullptr;
    FieldMap fields;
    describeFields(fields, definition);
    return fields.find(pointer);
}

void BuilderFieldsPage::showFindings(
    const QList<Diagnostic> &findings, const QJsonObject &definition)
{
    FieldMap fields;
    describeFields(fields, definition);
    QHash<QWidget *, QList<Diagnostic>> byField;
    for (const Diagnostic &d : findings) {
        if (!owns(d.pointer, definition))
            continue;
        QWidget *field = fields.find(d.pointer);
        if (field && FieldAssist::isShown(d, field, m_revealAll))
            byField[field].append(d);
    }
    for (auto it = byField.begin(); it != byField.end(); ++it) {
        std::stable_sort(it->begin(), it->end(),
            [](const Diagnostic &a, const Diagnostic &b) { return a.isError() && !b.isError(); });
    }
    for (const QPointer<QWidget> &field : std::as_const(m_flagged)) {
        if (field && !byField.contains(field))
            FieldAssist::setProblems(field, {});
    }
    m_flagged.clear();
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        FieldAssist::setProblems(it.key(), it.value());
        m_flagged.append(it.key());
    }
}

bool BuilderFieldsPage::focusPointer(const QString &pointer, const QJsonObject &definition)
{
    QWidget *field = fieldFor(pointer, definition);
    if (!field)
        return false;
    field->setFocus(Qt::OtherFocusReason);
    // The builder shows its pages in a scroll area: the field has to come into view too.
    for (QWidget *up = field->parentWidget(); up; up = up->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(up)) {
            scroll->ensureWidgetVisible(field);
            break;
        }
    }
    return true;
}

} // namespace Wac

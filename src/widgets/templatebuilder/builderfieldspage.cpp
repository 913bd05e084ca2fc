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
    m_marks.mark(std::move(byField));
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

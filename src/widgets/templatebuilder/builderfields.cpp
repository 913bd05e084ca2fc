// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/builderfields.h"

#include "core/templates/componentplace.h"
#include "widgets/composer/fieldassist.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Wac {

BuilderFields::BuilderFields(QString type)
    : m_type(std::move(type))
{ }

QWidget *BuilderFields::fieldFor(const QString &pointer, const QJsonObject &definition) const
{
    if (m_type.isEmpty()) {
        // The template's own keys: "/name" and what is under it, never "/components/…".
        for (auto it = m_map.editors().cbegin(); it != m_map.editors().cend(); ++it) {
            if (ComponentPlace::relative(pointer, it.key()))
                return it.value();
        }
        return nullptr;
    }
    const QString prefix = ComponentPlace::pointerOf(definition, m_type);
    if (prefix.isEmpty())
        return nullptr;
    const std::optional<QString> inside = ComponentPlace::relative(pointer, prefix);
    return inside ? m_map.find(*inside) : nullptr;
}

void BuilderFields::show(const QList<Diagnostic> &findings, const QJsonObject &definition) const
{
    QHash<QWidget *, QList<Diagnostic>> at;
    for (auto it = m_map.editors().cbegin(); it != m_map.editors().cend(); ++it) {
        if (it.value())
            at.insert(it.value(), {});
    }
    for (const Diagnostic &d : findings) {
        if (QWidget *field = fieldFor(d.pointer, definition))
            at[field].append(d);
    }
    for (auto it = at.cbegin(); it != at.cend(); ++it)
        FieldAssist::setProblems(it.key(), it.value());
}

bool BuilderFields::focus(const QString &pointer, const QJsonObject &definition) const
{
    QWidget *field = fieldFor(pointer, definition);
    if (!field)
        return false;
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace Wac

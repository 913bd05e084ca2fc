// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/itemeditor.h"

#include "widgets/composer/fieldtext.h"
#include "widgets/composer/formstyle.h"
#include "widgets/composer/repeatedlist.h"

#include <QJsonArray>

namespace Wac {

void ItemEditor::setElement(const QJsonObject &element)
{
    m_element = element;
    load(element);
}

void ItemEditor::watchFields()
{
    FormStyle::polish(this);
    FieldText::watchEdits(this, this, [this] { Q_EMIT changed(); });
}

void ItemEditor::watchList(RepeatedList *list)
{
    connect(list, &RepeatedList::changed, this, &ItemEditor::changed);
    connect(list, &RepeatedList::structureChanged, this, &ItemEditor::structureChanged);
}

void ItemEditor::writeArray(QJsonObject &object, const QString &key, const QJsonArray &items)
{
    const QJsonValue old = object.value(key);
    if (old == QJsonValue(items) || (items.isEmpty() && !old.isArray()))
        return;
    object.insert(key, items);
}

} // namespace Wac

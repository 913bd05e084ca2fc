// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/templates/definitionparts.h"

#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Wac::DefinitionParts {

namespace {

/// Where Meta puts each kind; the seed's limited-time offers come before the body.
int rank(const QString &type)
{
    static const QStringList order {
        u"HEADER"_s, u"LIMITED_TIME_OFFER"_s, u"BODY"_s, u"FOOTER"_s, u"BUTTONS"_s, u"CAROUSEL"_s};
    const qsizetype at = order.indexOf(type.toUpper());
    return at < 0 ? int(order.size()) : int(at);
}

} // namespace

int indexOf(const QJsonObject &definition, const QString &type)
{
    const QJsonArray components = definition.value(u"components").toArray();
    for (qsizetype i = 0; i < components.size(); ++i) {
        if (components.at(i).toObject().value(u"type").toString().compare(type, Qt::CaseInsensitive)
            == 0)
            return int(i);
    }
    return -1;
}

QJsonObject component(const QJsonObject &definition, const QString &type)
{
    const int at = indexOf(definition, type);
    return at < 0 ? QJsonObject() : definition.value(u"components").toArray().at(at).toObject();
}

QString pointerOf(const QJsonObject &definition, const QString &type)
{
    const int at = indexOf(definition, type);
    return at < 0 ? QString() : u"/components/%1"_s.arg(at);
}

void put(QJsonObject &definition, const QJsonObject &component)
{
    const QString type = component.value(u"type").toString();
    QJsonArray components = definition.value(u"components").toArray();
    const int at = indexOf(definition, type);
    if (at >= 0) {
        components.replace(at, component);
    } else {
        qsizetype before = 0;
        while (before < components.size()
            && rank(components.at(before).toObject().value(u"type").toString()) <= rank(type))
            ++before;
        components.insert(before, component);
    }
    definition.insert(u"components"_s, components);
}

void remove(QJsonObject &definition, const QString &type)
{
    const int at = indexOf(definition, type);
    if (at < 0)
        return;
    QJsonArray components = definition.value(u"components").toArray();
    components.removeAt(at);
    definition.insert(u"components"_s, components);
}

std::optional<QString> relative(const QString &pointer, const QString &prefix)
{
    if (pointer == prefix)
        return QString();
    if (pointer.startsWith(prefix + u'/'))
        return pointer.mid(prefix.size());
    return std::nullopt;
}

} // namespace Wac::DefinitionParts

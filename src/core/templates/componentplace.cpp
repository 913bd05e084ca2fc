// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/templates/componentplace.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Wac::ComponentPlace {

namespace {

/// The rank of a kind in Meta's order, or -1 for a kind the order does not name (it keeps its
/// place, and a new component is never put before a named kind it should follow).
int rank(QStringView type)
{
    static const QStringList order = {
        u"HEADER"_s, u"LIMITED_TIME_OFFER"_s, u"BODY"_s, u"FOOTER"_s, u"BUTTONS"_s, u"CAROUSEL"_s};
    return int(order.indexOf(type.toString().toUpper()));
}

QString typeOf(const QJsonValue &component)
{
    return component.toObject().value(u"type").toString();
}

} // namespace

int indexOf(const QJsonArray &components, QStringView type)
{
    for (qsizetype i = 0; i < components.size(); ++i) {
        if (typeOf(components.at(i)).compare(type, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

QJsonObject find(const QJsonObject &definition, QStringView type)
{
    const QJsonArray components = definition.value(u"components").toArray();
    const int at = indexOf(components, type);
    return at < 0 ? QJsonObject() : components.at(at).toObject();
}

QString pointerOf(const QJsonObject &definition, QStringView type)
{
    const int at = indexOf(definition.value(u"components").toArray(), type);
    return at < 0 ? QString() : u"/components/"_s + QString::number(at);
}

void put(QJsonObject &definition, QStringView type, const QJsonObject &component)
{
    const QJsonValue old = definition.value(u"components");
    // A value of the wrong type stays for the check to name, unless there is something to add.
    if (!old.isArray() && !old.isUndefined() && component.isEmpty())
        return;
    QJsonArray components = old.toArray();
    const int at = indexOf(components, type);
    if (at >= 0) {
        if (component.isEmpty())
            components.removeAt(at);
        else
            components.replace(at, component);
    } else if (!component.isEmpty()) {
        const int own = rank(type);
        qsizetype before = components.size();
        for (qsizetype i = 0; i < components.size(); ++i) {
            if (rank(typeOf(components.at(i))) > own) {
                before = i;
                break;
            }
        }
        components.insert(before, component);
    }
    if (old.isUndefined() && components.isEmpty())
        return;
    if (components != old.toArray() || !old.isArray())
        definition.insert(u"components", components);
}

std::optional<QString> relative(const QString &pointer, const QString &prefix)
{
    if (pointer == prefix)
        return QString();
    if (pointer.startsWith(prefix + u'/'))
        return pointer.mid(prefix.size());
    return std::nullopt;
}

} // namespace Wac::ComponentPlace

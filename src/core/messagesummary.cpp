// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/messagesummary.h"

#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QString stringAt(const QJsonObject &object, QLatin1StringView key, QLatin1StringView inner = {})
{
    const QJsonValue value = object.value(key);
    return inner.isEmpty() ? value.toString() : value.toObject().value(inner).toString();
}

/// A template's parameters as the customer reads them; media and other objects have no words.
QString parameterText(const QJsonObject &parameter)
{
    const QString type = parameter.value(u"type").toString();
    if (type == u"text" || type == u"payload" || type == u"coupon_code")
        return parameter.value(type).toString();
    if (type == u"currency" || type == u"date_time")
        return parameter.value(type).toObject().value(u"fallback_value").toString();
    return {};
}

QString templateSummary(const QJsonObject &object)
{
    QStringList values;
    for (const QJsonValue &component : object.value(u"components").toArray()) {
        for (const QJsonValue &parameter : component.toObject().value(u"parameters").toArray()) {
            if (const QString text = parameterText(parameter.toObject()); !text.isEmpty())
                values << text;
        }
    }
    const QString name = object.value(u"name").toString();
    return values.isEmpty() ? name : name + u" ("_s + values.join(u", "_s) + u')';
}

QString contactsSummary(const QJsonArray &contacts)
{
    QStringList names;
    for (const QJsonValue &contact : contacts)
        names << stringAt(contact.toObject(), "name"_L1, "formatted_name"_L1);
    names.removeAll(QString());
    return names.join(u", "_s);
}

QString locationSummary(const QJsonObject &location)
{
    for (const auto key : {"name"_L1, "address"_L1}) {
        if (const QString text = location.value(key).toString(); !text.isEmpty())
            return text;
    }
    return {};
}

QString contentSummary(const QString &type, const QJsonObject &body)
{
    const QJsonObject object = body.value(type).toObject();
    if (type == u"text")
        return object.value(u"body").toString();
    if (type == u"image" || type == u"video" || type == u"audio" || type == u"document"
        || type == u"sticker") {
        const QString caption = object.value(u"caption").toString();
        return caption.isEmpty() ? object.value(u"filename").toString() : caption;
    }
    if (type == u"interactive") {
        const QString text = stringAt(object, "body"_L1, "text"_L1);
        return text.isEmpty() ? stringAt(object, "header"_L1, "text"_L1) : text;
    }
    if (type == u"template")
        return templateSummary(object);
    if (type == u"reaction")
        return object.value(u"emoji").toString();
    if (type == u"location")
        return locationSummary(object);
    if (type == u"contacts")
        return contactsSummary(body.value(u"contacts").toArray());
    return {};
}

} // namespace

QString messageSummary(const QJsonObject &body)
{
    return contentSummary(body.value(u"type").toString(), body).simplified();
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "templateparts.h"

using namespace Qt::StringLiterals;

namespace Wac::Test::TemplateParts {

QJsonObject templateSend(const QString &name, const QString &language, const QJsonArray &components)
{
    QJsonObject tpl {{u"name"_s, name}, {u"language"_s, QJsonObject {{u"code"_s, language}}}};
    if (!components.isEmpty())
        tpl.insert(u"components"_s, components);
    return {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, u"+16505551234"_s},
        {u"type"_s, u"template"_s}, {u"template"_s, tpl}};
}

QJsonObject text(const QString &value)
{
    return {{u"type"_s, u"text"_s}, {u"text"_s, value}};
}

QJsonObject named(const QString &name, const QString &value)
{
    QJsonObject p = text(value);
    p.insert(u"parameter_name"_s, name);
    return p;
}

QJsonObject component(const QString &type, const QJsonArray &parameters)
{
    return {{u"type"_s, type}, {u"parameters"_s, parameters}};
}

QJsonObject button(const QString &subType, int index, const QJsonObject &parameter)
{
    return {{u"type"_s, u"button"_s}, {u"sub_type"_s, subType}, {u"index"_s, index},
        {u"parameters"_s, QJsonArray {parameter}}};
}

} // namespace Wac::Test::TemplateParts

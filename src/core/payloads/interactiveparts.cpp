// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/payloads/interactiveparts.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace Wac {

using namespace JsonFields;

InteractiveHeader InteractiveHeader::fromJson(const QJsonObject &object)
{
    InteractiveHeader header;
    header.type = string(object, u"type");
    header.text = optString(object, u"text");
    if (header.type != u"text"_s && !header.type.isEmpty())
        header.media = MediaPayload::fromJson(object.value(header.type).toObject());
    return header;
}

QJsonObject InteractiveHeader::toJson(QJsonObject base) const
{
    setString(base, u"type", type);
    setString(base, u"text", type == u"text"_s ? text : std::nullopt);
    for (const QStringView kind :
        {QStringView(u"image"), QStringView(u"video"), QStringView(u"document")}) {
        if (kind == type)
            setObject(base, kind, media.toJson(base.value(kind).toObject()), true);
        else if (base.value(kind).isObject())
            base.remove(kind);
    }
    return base;
}

ReplyButton ReplyButton::fromJson(const QJsonObject &object)
{
    const QJsonObject reply = object.value(u"reply").toObject();
    return {string(reply, u"id"), string(reply, u"title")};
}

QJsonObject ReplyButton::toJson(QJsonObject base) const
{
    setDefault(base, u"type", u"reply"_s);
    QJsonObject reply = base.value(u"reply").toObject();
    setString(reply, u"id", id);
    setString(reply, u"title", title);
    setObject(base, u"reply", reply, true);
    return base;
}

ListRow ListRow::fromJson(const QJsonObject &object)
{
    return {string(object, u"id"), string(object, u"title"), optString(object, u"description")};
}

QJsonObject ListRow::toJson(QJsonObject base) const
{
    setString(base, u"id", id);
    setString(base, u"title", title);
    setString(base, u"description", description);
    return base;
}

ListSection ListSection::fromJson(const QJsonObject &object)
{
    return {optString(object, u"title"), list<ListRow>(object, u"rows")};
}

QJsonObject ListSection::toJson(QJsonObject base) const
{
    setString(base, u"title", title);
    setList(base, u"rows", rows);
    return base;
}

ProductItem ProductItem::fromJson(const QJsonObject &object)
{
    return {string(object, u"product_retailer_id")};
}

QJsonObject ProductItem::toJson(QJsonObject base) const
{
    setString(base, u"product_retailer_id", productRetailerId);
    return base;
}

ProductSection ProductSection::fromJson(const QJsonObject &object)
{
    return {optString(object, u"title"), list<ProductItem>(object, u"product_items")};
}

QJsonObject ProductSection::toJson(QJsonObject base) const
{
    setString(base, u"title", title);
    setList(base, u"product_items", items);
    return base;
}

FlowParameters FlowParameters::fromJson(const QJsonObject &o)
{
    const QJsonObject payload = o.value(u"flow_action_payload").toObject();
    FlowParameters p;
    p.messageVersion = string(o, u"flow_message_version");
    p.flowId = optString(o, u"flow_id");
    p.flowName = optString(o, u"flow_name");
    p.flowToken = optString(o, u"flow_token");
    p.flowCta = string(o, u"flow_cta");
    p.mode = optString(o, u"mode");
    p.flowAction = optString(o, u"flow_action");
    p.screen = optString(payload, u"screen");
    if (payload.value(u"data").isObject())
        p.data = payload.value(u"data").toObject();
    return p;
}

QJsonObject FlowParameters::toJson(QJsonObject base) const
{
    setString(base, u"flow_message_version", messageVersion);
    setString(base, u"flow_id", flowId);
    setString(base, u"flow_name", flowName);
    setString(base, u"flow_token", flowToken);
    setString(base, u"flow_cta", flowCta);
    setString(base, u"mode", mode);
    setString(base, u"flow_action", flowAction);
    QJsonObject payload = base.value(u"flow_action_payload").toObject();
    setString(payload, u"screen", screen);
    if (data)
        setObject(payload, u"data", *data, true);
    else if (payload.value(u"data").isObject())
        payload.remove(u"data");
    setObject(base, u"flow_action_payload", payload);
    return base;
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/payloads/quickreply.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace Wac {

using namespace JsonFields;

QuickReply QuickReply::fromJson(const QJsonObject &object)
{
    const QJsonObject reply = object.value(u"quick_reply").toObject();
    return {string(reply, u"id"), string(reply, u"title")};
}

QJsonObject QuickReply::toJson(QJsonObject base) const
{
    setDefault(base, u"type", u"quick_reply"_s);
    QJsonObject reply = base.value(u"quick_reply").toObject();
    setString(reply, u"id", id);
    setString(reply, u"title", title);
    setObject(base, u"quick_reply", reply, true);
    return base;
}

} // namespace Wac

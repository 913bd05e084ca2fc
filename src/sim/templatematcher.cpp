// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/templatematcher.h"

#include "core/templates/templatecheck.h"
#include "sim/templatepartsmatch.h"

using namespace Qt::StringLiterals;

namespace Wac::Sim {

std::optional<HttpReply> TemplateMatcher::check(const QJsonObject &payload) const
{
    const QString name = payload.value(u"name").toString();
    const QString language = payload.value(u"language").toObject().value(u"code").toString();
    const auto tpl = m_store.find(name, language);
    const std::optional<TemplateDefinition> definition =
        tpl ? std::optional(TemplateDefinition::fromJson(*tpl)) : std::nullopt;
    std::optional<TemplateMismatch> mismatch =
        TemplateCheck::status(definition ? &*definition : nullptr, name, language);
    if (!mismatch) {
        const QList<TemplateMismatch> found = TemplateCheck::parameters(*definition, payload);
        if (!found.isEmpty())
            mismatch = found.first();
        else
            mismatch = TemplatePartsMatch::mismatch(*tpl, payload);
    }
    if (!mismatch)
        return std::nullopt;
    // Graph answers a template it cannot find (or not approved) with 404, the rest with 400.
    return HttpReply::graphError(mismatch->code == 132001 ? 404 : 400, mismatch->code,
        TemplateCheck::graphTitle(mismatch->code), mismatch->details);
}

QString TemplateMatcher::category(const QJsonObject &payload) const
{
    const auto tpl = m_store.find(payload.value(u"name").toString(),
        payload.value(u"language").toObject().value(u"code").toString());
    return tpl ? tpl->value(u"category").toString().toLower() : u"utility"_s;
}

QString TemplateMatcher::messageStatus(const QJsonObject &payload) const
{
    const auto tpl = m_store.find(payload.value(u"name").toString(),
        payload.value(u"language").toObject().value(u"code").toString());
    return tpl ? tpl->value(u"sim_message_status").toString() : QString();
}

} // namespace Wac::Sim

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/templates/templateexample.h"

#include "core/templates/templateslots.h"

using namespace Qt::StringLiterals;

namespace Wac::TemplateExample {

OutgoingMessage message(const TemplateDefinition &definition)
{
    const QJsonObject tpl = TemplateSlots::build(definition, TemplateSlots::examples(definition));
    return OutgoingMessage::fromJson(QJsonObject {
        {u"messaging_product"_s, u"whatsapp"_s}, {u"type"_s, u"template"_s}, {u"template"_s, tpl}});
}

} // namespace Wac::TemplateExample

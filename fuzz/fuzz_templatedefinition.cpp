// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors

// A template definition as `GET /{waba-id}/message_templates` returns it, read into what a send
// must fill (its slots, the examples it was approved with), and the send built from those
// examples checked against it the way the Cloud API checks.

#include "core/jsonpointer.h"
#include "core/templates/templatecheck.h"
#include "core/templates/templatedefinition.h"
#include "core/templates/templateslots.h"

#include <cstdint>

#include "fuzzcheck.h"

using namespace Wac;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<QJsonObject> object = fuzzJsonObject(data, size);
    if (!object)
        return 0;
    const TemplateDefinition definition = TemplateDefinition::fromJson(*object);
    WAC_FUZZ_CHECK(definition.json == *object, "the definition is kept as received");

    const QStringList variables = TemplateDefinition::variablesIn(definition.bodyText);
    const QString filled = TemplateDefinition::substitute(
        definition.bodyText, [](const QString &variable) -> std::optional<QString> {
            return QString(u'<' + variable + u'>');
        });
    for (const QString &variable : variables)
        WAC_FUZZ_CHECK(filled.contains(u'<' + variable + u'>'), "each variable is replaced");
    const QString unfilled = TemplateDefinition::substitute(
        definition.bodyText, [](const QString &) { return std::optional<QString>(); });
    WAC_FUZZ_CHECK(unfilled == definition.bodyText, "a variable without a value stays");

    for (const TemplateButtonDefinition &button : definition.buttons) {
        (void)button.subType();
        (void)button.needsParameter();
    }
    const QList<TemplateSlot> slots = TemplateSlots::of(definition);
    for (const TemplateSlot &slot : slots)
        (void)TemplateSlots::isEmpty(TemplateSlots::emptyValue(slot));
    QStringList pointers;
    const QJsonObject send =
        TemplateSlots::build(definition, TemplateSlots::examples(definition), &pointers);
    WAC_FUZZ_CHECK(pointers.size() == slots.size(), "each slot is written somewhere");
    const QJsonObject message {{u"template"_qs, send}};
    for (const QString &pointer : pointers)
        WAC_FUZZ_CHECK(!JsonPointer::resolve(message, pointer).isUndefined(),
            "a slot's pointer names a place in the send");
    (void)TemplateSlots::read(definition, send);
    (void)TemplateCheck::status(&definition, definition.name, definition.language);
    for (const TemplateMismatch &mismatch : TemplateCheck::parameters(definition, send))
        WAC_FUZZ_CHECK(!mismatch.message.isEmpty() && !mismatch.details.isEmpty(),
            "a mismatch is told to the console and to the simulator's client");
    return 0;
}

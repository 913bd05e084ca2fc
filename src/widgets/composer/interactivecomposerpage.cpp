// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/interactivecomposerpage.h"

#include "core/jsonpointer.h"
#include "widgets/composer/interactivefields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wac {

void InteractiveComposerPage::setCommonFields(InteractiveFields *fields)
{
    m_common = fields;
    fields->setHeaderTypes(allowedHeaderTypes(interactiveWireType(messageType())));
}

QJsonArray InteractiveComposerPage::actionArray(const OutgoingMessage &message, const QString &key)
{
    return JsonPointer::resolve(message.toJson(), u"/interactive/action/"_s + key).toArray();
}

void InteractiveComposerPage::load(const OutgoingMessage &message)
{
    const InteractivePayload payload = message.interactive();
    m_common->load(payload);
    loadAction(message, payload);
}

void InteractiveComposerPage::store(OutgoingMessage &message) const
{
    InteractivePayload payload = message.interactive();
    m_common->store(payload);
    storeAction(payload);
    message.setInteractive(payload);
    storeLists(message);
}

void InteractiveComposerPage::describeFields(FieldMap &fields) const
{
    m_common->describeFields(fields);
    describeAction(fields);
}

} // namespace Wac

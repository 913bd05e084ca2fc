// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/replydraft.h"

using namespace Qt::StringLiterals;

namespace Wac::ReplyDraft {

OutgoingMessage reply(
    const OutgoingMessage &current, const QString &recipient, const QString &wamid)
{
    OutgoingMessage message = current;
    if (message.type() == MessageType::MarkAsRead || message.type() == MessageType::Reaction)
        message = OutgoingMessage::create(MessageType::Text);
    message.setRecipient(recipient);
    message.setReplyTo(wamid);
    return message;
}

OutgoingMessage reaction(const QString &recipient, const QString &wamid)
{
    // The emoji is left empty: the page says it is missing until the user chooses one.
    return OutgoingMessage::fromJson({{u"messaging_product"_s, u"whatsapp"_s},
        {u"recipient_type"_s, u"individual"_s}, {u"to"_s, recipient}, {u"type"_s, u"reaction"_s},
        {u"reaction"_s, QJsonObject {{u"message_id"_s, wamid}, {u"emoji"_s, u""_s}}}});
}

} // namespace Wac::ReplyDraft

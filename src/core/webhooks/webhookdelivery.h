// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Wac {

/// Who wrote, as `contacts[]` of a `messages` change names them (reference §6.3, 2026 BSUIDs).
struct WebhookContact
{
    QString waId; ///< phone digits; empty when the customer hides their number
    QString userId; ///< business-scoped user ID (BSUID), e.g. "US.13491208655302741918"
    QString parentUserId;
    QString name; ///< profile.name
    QString username; ///< profile.username
};

/// One entry of `statuses[]`: what became of a message we sent.
struct WebhookStatus
{
    QString phoneNumberId; ///< metadata.phone_number_id of the change
    QString wamid; ///< id
    QString status; ///< sent, delivered, read, played, failed, deleted… kept as given
    qint64 timestamp = 0; ///< Unix seconds
    QString recipientId; ///< recipient_id (phone digits or a group ID)
    QString recipientUserId; ///< recipient_user_id (BSUID)
    QString callbackData; ///< biz_opaque_callback_data
    QJsonArray errors;
    QJsonObject pricing;
    QJsonObject conversation;
    QJsonObject raw; ///< the status object as received
};

/// One entry of `messages[]`: something a customer sent.
struct WebhookMessage
{
    QString phoneNumberId;
    QString displayNumber; ///< metadata.display_phone_number
    QString wamid; ///< id
    QString from; ///< phone digits; empty when hidden
    QString fromUserId; ///< from_user_id, or the contact's user_id
    QString groupId; ///< group_id for a message in a group
    QString type; ///< as given: text, image, interactive, reaction, unsupported, a future one…
    qint64 timestamp = 0; ///< Unix seconds
    WebhookContact contact;
    QString contextId; ///< context.id: the message this one quotes (a reply), if any
    /// The message's own words, for lists and search: a text's body, a caption, a button's
    /// title, a location's name and address, an emoji. Never translated; empty when it has none.
    QString text;
    QString mediaId; ///< image, video, audio, document, sticker
    QString mediaMimeType;
    QString mediaSha256; ///< base64 as Meta sends it, or hex
    QString mediaFileName;
    /// This build knows the type. A message it does not know is kept whole and shown as such.
    bool understood = true;
    QJsonObject raw; ///< the message object as received
};

/// A change of another `field` (template status, quality, account, calls…), kept whole.
struct WebhookChange
{
    QString field;
    QString wabaId; ///< entry[].id
    QJsonObject value;
};

/// What one webhook POST holds once read: its statuses, messages and other changes.
struct WebhookDelivery
{
    QList<WebhookStatus> statuses;
    QList<WebhookMessage> messages;
    QList<WebhookChange> others;
    /// Parts that could not be read as the reference describes (a change without a value, a
    /// status without an id), each named by its JSON Pointer; they are kept in the raw body.
    QStringList problems;

    bool isEmpty() const { return statuses.isEmpty() && messages.isEmpty() && others.isEmpty(); }
};

} // namespace Wac

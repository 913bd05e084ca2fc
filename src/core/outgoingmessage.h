// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "core/messagetype.h"
#include "core/payloads/contactspayload.h"
#include "core/payloads/interactivepayload.h"
#include "core/payloads/pinpayload.h"
#include "core/payloads/simplepayloads.h"
#include "core/payloads/templatepayload.h"

#include <QJsonObject>

#include <optional>

namespace Wac {

/**
 * The one message model: a Cloud API `/messages` request body that the form, preview, JSON and
 * cURL views, validation, history and the CLI all read and write.
 *
 * The request body itself is the storage, and the typed accessors are views over it: a setter
 * writes only the fields its view changed. So fromJson(x).toJson() == x for any object, with
 * unknown fields and JSON types (a string "0" index, an integer amount) kept exactly.
 */
class OutgoingMessage
{
public:
    /// A blank text message.
    OutgoingMessage();

    static OutgoingMessage fromJson(const QJsonObject &body);
    /// A blank message of `type`, with an empty skeleton of its required parts.
    static OutgoingMessage create(MessageType type);

    const QJsonObject &toJson() const { return m_json; }

    QList<Diagnostic> validate() const;

    MessageType type() const;
    /// Switches the content to `type`'s blank skeleton (nothing happens for the same type).
    /// The envelope (recipient, reply-to, callback data) is kept, except for MarkAsRead, which
    /// has no envelope.
    void setType(MessageType type);

    /// The address: `to` (a phone number, a group ID, a number's digits), else the BSUID in
    /// `recipient`.
    QString recipient() const;
    /// Writes a BSUID (Bsuid::looksLike()) to `recipient` and anything else to `to`, dropping
    /// the other field; an unchanged address changes nothing.
    void setRecipient(const QString &address);
    /// `recipient_type: "group"`: `to` is then a group ID.
    bool isGroup() const;
    void setGroup(bool group);
    std::optional<QString> replyTo() const; ///< context.message_id
    void setReplyTo(const std::optional<QString> &wamid);
    std::optional<QString> callbackData() const; ///< biz_opaque_callback_data
    void setCallbackData(const std::optional<QString> &data);

    TextPayload text() const;
    void setText(const TextPayload &payload);
    ReactionPayload reaction() const;
    void setReaction(const ReactionPayload &payload);

    PinPayload pin() const { return PinPayload::fromJson(content(u"pin")); }

    void setPin(const PinPayload &payload) { setContent(u"pin", payload.toJson(content(u"pin"))); }

    /// The media object of an image / audio / video / document / sticker message.
    MediaPayload media() const;
    void setMedia(const MediaPayload &payload);
    LocationPayload location() const;
    void setLocation(const LocationPayload &payload);
    QList<Contact> contacts() const;
    void setContacts(const QList<Contact> &contacts);
    InteractivePayload interactive() const;
    void setInteractive(const InteractivePayload &payload);
    TemplatePayload templatePayload() const;
    void setTemplatePayload(const TemplatePayload &payload);
    MarkReadPayload markRead() const;
    void setMarkRead(const MarkReadPayload &payload);

    friend bool operator==(const OutgoingMessage &a, const OutgoingMessage &b)
    {
        return a.m_json == b.m_json;
    }

    friend bool operator!=(const OutgoingMessage &a, const OutgoingMessage &b) { return !(a == b); }

private:
    QJsonObject content(QStringView key) const;
    void setContent(QStringView key, const QJsonObject &content);

    QJsonObject m_json;
};

} // namespace Wac

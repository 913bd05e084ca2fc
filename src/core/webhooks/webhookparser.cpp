// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/webhooks/webhookparser.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Wac::WebhookParser {

namespace {

const QStringList mediaTypes = {u"image"_s, u"video"_s, u"audio"_s, u"document"_s, u"sticker"_s};

const QStringList knownTypes = mediaTypes
    + QStringList {u"text"_s, u"location"_s, u"contacts"_s, u"interactive"_s, u"button"_s,
        u"reaction"_s, u"order"_s, u"system"_s, u"request_welcome"_s, u"edit"_s, u"revoke"_s,
        u"unsupported"_s};

const QStringList knownReplies = {
    u"button_reply"_s, u"list_reply"_s, u"nfm_reply"_s, u"call_permission_reply"_s};

/// Meta writes timestamps as strings of Unix seconds; a number is read too.
qint64 seconds(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : qint64(value.toDouble());
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(u" · "_s);
}

QString contactNames(const QJsonArray &contacts)
{
    QStringList names;
    for (const QJsonValue &contact : contacts) {
        // The contact a "Share contact info" tap sends (origin contact_request) has no name,
        // only the customer's own number.
        const QString name = contact[u"name"_s][u"formatted_name"_s].toString();
        names << (name.trimmed().isEmpty() ? contact[u"phones"_s][0][u"phone"_s].toString() : name);
    }
    return joined(names);
}

QString replyText(const QJsonObject &interactive)
{
    const QString kind = interactive.value(u"type").toString();
    const QJsonObject reply = interactive.value(kind).toObject();
    if (kind == u"nfm_reply"_s)
        return reply.value(u"body").toString(reply.value(u"name").toString());
    if (kind == u"call_permission_reply"_s)
        return reply.value(u"response").toString();
    return reply.value(u"title").toString();
}

void readMedia(const QJsonObject &media, WebhookMessage &message)
{
    message.mediaId = media.value(u"id").toString();
    message.mediaMimeType = media.value(u"mime_type").toString();
    message.mediaSha256 = media.value(u"sha256").toString();
    message.mediaFileName = media.value(u"filename").toString();
    message.text = media.value(u"caption").toString(message.mediaFileName);
}

/// The words and the quoted message of each type (reference §6.3).
void readContent(const QJsonObject &raw, WebhookMessage &message)
{
    const QString &type = message.type;
    const QJsonObject part = raw.value(type).toObject();
    message.contextId = raw[u"context"_s][u"id"_s].toString();
    if (mediaTypes.contains(type)) {
        readMedia(part, message);
    } else if (type == u"text"_s) {
        message.text = part.value(u"body").toString();
    } else if (type == u"location"_s) {
        message.text = joined({part.value(u"name").toString(), part.value(u"address").toString()});
        if (message.text.isEmpty() && part.contains(u"latitude"))
            message.text = u"%1, %2"_s.arg(part.value(u"latitude").toDouble())
                               .arg(part.value(u"longitude").toDouble());
    } else if (type == u"contacts"_s) {
        message.text = contactNames(raw.value(type).toArray());
    } else if (type == u"interactive"_s) {
        message.text = replyText(part);
        message.understood = knownReplies.contains(part.value(u"type").toString());
    } else if (type == u"button"_s) {
        message.text = part.value(u"text").toString();
    } else if (type == u"reaction"_s) {
        message.text = part.value(u"emoji").toString(); // empty: the reaction was removed
        message.contextId = part.value(u"message_id").toString();
    } else if (type == u"order"_s || type == u"system"_s) {
        message.text = part.value(type == u"order"_s ? u"text" : u"body").toString();
    } else if (type == u"edit"_s || type == u"revoke"_s) {
        const QString original = part.value(u"original_message_id").toString();
        if (!original.isEmpty())
            message.contextId = original;
        message.text = part[u"message"_s][u"text"_s][u"body"_s].toString();
    }
    if (!knownTypes.contains(type))
        message.understood = false;
}

WebhookContact contactOf(const QJsonObject &contact)
{
    const QJsonObject profile = contact.value(u"profile").toObject();
    return {contact.value(u"wa_id").toString(), contact.value(u"user_id").toString(),
        contact.value(u"parent_user_id").toString(), profile.value(u"name").toString(),
        profile.value(u"username").toString()};
}

/// The contacts of one change, found by number or BSUID: a batch of a thousand messages
/// carries a thousand contacts, so each message's is looked up, not searched for.
class ContactIndex
{
public:
    explicit ContactIndex(const QJsonArray &contacts)
    {
        for (const QJsonValue &value : contacts) {
            m_contacts << contactOf(value.toObject());
            const WebhookContact &contact = m_contacts.last();
            if (!contact.waId.isEmpty())
                m_byNumber.insert(contact.waId, m_contacts.size() - 1);
            if (!contact.userId.isEmpty())
                m_byUserId.insert(contact.userId, m_contacts.size() - 1);
        }
    }

    /// The contact that wrote `raw`: the one with its number or BSUID, else the only one.
    WebhookContact of(const QJsonObject &raw) const
    {
        const QString from = raw.value(u"from").toString();
        const QString userId = raw.value(u"from_user_id").toString();
        if (const auto it = m_byNumber.constFind(from); !from.isEmpty() && it != m_byNumber.cend())
            return m_contacts.at(*it);
        if (const auto it = m_byUserId.constFind(userId);
            !userId.isEmpty() && it != m_byUserId.cend())
            return m_contacts.at(*it);
        return m_contacts.size() == 1 ? m_contacts.first() : WebhookContact {};
    }

private:
    QList<WebhookContact> m_contacts;
    QHash<QString, qsizetype> m_byNumber;
    QHash<QString, qsizetype> m_byUserId;
};

struct Place
{
    QString phoneNumberId;
    QString displayNumber;
    QString pointer;
};

void readMessages(const QJsonObject &value, const Place &place, WebhookDelivery &out)
{
    const QJsonArray messages = value.value(u"messages").toArray();
    const ContactIndex contacts(value.value(u"contacts").toArray());
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject raw = messages.at(i).toObject();
        WebhookMessage message;
        message.wamid = raw.value(u"id").toString();
        if (message.wamid.isEmpty()) {
            out.problems << u"%1/messages/%2/id"_s.arg(place.pointer).arg(i);
            continue; // without an id it cannot be told apart from its own retry
        }
        message.phoneNumberId = place.phoneNumberId;
        message.displayNumber = place.displayNumber;
        message.type = raw.value(u"type").toString();
        message.timestamp = seconds(raw.value(u"timestamp"));
        message.from = raw.value(u"from").toString();
        message.contact = contacts.of(raw);
        message.fromUserId = raw.value(u"from_user_id").toString(message.contact.userId);
        if (message.from.isEmpty())
            message.from = message.contact.waId;
        message.groupId = raw.value(u"group_id").toString();
        message.raw = raw;
        readContent(raw, message);
        out.messages << message;
    }
}

void readStatuses(const QJsonObject &value, const Place &place, WebhookDelivery &out)
{
    const QJsonArray statuses = value.value(u"statuses").toArray();
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const QJsonObject raw = statuses.at(i).toObject();
        WebhookStatus status;
        status.wamid = raw.value(u"id").toString();
        status.status = raw.value(u"status").toString();
        if (status.wamid.isEmpty() || status.status.isEmpty()) {
            out.problems << u"%1/statuses/%2/%3"_s.arg(place.pointer)
                                .arg(i)
                                .arg(status.wamid.isEmpty() ? u"id"_s : u"status"_s);
            continue;
        }
        status.phoneNumberId = place.phoneNumberId;
        status.timestamp = seconds(raw.value(u"timestamp"));
        status.recipientId = raw.value(u"recipient_id").toString();
        status.recipientUserId = raw.value(u"recipient_user_id").toString();
        status.callbackData = raw.value(u"biz_opaque_callback_data").toString();
        status.errors = raw.value(u"errors").toArray();
        status.pricing = raw.value(u"pricing").toObject();
        status.conversation = raw.value(u"conversation").toObject();
        status.raw = raw;
        out.statuses << status;
    }
}

} // namespace

bool isKnownType(const QString &type)
{
    return knownTypes.contains(type);
}

WebhookDelivery parse(const QJsonObject &body)
{
    WebhookDelivery out;
    if (body.value(u"object").toString() != u"whatsapp_business_account"_s)
        out.problems << u"/object"_s;
    const QJsonArray entries = body.value(u"entry").toArray();
    if (entries.isEmpty())
        out.problems << u"/entry"_s;
    for (qsizetype e = 0; e < entries.size(); ++e) {
        const QJsonObject entry = entries.at(e).toObject();
        const QJsonArray changes = entry.value(u"changes").toArray();
        for (qsizetype c = 0; c < changes.size(); ++c) {
            const QJsonObject change = changes.at(c).toObject();
            const QString pointer = u"/entry/%1/changes/%2"_s.arg(e).arg(c);
            const QJsonValue value = change.value(u"value");
            if (!value.isObject()) {
                out.problems << pointer + u"/value"_s;
                continue;
            }
            const QString field = change.value(u"field").toString();
            if (field != u"messages"_s) {
                out.others << WebhookChange {
                    field, entry.value(u"id").toString(), value.toObject()};
                continue;
            }
            const QJsonObject metadata = value[u"metadata"_s].toObject();
            const Place place {metadata.value(u"phone_number_id").toString(),
                metadata.value(u"display_phone_number").toString(), pointer + u"/value"_s};
            readStatuses(value.toObject(), place, out);
            readMessages(value.toObject(), place, out);
        }
    }
    return out;
}

} // namespace Wac::WebhookParser

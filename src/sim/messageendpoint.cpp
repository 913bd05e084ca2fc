// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/messageendpoint.h"

#include "core/jsoninput.h"
#include "core/phonenumber.h"
#include "core/validation/validator.h"
#include "sim/templatematcher.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

/// The Graph error for the first validator error. The details name the field by its pointer and
/// the rule by its code, in English whatever the console's language, as Graph's own are.
HttpReply validationError(const Diagnostic &d)
{
    const QString kind = d.code.section(u'.', -1);
    if (kind == u"required"_s) {
        return HttpReply::graphError(400, 131008, u"Required parameter is missing"_s,
            u"Parameter %1 is required (%2)"_s.arg(d.pointer, d.code));
    }
    if (kind == u"tooLong"_s || kind == u"tooMany"_s || kind == u"tooFew"_s || kind == u"empty"_s) {
        return HttpReply::graphError(400, 100, u"Invalid parameter"_s,
            u"Parameter %1 is out of bounds (%2)"_s.arg(
                d.pointer.isEmpty() ? u"/"_s : d.pointer, d.code));
    }
    return HttpReply::graphError(400, 131009, u"Parameter value is not valid"_s,
        u"Parameter %1 is not valid (%2)"_s.arg(d.pointer.isEmpty() ? u"/"_s : d.pointer, d.code));
}

/// Who a send goes to, as Graph answers it (cloud-api-2026.md §1.11, §1.12).
struct Addressee
{
    QJsonObject contact; ///< the response's contacts[] entry
    QString key; ///< whom the limits and the window count: wa_id digits, BSUID or group ID
    QString userId; ///< the BSUID, when the message went to one and not to a phone
    bool group = false;
    bool sendsToItself = false;
};

Addressee addresseeOf(const QJsonObject &message, const PhoneNumberInfo &from)
{
    Addressee out;
    const QJsonValue to = message.value(u"to");
    if (message.value(u"recipient_type").toString() == u"group"_s) {
        // The group ID is echoed in both fields.
        out.key = to.toString();
        out.contact = {{u"input"_s, to}, {u"wa_id"_s, out.key}};
        out.group = true;
    } else if (!to.isUndefined()) {
        // "to" wins over "recipient"; a number (which Graph takes) is read as its digits.
        const QString typed =
            to.isDouble() ? QString::number(to.toDouble(), 'f', 0) : to.toString();
        out.key = PhoneNumber::parse(typed).normalized(from.countryCode).mid(1);
        out.sendsToItself = out.key == PhoneNumber::parse(from.displayNumber).digits();
        out.contact = {{u"input"_s, typed}, {u"wa_id"_s, out.key}};
    } else {
        // Sent to a BSUID: no wa_id, and user_id instead.
        out.key = message.value(u"recipient").toString();
        out.userId = out.key;
        out.contact = {{u"input"_s, out.key}, {u"user_id"_s, out.key}};
    }
    return out;
}

} // namespace

std::optional<HttpReply> MessageEndpoint::refusedByLimits(const QString &recipient)
{
    if (!m_conversations.takeThroughput()) {
        return HttpReply::graphError(
            400, 130429, u"Rate limit hit"_s, u"Cloud API message throughput has been reached."_s);
    }
    if (!m_conversations.takePairToken(recipient)) {
        return HttpReply::graphError(400, 131056,
            u"(Business Account, Consumer Account) pair rate limit hit"_s,
            u"Message failed to send because there were too many messages sent from this phone "
            "number to the same phone number in a short period of time."_s);
    }
    return std::nullopt;
}

QString MessageEndpoint::nextWamid(const QString &recipientDigits)
{
    // Real WAMIDs are base64 of a protobuf holding the recipient and a message key; this keeps
    // their look ("wamid.HBgL..."), is unique per simulator run and stays far under 128 chars.
    const QByteArray key = recipientDigits.toLatin1() + '/' + QByteArray::number(++m_sent) + '/'
        + QByteArray::number(QRandomGenerator::global()->generate64(), 16).toUpper();
    return u"wamid.HBgL"_s + QString::fromLatin1(key.toBase64(QByteArray::OmitTrailingEquals));
}

HttpReply MessageEndpoint::send(const PhoneNumberInfo &from, const QByteArray &body)
{
    const JsonInput input = JsonInput::parse(body);
    if (!input.ok()) {
        return HttpReply::graphError(400, 100, u"Invalid parameter"_s,
            u"The request body is not valid JSON: %1"_s.arg(input.error));
    }
    for (const Diagnostic &d : validate(input.value)) {
        if (d.isError())
            return validationError(d);
    }
    const QJsonObject message = input.value.toObject();
    if (message.contains(u"status") && !message.contains(u"type"))
        return HttpReply::json(QJsonObject {{u"success"_s, true}}); // mark as read

    QString messageStatus;
    QString category = u"service"_s;
    const QString type = message.value(u"type").toString(u"text"_s);
    if (type == u"pin"_s)
        return sendPin(from, message);
    if (type == u"template"_s) {
        const TemplateMatcher matcher(m_templates);
        const QJsonObject payload = message.value(u"template").toObject();
        if (auto error = matcher.check(payload))
            return *error;
        messageStatus = matcher.messageStatus(payload);
        category = matcher.category(payload);
    }

    const Addressee to = addresseeOf(message, from);
    if (to.sendsToItself) {
        return HttpReply::graphError(400, 131021, u"Recipient cannot be sender"_s,
            u"Sender and recipient phone number is the same."_s);
    }
    const QString &digits = to.key;
    if (auto refused = refusedByLimits(digits))
        return *refused;
    // Only templates may open a conversation; anything else needs the user's 24-hour window.
    int failure = 0;
    // A group is not one customer with a window of its own: Meta's group page names none, so
    // the simulator applies none (not verified against Graph).
    if (type != u"template"_s && !to.group && !m_conversations.isWindowOpen(digits)) {
        if (m_conversations.windowErrorsSync()) {
            return HttpReply::graphError(400, 131047, u"Re-engagement message"_s,
                u"Message failed to send because more than 24 hours have passed since the "
                "customer last replied to this number."_s);
        }
        failure = 131047;
    }
    const QString wamid = nextWamid(digits);
    // What a simulated customer may answer later: a carousel's quick replies, an order's payment.
    const QJsonObject interactive = message.value(u"interactive").toObject();
    const QString kind =
        type == u"interactive"_s ? interactive.value(u"type").toString() : QString();
    if (kind == u"carousel"_s)
        m_carousels.remember(wamid, interactive);
    m_webhooks.messageAccepted({wamid, digits, from.id, from.displayNumber, category,
        message.value(u"biz_opaque_callback_data").toString(), type == u"reaction"_s, failure,
        to.userId, to.group});
    if (kind == u"order_details"_s) {
        m_orders.add(wamid, digits, from.id, from.displayNumber,
            interactive.value(u"action").toObject().value(u"parameters").toObject());
    }
    QJsonObject sent {{u"id"_s, wamid}};
    if (!messageStatus.isEmpty())
        sent.insert(u"message_status"_s, messageStatus);
    return HttpReply::json(QJsonObject {{u"messaging_product"_s, u"whatsapp"_s},
        {u"contacts"_s, QJsonArray {to.contact}}, {u"messages"_s, QJsonArray {sent}}});
}

HttpReply MessageEndpoint::sendPin(const PhoneNumberInfo &from, const QJsonObject &message)
{
    const QString group = message.value(u"to").toString();
    if (auto refused = refusedByLimits(group))
        return *refused;
    const QJsonObject pin = message.value(u"pin").toObject();
    const QString messageId = pin.value(u"message_id").toString();
    if (pin.value(u"type").toString() == u"pin"_s) {
        const QJsonValue days = pin.value(u"expiration_days");
        // Meta documents the limit but not the error of a fourth pin: this is Graph's answer to
        // a value it refuses, with the reason in the details.
        if (!m_pins.pin(
                group, messageId, days.isString() ? days.toString().toInt() : days.toInt())) {
            return HttpReply::graphError(400, 131009, u"Parameter value is not valid"_s,
                u"A group can have at most %1 pinned messages; unpin one first."_s.arg(
                    PinBoard::maxPins));
        }
    } else {
        m_pins.unpin(group, messageId);
    }
    const QString wamid = nextWamid(group);
    m_webhooks.messageAccepted({wamid, group, from.id, from.displayNumber, u"service"_s,
        message.value(u"biz_opaque_callback_data").toString(), true, 0, {}, true});
    // A group ID stands for itself: Graph echoes it as both input and wa_id (§1.12).
    return HttpReply::json(QJsonObject {{u"messaging_product"_s, u"whatsapp"_s},
        {u"contacts"_s, QJsonArray {QJsonObject {{u"input"_s, group}, {u"wa_id"_s, group}}}},
        {u"messages"_s, QJsonArray {QJsonObject {{u"id"_s, wamid}}}}});
}

} // namespace Wac::Sim

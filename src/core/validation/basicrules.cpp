// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/textlength.h"
#include "core/validation/rules.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Wac::Rules {

namespace {

constexpr qsizetype textBodyLimit = 4096;
constexpr qsizetype captionLimit = 1024;
constexpr qsizetype wamidLimit = 128;

void coordinate(
    Checker &c, const QJsonObject &location, const QString &pointer, QStringView key, double limit)
{
    const QString at = JsonPointer::child(pointer, key.toString());
    const QJsonValue value = location.value(key);
    double degrees = 0;
    if (value.isUndefined()) {
        c.error(at, u"required"_s, Tr::tr("\"%1\" is required.").arg(key));
        return;
    }
    if (value.isDouble()) {
        degrees = value.toDouble();
    } else {
        bool ok = false;
        degrees = value.toString().trimmed().toDouble(&ok);
        if (!value.isString() || !ok) {
            c.error(
                at, u"wrongType"_s, Tr::tr("\"%1\" must be a number of decimal degrees.").arg(key));
            return;
        }
        c.warning(at, u"numberAsString"_s,
            Tr::tr("\"%1\" is a string; send it as a JSON number.").arg(key));
    }
    if (degrees < -limit || degrees > limit) {
        c.error(at, u"outOfRange"_s,
            Tr::tr("\"%1\" is %2; it must be between %3 and %4.")
                .arg(key.toString(), QString::number(degrees), QString::number(-limit),
                    QString::number(limit)));
    }
}

/// A voice note must be OGG with the Opus codec (§1.15). Only a link's file extension says
/// anything about that here: one of another audio format is warned about, since Meta's word
/// is the format and the file may still be named oddly.
void voiceNote(Checker &c, const QJsonObject &media, const QString &pointer)
{
    const QString path = QUrl(media.value(u"link").toString()).path().toLower();
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot < 0 || path.indexOf(u'/', dot) >= 0)
        return; // no extension: nothing to tell
    const QString extension = path.mid(dot + 1);
    static const QStringList opus = {u"ogg"_s, u"opus"_s, u"oga"_s};
    static const QStringList otherAudio = {u"mp3"_s, u"m4a"_s, u"aac"_s, u"amr"_s, u"mp4"_s,
        u"wav"_s, u"flac"_s, u"wma"_s, u"3gp"_s, u"webm"_s};
    if (opus.contains(extension) || !otherAudio.contains(extension))
        return;
    c.warning(JsonPointer::child(pointer, u"voice"_s), u"notOpus"_s,
        Tr::tr("A voice message must be an OGG file with the Opus codec; the link is a .%1 file, "
               "which WhatsApp may not play as a voice note.")
            .arg(extension));
}

} // namespace

void text(Checker &c, const QJsonObject &message)
{
    const auto text = c.object(message, {}, u"text", Presence::Required);
    if (!text)
        return;
    const QString at = u"/text"_s;
    c.text(*text, at, u"body", Presence::Required, textBodyLimit);
    c.boolean(*text, at, u"preview_url");
    c.knownFields(*text, at, {u"body", u"preview_url"});
}

void reaction(Checker &c, const QJsonObject &message)
{
    c.notAllowed(message, {}, u"context", Tr::tr("a reaction cannot be sent as a reply."));
    const auto reaction = c.object(message, {}, u"reaction", Presence::Required);
    if (!reaction)
        return;
    const QString at = u"/reaction"_s;
    c.text(*reaction, at, u"message_id", Presence::Required, wamidLimit);
    const auto emoji = c.string(*reaction, at, u"emoji", Presence::Required);
    // An empty emoji is documented: it removes the reaction sent before.
    if (emoji && !emoji->isEmpty() && !TextLength::isSingleEmoji(*emoji)) {
        c.error(u"/reaction/emoji"_s, u"notSingleEmoji"_s,
            Tr::tr("\"emoji\" must be exactly one emoji (or empty to remove a reaction), "
                   "not \"%1\".")
                .arg(*emoji));
    }
    c.knownFields(*reaction, at, {u"message_id", u"emoji"});
}

void media(Checker &c, const QJsonObject &message, const QString &kind)
{
    if (const auto media = c.object(message, {}, kind, Presence::Required))
        mediaObject(c, *media, JsonPointer::child({}, kind), kind, MediaUse::Message);
}

void mediaObject(
    Checker &c, const QJsonObject &media, const QString &pointer, const QString &kind, MediaUse use)
{
    const bool hasId = media.contains(u"id");
    const bool hasLink = media.contains(u"link");
    if (hasId && hasLink) {
        c.error(pointer, u"idAndLink"_s,
            Tr::tr("Give either \"id\" or \"link\" for the %1, not both.").arg(kind));
    } else if (!hasId && !hasLink) {
        c.error(pointer, u"idOrLinkRequired"_s,
            Tr::tr("The %1 needs an uploaded media \"id\" or an http(s) \"link\".").arg(kind));
    }
    c.text(media, pointer, u"id", Presence::Optional, 1024);
    if (const auto link = c.text(media, pointer, u"link", Presence::Optional, 2048);
        link && !link->trimmed().isEmpty()) {
        c.httpUrl(JsonPointer::child(pointer, u"link"_s), *link);
    }

    if (use == MediaUse::TemplateParameter) {
        c.notAllowed(media, pointer, u"caption", Tr::tr("template media take no caption."));
    } else if (kind == u"audio"_s || kind == u"sticker"_s) {
        c.notAllowed(
            media, pointer, u"caption", Tr::tr("audio and sticker messages have no caption."));
    } else if (const auto caption = c.string(media, pointer, u"caption")) {
        c.maxLength(JsonPointer::child(pointer, u"caption"_s), *caption, captionLimit);
        if (use == MediaUse::InteractiveHeader) {
            c.warning(JsonPointer::child(pointer, u"caption"_s), u"ignored"_s,
                Tr::tr("A header's media shows no caption; use the body text."));
        }
    }

    if (kind == u"document"_s)
        c.text(media, pointer, u"filename", Presence::Optional, 240);
    else
        c.notAllowed(media, pointer, u"filename", Tr::tr("only documents have a file name."));

    if (kind == u"audio"_s && use == MediaUse::Message) {
        if (c.boolean(media, pointer, u"voice").value_or(false))
            voiceNote(c, media, pointer);
        c.knownFields(media, pointer, {u"id", u"link", u"caption", u"filename", u"voice"});
    } else {
        c.knownFields(media, pointer, {u"id", u"link", u"caption", u"filename"});
    }
}

void location(Checker &c, const QJsonObject &message)
{
    if (const auto location = c.object(message, {}, u"location", Presence::Required))
        locationObject(c, *location, u"/location"_s, true);
}

void locationObject(
    Checker &c, const QJsonObject &location, const QString &pointer, bool wantNameAndAddress)
{
    coordinate(c, location, pointer, u"latitude", 90);
    coordinate(c, location, pointer, u"longitude", 180);
    c.string(location, pointer, u"name");
    c.string(location, pointer, u"address");
    if (wantNameAndAddress) {
        for (const QStringView key : {QStringView(u"name"), QStringView(u"address")}) {
            if (!location.contains(key)) {
                c.warning(JsonPointer::child(pointer, key.toString()), u"missing"_s,
                    Tr::tr("\"%1\" is missing: the legacy reference requires it, and an "
                           "address shows only under a name.")
                        .arg(key));
            }
        }
    }
    c.knownFields(location, pointer, {u"latitude", u"longitude", u"name", u"address"});
}

void markAsRead(Checker &c, const QJsonObject &message)
{
    if (const auto status = c.string(message, {}, u"status", Presence::Required))
        c.oneOf({}, u"status", *status, {u"read"});
    c.text(message, {}, u"message_id", Presence::Required, wamidLimit);
    if (const auto typing = c.object(message, {}, u"typing_indicator")) {
        const QString at = u"/typing_indicator"_s;
        if (const auto type = c.string(*typing, at, u"type", Presence::Required))
            c.oneOf(at, u"type", *type, {u"text"});
        c.knownFields(*typing, at, {u"type"});
    }
    c.knownFields(message, {},
        {u"messaging_product", u"status", u"message_id", u"typing_indicator", u"recipient_type"});
}

} // namespace Wac::Rules

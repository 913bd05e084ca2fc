// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/validation/rules.h"

using namespace Qt::StringLiterals;

namespace Wac::Rules {

namespace {

constexpr qsizetype maxButtons = 3;
constexpr qsizetype buttonTitleLimit = 20;
constexpr qsizetype buttonIdLimit = 256;
constexpr qsizetype listButtonLimit = 20;
constexpr qsizetype maxListSections = 10;
constexpr qsizetype maxListRows = 10;
constexpr qsizetype rowIdLimit = 200;
constexpr qsizetype rowTitleLimit = 24;
constexpr qsizetype rowDescriptionLimit = 72;
constexpr qsizetype ctaTextLimit = 20;

void noSurroundingSpaces(Checker &c, const QString &pointer, const QString &value)
{
    if (value != value.trimmed()) {
        c.error(pointer, u"surroundingSpaces"_s,
            Tr::tr("\"%1\" must not start or end with spaces.")
                .arg(JsonPointer::fieldName(pointer)));
    }
}

void row(Checker &c, const QJsonObject &row, const QString &at, QSet<QString> &ids)
{
    if (const auto id = c.text(row, at, u"id", Presence::Required, rowIdLimit))
        c.unique(ids, JsonPointer::child(at, u"id"_s), *id);
    c.text(row, at, u"title", Presence::Required, rowTitleLimit);
    if (const auto description = c.string(row, at, u"description"))
        c.maxLength(JsonPointer::child(at, u"description"_s), *description, rowDescriptionLimit);
    c.knownFields(row, at, {u"id", u"title", u"description"});
}

} // namespace

void buttonAction(Checker &c, const QJsonObject &action, const QString &pointer)
{
    const auto buttons = c.array(action, pointer, u"buttons", Presence::Required);
    c.knownFields(action, pointer, {u"buttons"});
    if (!buttons)
        return;
    const QString listAt = JsonPointer::child(pointer, u"buttons"_s);
    c.count(listAt, buttons->size(), 1, maxButtons);
    QSet<QString> titles;
    QSet<QString> ids;
    for (qsizetype i = 0; i < buttons->size(); ++i) {
        const QString at = JsonPointer::child(listAt, i);
        const auto button = c.element(*buttons, listAt, i);
        if (!button)
            continue;
        if (const auto type = c.string(*button, at, u"type", Presence::Required))
            c.oneOf(at, u"type", *type, {u"reply"});
        c.knownFields(*button, at, {u"type", u"reply"});
        const auto reply = c.object(*button, at, u"reply", Presence::Required);
        if (!reply)
            continue;
        const QString replyAt = JsonPointer::child(at, u"reply"_s);
        if (const auto title =
                c.text(*reply, replyAt, u"title", Presence::Required, buttonTitleLimit))
            c.unique(titles, JsonPointer::child(replyAt, u"title"_s), *title);
        if (const auto id = c.text(*reply, replyAt, u"id", Presence::Required, buttonIdLimit)) {
            const QString idAt = JsonPointer::child(replyAt, u"id"_s);
            noSurroundingSpaces(c, idAt, *id);
            c.unique(ids, idAt, *id);
        }
        c.knownFields(*reply, replyAt, {u"id", u"title"});
    }
}

void listAction(Checker &c, const QJsonObject &action, const QString &pointer)
{
    c.text(action, pointer, u"button", Presence::Required, listButtonLimit);
    c.knownFields(action, pointer, {u"button", u"sections"});
    QSet<QString> rowIds; // unique across the whole list, not per section
    sections(c, action, pointer, u"rows", maxListSections, maxListRows,
        Tr::tr("The sections hold %1 rows in total; a list allows at most %2."),
        [&](const QJsonObject &element, const QString &at) { row(c, element, at, rowIds); });
}

void ctaUrlAction(Checker &c, const QJsonObject &action, const QString &pointer)
{
    actionName(c, action, pointer, u"cta_url"_s);
    c.knownFields(action, pointer, {u"name", u"parameters"});
    const auto parameters = c.object(action, pointer, u"parameters", Presence::Required);
    if (!parameters)
        return;
    const QString at = JsonPointer::child(pointer, u"parameters"_s);
    c.text(*parameters, at, u"display_text", Presence::Required, ctaTextLimit);
    if (const auto url = c.text(*parameters, at, u"url", Presence::Required, 2048);
        url && !url->trimmed().isEmpty())
        c.httpUrl(JsonPointer::child(at, u"url"_s), *url);
    c.knownFields(*parameters, at, {u"display_text", u"url"});
}

void locationRequestAction(Checker &c, const QJsonObject &action, const QString &pointer)
{
    actionName(c, action, pointer, u"send_location"_s);
    c.knownFields(action, pointer, {u"name"});
}

void productAction(Checker &c, const QJsonObject &action, const QString &pointer)
{
    c.text(action, pointer, u"catalog_id", Presence::Required, 256);
    c.text(action, pointer, u"product_retailer_id", Presence::Required, 256);
    c.knownFields(action, pointer, {u"catalog_id", u"product_retailer_id"});
}

void catalogAction(Checker &c, const QJsonObject &action, const QString &pointer)
{
    actionName(c, action, pointer, u"catalog_message"_s);
    c.knownFields(action, pointer, {u"name", u"parameters"});
    const QString at = JsonPointer::child(pointer, u"parameters"_s);
    const auto parameters = c.object(action, pointer, u"parameters");
    if (parameters) {
        c.text(*parameters, at, u"thumbnail_product_retailer_id", Presence::Optional, 256);
        c.knownFields(*parameters, at, {u"thumbnail_product_retailer_id"});
    }
    const QString missing = Tr::tr("Without \"thumbnail_product_retailer_id\" the API is known to "
                                   "reject catalog messages in practice.");
    if (!parameters) {
        c.warning(at, u"thumbnail_product_retailer_id.missing"_s, missing);
    } else if (!parameters->contains(u"thumbnail_product_retailer_id")) {
        c.warning(
            JsonPointer::child(at, u"thumbnail_product_retailer_id"_s), u"missing"_s, missing);
    }
}

} // namespace Wac::Rules

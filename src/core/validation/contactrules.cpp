// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/validation/rules.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wac::Rules {

namespace {

constexpr qsizetype maxContacts = 257; // pywa's documented cap (S); Meta states none

void name(Checker &c, const QJsonObject &contact, const QString &pointer)
{
    const auto name = c.object(contact, pointer, u"name", Presence::Required);
    if (!name)
        return;
    const QString at = JsonPointer::child(pointer, u"name"_s);
    c.text(*name, at, u"formatted_name", Presence::Required, 1024);
    bool hasPart = false;
    for (const QStringView part : {QStringView(u"first_name"), QStringView(u"last_name"),
             QStringView(u"middle_name"), QStringView(u"suffix"), QStringView(u"prefix")}) {
        if (const auto value = c.string(*name, at, part); value && !value->trimmed().isEmpty())
            hasPart = true;
    }
    if (!hasPart) {
        c.error(at, u"partRequired"_s,
            Tr::tr("Besides \"formatted_name\", a contact's name needs at least one of "
                   "first_name, last_name, middle_name, suffix or prefix."));
    }
    c.knownFields(*name, at,
        {u"formatted_name", u"first_name", u"last_name", u"middle_name", u"suffix", u"prefix"});
}

void birthday(Checker &c, const QJsonObject &contact, const QString &pointer)
{
    const auto value = c.string(contact, pointer, u"birthday");
    if (!value)
        return;
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!pattern.match(*value).hasMatch() || !QDate::fromString(*value, Qt::ISODate).isValid()) {
        c.error(JsonPointer::child(pointer, u"birthday"_s), u"invalidFormat"_s,
            Tr::tr("\"birthday\" is \"%1\"; it must be a real date written YYYY-MM-DD.")
                .arg(*value));
    }
}

// phones, emails, urls and addresses share one shape: an array of objects with a "type".
void entries(Checker &c, const QJsonObject &contact, const QString &pointer, QStringView key,
    std::initializer_list<QStringView> fields, const QStringList &types)
{
    const auto list = c.array(contact, pointer, key);
    if (!list)
        return;
    const QString listAt = JsonPointer::child(pointer, key.toString());
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = JsonPointer::child(listAt, i);
        const auto element = c.element(*list, listAt, i);
        if (!element)
            continue;
        const QJsonObject &entry = *element;
        for (const QStringView field : fields)
            c.string(entry, at, field);
        if (const auto type = c.string(entry, at, u"type"))
            c.oneOf(at, u"type", *type, types, Severity::Warning);
        if (key == u"addresses") {
            const auto code = c.string(entry, at, u"country_code");
            static const QRegularExpression twoLetters(u"^[A-Za-z]{2}$"_s);
            if (code && !twoLetters.match(*code).hasMatch()) {
                c.warning(JsonPointer::child(at, u"country_code"_s), u"invalidFormat"_s,
                    Tr::tr("\"country_code\" should be a two-letter country code, not "
                           "\"%1\".")
                        .arg(*code));
            }
        }
        QList<QStringView> known(fields);
        known.append(u"type");
        c.knownFields(entry, at, known);
    }
}

} // namespace

void contacts(Checker &c, const QJsonObject &message)
{
    const auto contacts = c.array(message, {}, u"contacts", Presence::Required);
    if (!contacts)
        return;
    const QString listAt = u"/contacts"_s;
    c.count(listAt, contacts->size(), 1, maxContacts);
    const QStringList homeWork = {u"HOME"_s, u"WORK"_s};
    for (qsizetype i = 0; i < contacts->size(); ++i) {
        const QString at = JsonPointer::child(listAt, i);
        const auto element = c.element(*contacts, listAt, i);
        if (!element)
            continue;
        const QJsonObject &contact = *element;
        name(c, contact, at);
        birthday(c, contact, at);
        entries(c, contact, at, u"phones", {u"phone", u"wa_id"},
            {u"CELL"_s, u"MAIN"_s, u"IPHONE"_s, u"HOME"_s, u"WORK"_s});
        entries(c, contact, at, u"emails", {u"email"}, homeWork);
        entries(c, contact, at, u"urls", {u"url"}, homeWork);
        entries(c, contact, at, u"addresses",
            {u"street", u"city", u"state", u"zip", u"country", u"country_code"}, homeWork);
        if (const auto org = c.object(contact, at, u"org")) {
            const QString orgAt = JsonPointer::child(at, u"org"_s);
            for (const QStringView field :
                {QStringView(u"company"), QStringView(u"department"), QStringView(u"title")})
                c.string(*org, orgAt, field);
            c.knownFields(*org, orgAt, {u"company", u"department", u"title"});
        }
        c.knownFields(contact, at,
            {u"name", u"birthday", u"phones", u"emails", u"urls", u"addresses", u"org"});
    }
}

} // namespace Wac::Rules

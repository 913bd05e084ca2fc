// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/payloads/contactspayload.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace Wac {

using namespace JsonFields;

namespace {

QList<ContactEntry> entries(const QJsonObject &contact, QStringView key, QStringView valueKey)
{
    return list<ContactEntry>(contact, key,
        [valueKey](const QJsonObject &o) { return ContactEntry::fromJson(o, valueKey); });
}

void setEntries(
    QJsonObject &contact, QStringView key, QStringView valueKey, const QList<ContactEntry> &items)
{
    setList(contact, key, items, [valueKey](const ContactEntry &item, const QJsonObject &base) {
        return item.toJson(base, valueKey);
    });
}

} // namespace

ContactEntry ContactEntry::fromJson(const QJsonObject &object, QStringView valueKey)
{
    return {optString(object, valueKey), optString(object, u"type"), optString(object, u"wa_id")};
}

QJsonObject ContactEntry::toJson(QJsonObject base, QStringView valueKey) const
{
    setString(base, valueKey, value);
    setString(base, u"type", type);
    setString(base, u"wa_id", waId);
    return base;
}

ContactAddress ContactAddress::fromJson(const QJsonObject &o)
{
    return {optString(o, u"street"), optString(o, u"city"), optString(o, u"state"),
        optString(o, u"zip"), optString(o, u"country"), optString(o, u"country_code"),
        optString(o, u"type")};
}

QJsonObject ContactAddress::toJson(QJsonObject base) const
{
    setString(base, u"street", street);
    setString(base, u"city", city);
    setString(base, u"state", state);
    setString(base, u"zip", zip);
    setString(base, u"country", country);
    setString(base, u"country_code", countryCode);
    setString(base, u"type", type);
    return base;
}

Contact Contact::fromJson(const QJsonObject &o)
{
    const QJsonObject name = o.value(u"name").toObject();
    const QJsonObject org = o.value(u"org").toObject();
    Contact c;
    c.formattedName = string(name, u"formatted_name");
    c.firstName = optString(name, u"first_name");
    c.lastName = optString(name, u"last_name");
    c.middleName = optString(name, u"middle_name");
    c.suffix = optString(name, u"suffix");
    c.prefix = optString(name, u"prefix");
    c.company = optString(org, u"company");
    c.department = optString(org, u"department");
    c.title = optString(org, u"title");
    c.birthday = optString(o, u"birthday");
    c.phones = entries(o, u"phones", u"phone");
    c.emails = entries(o, u"emails", u"email");
    c.urls = entries(o, u"urls", u"url");
    c.addresses = list<ContactAddress>(o, u"addresses");
    return c;
}

QJsonObject Contact::toJson(QJsonObject base) const
{
    QJsonObject name = base.value(u"name").toObject();
    setString(name, u"formatted_name", formattedName);
    setString(name, u"first_name", firstName);
    setString(name, u"last_name", lastName);
    setString(name, u"middle_name", middleName);
    setString(name, u"suffix", suffix);
    setString(name, u"prefix", prefix);
    setObject(base, u"name", name, true);

    QJsonObject org = base.value(u"org").toObject();
    setString(org, u"company", company);
    setString(org, u"department", department);
    setString(org, u"title", title);
    setObject(base, u"org", org);

    setString(base, u"birthday", birthday);
    setEntries(base, u"phones", u"phone", phones);
    setEntries(base, u"emails", u"email", emails);
    setEntries(base, u"urls", u"url", urls);
    setList(base, u"addresses", addresses);
    return base;
}

} // namespace Wac

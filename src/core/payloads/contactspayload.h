// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Wac {

/// One entry of phones / emails / urls: a value, its `type` (HOME, WORK, CELL, ...) and, for
/// phones, the WhatsApp ID. `valueKey` says which field holds the value.
struct ContactEntry
{
    std::optional<QString> value;
    std::optional<QString> type;
    std::optional<QString> waId; ///< phones only

    static ContactEntry fromJson(const QJsonObject &object, QStringView valueKey);
    QJsonObject toJson(QJsonObject base, QStringView valueKey) const;
};

struct ContactAddress
{
    std::optional<QString> street, city, state, zip, country, countryCode, type;

    static ContactAddress fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

/// One contact card: the name (formatted plus at least one part), organisation, birthday
/// (YYYY-MM-DD) and lists of phones, emails, urls and addresses.
struct Contact
{
    QString formattedName;
    std::optional<QString> firstName, lastName, middleName, suffix, prefix;
    std::optional<QString> company, department, title;
    std::optional<QString> birthday;
    QList<ContactEntry> phones;
    QList<ContactEntry> emails;
    QList<ContactEntry> urls;
    QList<ContactAddress> addresses;

    static Contact fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

/// `contacts`: one or more contact cards.
struct ContactsPayload
{
    QList<Contact> contacts;
};

} // namespace Wac

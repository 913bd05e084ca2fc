// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/historyfilter.h"

#include "core/coretr.h"
#include "core/phonenumber.h"
#include "storage/ftsquery.h"
#include "storage/sqldialect.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

const QStringList outcomeNames = {u"pending"_s, u"accepted"_s, u"failed"_s, u"unknown"_s};

/// Splits on spaces, keeping "quoted phrases" whole (without their quotes).
QStringList terms(const QString &expression)
{
    static const QRegularExpression term(u"(\\S*?)\"([^\"]*)\"?|(\\S+)"_s);
    QStringList out;
    for (auto it = term.globalMatch(expression); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out << (m.hasCaptured(3) ? m.captured(3) : m.captured(1) + m.captured(2));
    }
    return out;
}

/// A local calendar day's start in UTC ms; 0 when `text` is not a date.
qint64 dayStart(const QString &text, int addDays)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    return day.isValid() ? day.addDays(addDays).startOfDay().toMSecsSinceEpoch() : 0;
}

} // namespace

bool HistoryFilter::isEmpty() const
{
    return *this == HistoryFilter {};
}

bool HistoryFilter::operator==(const HistoryFilter &o) const
{
    return wamid == o.wamid && recipient == o.recipient && text == o.text && type == o.type
        && status == o.status && profile == o.profile && from == o.from && until == o.until;
}

HistoryFilter HistoryFilter::parse(const QString &expression, QString *error)
{
    HistoryFilter f;
    QStringList words;
    bool inNumber = false; // "+1 555 0100": a number may be written with spaces
    static const QRegularExpression numberPart(u"^[0-9()\\-]+$"_s);
    for (const QString &term : terms(expression)) {
        if (inNumber && numberPart.match(term).hasMatch()) {
            f.recipient += PhoneNumber::parse(term).digits();
            continue;
        }
        inNumber = false;
        const qsizetype colon = term.indexOf(u':');
        const QString key = colon > 0 ? term.left(colon).toLower() : QString();
        const QString value = colon > 0 ? term.mid(colon + 1) : term;
        if (key == u"wamid" || (key.isEmpty() && term.startsWith(u"wamid."))) {
            f.wamid = value;
        } else if (key == u"to" || (key.isEmpty() && term.startsWith(u'+'))) {
            f.recipient = PhoneNumber::parse(value).digits();
            inNumber = true;
        } else if (key == u"type") {
            f.type = value;
        } else if (key == u"status") {
            f.status = value.toLower();
        } else if (key == u"profile") {
            f.profile = value;
        } else if (key == u"since" || key == u"until") {
            const qint64 at = dayStart(value, key == u"until" ? 1 : 0);
            if (at == 0 && error) {
                *error =
                    Tr::tr("%1: expects a date such as 2026-11-21, not \"%2\".").arg(key, value);
            }
            (key == u"since" ? f.from : f.until) = at;
        } else {
            words << term;
        }
    }
    f.text = words.join(u' ');
    return f;
}

namespace {

/// Whether SQLite reads a text search from its own index, joined to the rows: the index gives
/// the matching ids in order, so a rare word costs what its rows do.
bool searchesFts(const SqlDialect &dialect, const QString &text)
{
    return !dialect.isPostgres() && !ftsQuery(text).isEmpty();
}

} // namespace

QString HistoryFilter::sqlSource(const SqlDialect &dialect) const
{
    return searchesFts(dialect, text)
        ? u"messages_fts JOIN messages m ON m.id = messages_fts.rowid"_s
        : u"messages m"_s;
}

QString HistoryFilter::sqlOrderKey(const SqlDialect &dialect) const
{
    return searchesFts(dialect, text) ? u"messages_fts.rowid"_s : u"m.id"_s;
}

QString HistoryFilter::sqlCondition(const SqlDialect &dialect, QVariantMap *binds) const
{
    QStringList parts;
    if (!wamid.isEmpty()) {
        parts << u"m.wamid = :wamid"_s;
        binds->insert(u":wamid"_s, wamid);
    }
    if (!recipient.isEmpty()) {
        // A digit prefix as a range, so the index on the digits answers it.
        parts << u"m.recipient_digits >= :rlo AND m.recipient_digits < :rhi"_s;
        binds->insert(u":rlo"_s, recipient);
        binds->insert(u":rhi"_s, QString(recipient + u':'));
    }
    if (const QString query = dialect.textQuery(text); !query.isEmpty()) {
        parts << (searchesFts(dialect, text)
                ? u"messages_fts MATCH :text"_s
                : dialect.textMatch(u"messages"_s, u"m"_s, u":text"_s));
        binds->insert(u":text"_s, query);
    }
    if (!type.isEmpty()) {
        parts << u"m.type = :type"_s;
        binds->insert(u":type"_s, type);
    }
    if (!status.isEmpty()) {
        if (const qsizetype outcome = outcomeNames.indexOf(status); outcome >= 0) {
            parts << u"m.outcome = :outcome"_s;
            binds->insert(u":outcome"_s, int(outcome));
        } else {
            parts << u"(m.last_status = :status OR m.message_status = :status)"_s;
            binds->insert(u":status"_s, status);
        }
    }
    if (!profile.isEmpty()) {
        parts << u"m.profile = :profile"_s;
        binds->insert(u":profile"_s, profile);
    }
    if (from > 0) {
        parts << u"m.created_at >= :from"_s;
        binds->insert(u":from"_s, from);
    }
    if (until > 0) {
        parts << u"m.created_at < :until"_s;
        binds->insert(u":until"_s, until);
    }
    return parts.isEmpty() ? u"TRUE"_s : parts.join(u" AND "_s);
}

} // namespace Wac

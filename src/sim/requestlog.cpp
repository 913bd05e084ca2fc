// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/requestlog.h"

#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

void RequestLog::append(Entry entry)
{
    // The log is served over /_sim/requests: a token must never reach it.
    for (auto &[name, value] : entry.headers) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            const qsizetype space = value.indexOf(' ');
            value = (space > 0 ? value.left(space + 1) : QByteArray()) + "[redacted]";
        }
    }
    QUrl url(entry.target);
    QUrlQuery query(url);
    if (query.hasQueryItem(u"access_token"_s)) {
        query.removeAllQueryItems(u"access_token"_s);
        query.addQueryItem(u"access_token"_s, u"[redacted]"_s);
        url.setQuery(query);
        entry.target = url.toString();
    }
    if (entry.body.size() > bodyLimit)
        entry.body.truncate(bodyLimit);
    if (m_entries.size() == capacity)
        m_entries.removeFirst();
    m_entries.append(std::move(entry));
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray list;
    for (const Entry &entry : m_entries) {
        QJsonObject headers;
        for (const auto &[name, value] : entry.headers)
            headers.insert(QString::fromLatin1(name.toLower()), QString::fromUtf8(value));
        list.append(QJsonObject {{u"time"_s, entry.time.toString(Qt::ISODateWithMs)},
            {u"method"_s, entry.method}, {u"target"_s, entry.target}, {u"headers"_s, headers},
            {u"body"_s, QString::fromUtf8(entry.body)}});
    }
    return list;
}

} // namespace Wac::Sim

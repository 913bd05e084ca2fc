// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/requestlog.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

void RequestLog::append(Entry entry)
{
    // The log is served over /_sim/requests: no credential may reach it, whichever header or
    // query form carried it (`;` separates query items too, for some servers).
    for (auto &[name, value] : entry.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "authorization" || lower == "proxy-authorization") {
            const qsizetype space = value.indexOf(' ');
            value = (space > 0 ? value.left(space + 1) : QByteArray()) + "[redacted]";
        } else if (lower == "cookie") {
            value = "[redacted]";
        }
    }
    static const QRegularExpression token(
        u"([?&;]access(?:_|%5f)token=)[^&;#]*"_s, QRegularExpression::CaseInsensitiveOption);
    entry.target.replace(token, u"\\1[redacted]"_s);
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

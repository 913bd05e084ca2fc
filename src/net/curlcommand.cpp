// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/curlcommand.h"

#include "core/jsoninput.h"
#include "net/requestfactory.h"

using namespace Qt::StringLiterals;

namespace Wac::CurlCommand {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString build(
    const ApiConfig &config, const QJsonObject &body, const std::optional<QByteArray> &token)
{
    ApiConfig shown = config;
    const bool placeholder = shown.phoneNumberId.isEmpty();
    if (placeholder)
        shown.phoneNumberId = u"PHONE_NUMBER_ID"_s;
    QString url = RequestFactory::messagesUrl(shown).toString();
    // Braces are added after QUrl, which would percent-encode them in a path.
    if (placeholder)
        url.replace(u"/PHONE_NUMBER_ID/"_s, u"/{PHONE_NUMBER_ID}/"_s);
    const QString authorization = token
        ? shellQuote(u"Authorization: Bearer "_s + QString::fromUtf8(*token))
        : u"\"Authorization: Bearer $"_s + QLatin1String(tokenVariable) + u'"';
    QString json = QString::fromUtf8(indentedJson(body));
    json.chop(1); // the trailing newline
    return u"curl -X POST "_s + shellQuote(url) + u" \\\n  -H "_s + authorization
        + u" \\\n  -H 'Content-Type: application/json' \\\n  -d "_s + shellQuote(json) + u'\n';
}

} // namespace Wac::CurlCommand

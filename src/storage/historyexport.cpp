// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/historyexport.h"

#include "core/coretr.h"
#include "storage/historystore.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Wac::HistoryExport {

namespace {

constexpr qint64 pageSize = 1000;

const QStringList csvColumns = {u"time"_s, u"profile"_s, u"phone_number_id"_s, u"recipient"_s,
    u"wa_id"_s, u"type"_s, u"outcome"_s, u"status"_s, u"message_status"_s, u"wamid"_s,
    u"http_status"_s, u"error_code"_s, u"error_message"_s, u"fbtrace_id"_s,
    u"biz_opaque_callback_data"_s, u"replied_to"_s, u"request"_s, u"response"_s};

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(u'"', u"\"\""_s) + u'"';
}

/// Every column but the request and the response.
QStringList scalarFields(const HistoryRecord &r)
{
    const auto number = [](int n) { return n == 0 ? QString() : QString::number(n); };
    return {isoTime(r.entry.createdAt), r.entry.profile, r.entry.phoneNumberId, r.entry.recipient,
        r.answer.waId, r.entry.type, outcomeName(int(r.answer.outcome)), r.lastStatus,
        r.answer.messageStatus, r.answer.wamid, number(r.answer.httpStatus),
        number(r.answer.errorCode), r.answer.errorMessage, r.answer.fbtraceId, r.entry.callbackData,
        r.entry.repliedTo};
}

/// JSON stays JSON; anything else (an HTML error page, a cut body) is kept as a string.
QJsonValue embedded(const QByteArray &json)
{
    if (json.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isObject())
        return doc.object();
    return QString::fromUtf8(json);
}

QByteArray jsonRow(const HistoryRecord &r)
{
    QJsonObject o;
    const QStringList values = scalarFields(r);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i).isEmpty())
            o.insert(csvColumns.at(i), values.at(i));
    }
    if (r.answer.httpStatus != 0)
        o.insert(u"http_status"_s, r.answer.httpStatus);
    if (r.answer.errorCode != 0)
        o.insert(u"error_code"_s, r.answer.errorCode);
    o.insert(u"response"_s, embedded(r.answer.responseJson));
    QByteArray row = QJsonDocument(o).toJson(QJsonDocument::Compact);
    // The request was written by QJsonDocument when it was sent: it is spliced in as it is,
    // which halves the export's time. Anything that is not an object is re-read instead.
    const QByteArray request = r.entry.requestJson.trimmed();
    row.chop(1);
    row += ",\"request\":";
    if (request.startsWith('{') && request.endsWith('}'))
        row += request;
    else
        row += QJsonDocument(QJsonArray {embedded(request)})
                   .toJson(QJsonDocument::Compact)
                   .mid(1)
                   .chopped(1);
    row += '}';
    return row;
}

/// The next page of ids to write, or an empty list at the end.
QList<qint64> nextPage(
    const HistoryStore &store, const Selection &selection, qint64 done, qint64 lastId)
{
    if (!selection.ids.isEmpty())
        return selection.ids.mid(done, pageSize);
    return store.ids(selection.filter, lastId, pageSize);
}

} // namespace

QString outcomeName(int outcome)
{
    static const QStringList names = {u"pending"_s, u"accepted"_s, u"failed"_s, u"unknown"_s};
    return names.value(outcome, u"unknown"_s);
}

bool write(const HistoryStore &store, const Selection &selection, Format format, QIODevice *out,
    const Progress &progress, QString *error)
{
    const qint64 total =
        selection.ids.isEmpty() ? store.count(selection.filter) : selection.ids.size();
    QByteArray buffer;
    const auto flush = [&] {
        const bool ok = out->write(buffer) == buffer.size();
        buffer.clear();
        if (!ok && error)
            *error = out->errorString();
        return ok;
    };
    if (format == Format::Csv)
        buffer += csvColumns.join(u',').toUtf8() + "\r\n";
    else
        buffer += '[';
    qint64 done = 0;
    qint64 lastId = 0;
    bool first = true;
    for (QList<qint64> page = nextPage(store, selection, 0, 0); !page.isEmpty();
         page = nextPage(store, selection, done, lastId)) {
        for (const HistoryRecord &r : store.records(page)) {
            if (format == Format::Csv) {
                QStringList row = scalarFields(r);
                row << QString::fromUtf8(r.entry.requestJson)
                    << QString::fromUtf8(r.answer.responseJson);
                for (QString &field : row)
                    field = csvField(field);
                buffer += row.join(u',').toUtf8() + "\r\n";
            } else {
                buffer += (first ? "\n" : ",\n") + jsonRow(r);
                first = false;
            }
        }
        done += page.size();
        lastId = page.last();
        if (!flush())
            return false;
        if (progress && !progress(done, total)) {
            if (error)
                *error = Tr::tr("Export cancelled.");
            return false;
        }
    }
    if (format == Format::Json)
        buffer += "\n]\n";
    return flush();
}

} // namespace Wac::HistoryExport

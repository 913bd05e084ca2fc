// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/historyexport.h"

#include "core/coretr.h"
#include "core/jsonwriter.h"
#include "storage/historystore.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Wac::HistoryExport {

namespace {

constexpr qint64 pageSize = 1000;

const QStringList csvColumns = {u"time"_s, u"profile"_s, u"agent"_s, u"phone_number_id"_s,
    u"recipient"_s, u"wa_id"_s, u"type"_s, u"outcome"_s, u"status"_s, u"message_status"_s,
    u"wamid"_s, u"http_status"_s, u"error_code"_s, u"error_message"_s, u"error_reason"_s,
    u"fbtrace_id"_s, u"biz_opaque_callback_data"_s, u"replied_to"_s, u"request"_s, u"response"_s};

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
    return {isoTime(r.entry.createdAt), r.entry.profile, r.entry.agent, r.entry.phoneNumberId,
        r.entry.recipient, r.answer.waId, r.entry.type, outcomeName(int(r.answer.outcome)),
        r.lastStatus, r.answer.messageStatus, r.answer.wamid, number(r.answer.httpStatus),
        number(r.answer.errorCode), r.answer.errorMessage, r.answer.errorReason, r.answer.fbtraceId,
        r.entry.callbackData, r.entry.repliedTo};
}

void appendEmbedded(QByteArray &out, const QByteArray &json, bool trusted)
{
    const QByteArray body = json.trimmed();
    if (body.isEmpty())
        out += "null";
    else if (body.startsWith('{') && body.endsWith('}')
        && (trusted || QJsonDocument::fromJson(body).isObject()))
        out += body;
    else
        JsonWriter::appendString(out, QString::fromUtf8(json));
}

/// One row as a JSON object, written directly: building a QJsonObject per row cost more than
/// reading the rows.
QByteArray jsonRow(const HistoryRecord &r)
{
    QByteArray row = "{";
    const QStringList values = scalarFields(r);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i).isEmpty())
            continue;
        const QString &key = csvColumns.at(i);
        row += '"' + key.toLatin1() + "\":";
        if (key == u"http_status" || key == u"error_code")
            row += values.at(i).toLatin1(); // digits
        else
            JsonWriter::appendString(row, values.at(i));
        row += ',';
    }
    row += "\"request\":";
    appendEmbedded(row, r.entry.requestJson, true);
    row += ",\"response\":";
    appendEmbedded(row, r.answer.responseJson, false);
    row += '}';
    return row;
}

/// The next page of rows to write, and how many of the selection it covers (0 at the end).
QList<HistoryRecord> nextPage(const HistoryStore &store, const Selection &selection, qint64 done,
    qint64 lastId, qint64 *covered)
{
    if (!selection.ids.isEmpty()) {
        const QList<qint64> ids = selection.ids.mid(done, pageSize);
        *covered = ids.size();
        return store.records(ids);
    }
    QList<HistoryRecord> rows = store.page(selection.filter, lastId, pageSize);
    *covered = rows.size();
    return rows;
}

} // namespace

QString outcomeName(int outcome)
{
    static const QStringList names = {u"pending"_s, u"accepted"_s, u"failed"_s, u"unknown"_s};
    return names.value(outcome, u"unknown"_s);
}

Writer::Writer(const HistoryStore &store, Selection selection, Format format, QIODevice *out)
    : m_store(&store)
    , m_selection(std::move(selection))
    , m_format(format)
    , m_out(out)
    , m_total(m_selection.ids.isEmpty() ? store.count(m_selection.filter) : m_selection.ids.size())
{
    if (m_format == Format::Csv)
        m_buffer += csvColumns.join(u',').toUtf8() + "\r\n";
    else
        m_buffer += '[';
}

bool Writer::writeNext()
{
    if (m_atEnd)
        return true;
    qint64 covered = 0;
    const QList<HistoryRecord> page = nextPage(*m_store, m_selection, m_done, m_lastId, &covered);
    if (covered == 0) {
        if (m_format == Format::Json)
            m_buffer += "\n]\n";
        m_atEnd = true;
        return flush();
    }
    for (const HistoryRecord &r : page) {
        if (m_format == Format::Csv) {
            QStringList row = scalarFields(r);
            row << QString::fromUtf8(r.entry.requestJson)
                << QString::fromUtf8(r.answer.responseJson);
            for (QString &field : row)
                field = csvField(field);
            m_buffer += row.join(u',').toUtf8() + "\r\n";
        } else {
            m_buffer += (m_wroteRow ? ",\n" : "\n") + jsonRow(r);
            m_wroteRow = true;
        }
    }
    m_done += covered;
    if (!page.isEmpty())
        m_lastId = page.last().id;
    return flush();
}

bool Writer::flush()
{
    const bool ok = m_out->write(m_buffer) == m_buffer.size();
    m_buffer.clear();
    if (!ok)
        m_error = m_out->errorString();
    return ok;
}

bool write(const HistoryStore &store, const Selection &selection, Format format, QIODevice *out,
    const Progress &progress, QString *error)
{
    Writer writer(store, selection, format, out);
    while (!writer.atEnd()) {
        const qint64 before = writer.done();
        if (!writer.writeNext()) {
            if (error)
                *error = writer.error();
            return false;
        }
        if (writer.done() > before && progress && !progress(writer.done(), writer.total())) {
            if (error)
                *error = cancelledText();
            return false;
        }
    }
    return true;
}

QString cancelledText()
{
    return Tr::tr("Export cancelled.");
}

} // namespace Wac::HistoryExport

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/templatestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

constexpr int defaultLimit = 25;
constexpr int maxLimit = 100;

QString cursorFor(qsizetype index)
{
    return QString::fromLatin1(QByteArray::number(index).toBase64(QByteArray::Base64UrlEncoding));
}

std::optional<qsizetype> indexFrom(const QString &cursor)
{
    bool ok = false;
    const qsizetype index =
        QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding).toLongLong(&ok);
    // A cursor is an index this store wrote: a negative or vast one (a page would start
    // before the list, or its end overflow) is no cursor at all.
    constexpr qsizetype mostTemplates = qsizetype(1) << 30;
    return ok && index >= 0 && index < mostTemplates ? std::optional<qsizetype>(index)
                                                     : std::nullopt;
}

bool matches(const QJsonObject &tpl, const QUrlQuery &query)
{
    const auto field = [&](const char16_t *key) {
        return query.queryItemValue(QString::fromUtf16(key));
    };
    const QString name = field(u"name");
    if (!name.isEmpty() && !tpl.value(u"name").toString().contains(name, Qt::CaseInsensitive))
        return false;
    for (const char16_t *key : {u"status", u"category", u"language"}) {
        const QString wanted = field(key);
        if (!wanted.isEmpty()
            && tpl.value(QStringView(key)).toString().compare(wanted, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

QJsonObject withFields(const QJsonObject &tpl, const QStringList &fields)
{
    QJsonObject out;
    if (fields.isEmpty()) {
        out = tpl;
        out.remove(u"sim_message_status");
        return out;
    }
    for (const QString &field : fields) {
        if (tpl.contains(field))
            out.insert(field, tpl.value(field));
    }
    out.insert(u"id"_s, tpl.value(u"id")); // Graph always returns the id
    return out;
}

} // namespace

bool TemplateStore::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonArray data = document.object().value(u"data").toArray();
    if (parseError.error != QJsonParseError::NoError || data.isEmpty()) {
        *error = u"%1 is not a {\"data\": [templates]} JSON file"_s.arg(path);
        return false;
    }
    m_templates.clear();
    for (const QJsonValue &value : data)
        m_templates.append(value.toObject());
    return true;
}

std::optional<QJsonObject> TemplateStore::find(const QString &name, const QString &language) const
{
    for (const QJsonObject &tpl : m_templates) {
        if (tpl.value(u"name").toString() == name && tpl.value(u"language").toString() == language)
            return tpl;
    }
    return std::nullopt;
}

std::optional<QJsonObject> TemplateStore::findById(const QString &id) const
{
    for (const QJsonObject &tpl : m_templates) {
        if (tpl.value(u"id").toString() == id)
            return tpl;
    }
    return std::nullopt;
}

QString TemplateStore::add(QJsonObject tpl)
{
    // Graph's template ids are 15-16 digit numbers; the created ones count up from a base far
    // from the seeds', skipping any id a seed file happens to use.
    constexpr qint64 firstCreatedId = 1'700'000'000'000'001;
    QString id;
    do {
        id = QString::number(firstCreatedId + m_nextId++);
    } while (findById(id));
    tpl.insert(u"id"_s, id);
    m_templates.append(tpl);
    return id;
}

bool TemplateStore::replace(const QJsonObject &tpl)
{
    for (QJsonObject &stored : m_templates) {
        if (stored.value(u"id") == tpl.value(u"id")) {
            stored = tpl;
            return true;
        }
    }
    return false;
}

int TemplateStore::remove(const QString &name, const QString &id)
{
    return int(m_templates.removeIf([&](const QJsonObject &tpl) {
        return tpl.value(u"name").toString() == name
            && (id.isEmpty() || tpl.value(u"id").toString() == id);
    }));
}

QString TemplateStore::pagingProblem(const QUrlQuery &query)
{
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        const qlonglong limit = query.queryItemValue(u"limit"_s).toLongLong(&ok);
        // Above the most a page holds, Graph gives the most it can; below one there is no page.
        if (!ok || limit < 1)
            return u"Param limit must be a positive integer, not \"%1\""_s.arg(
                query.queryItemValue(u"limit"_s));
    }
    for (const auto key : {u"after", u"before"}) {
        const QString cursor = query.queryItemValue(QString::fromUtf16(key));
        if (query.hasQueryItem(QString::fromUtf16(key)) && !indexFrom(cursor))
            return u"Param %1 is not a cursor this edge gave: \"%2\""_s.arg(
                QString::fromUtf16(key), cursor);
    }
    return {};
}

QJsonObject TemplateStore::page(const QUrlQuery &query, const QString &pageUrl) const
{
    QList<QJsonObject> selected;
    for (const QJsonObject &tpl : m_templates) {
        if (matches(tpl, query))
            selected.append(tpl);
    }
    const int limit = qBound(1,
        query.queryItemValue(u"limit"_s).toInt() > 0 ? query.queryItemValue(u"limit"_s).toInt()
                                                     : defaultLimit,
        maxLimit);
    qsizetype start = 0;
    if (const auto after = indexFrom(query.queryItemValue(u"after"_s)))
        start = *after + 1;
    else if (const auto before = indexFrom(query.queryItemValue(u"before"_s)))
        start = qMax<qsizetype>(0, *before - limit);
    const qsizetype end = qMin(selected.size(), start + limit);
    const QStringList fields = query.queryItemValue(u"fields"_s).split(u',', Qt::SkipEmptyParts);

    QJsonArray data;
    for (qsizetype i = start; i < end; ++i)
        data.append(withFields(selected.at(i), fields));
    QJsonObject result {{u"data"_s, data}};
    if (data.isEmpty())
        return result;

    const auto link = [&](const QString &cursorKey, qsizetype index) {
        QUrlQuery next = query;
        next.removeAllQueryItems(u"after"_s);
        next.removeAllQueryItems(u"before"_s);
        next.addQueryItem(cursorKey, cursorFor(index));
        QUrl url(pageUrl);
        url.setQuery(next);
        return url.toString();
    };
    QJsonObject paging {{u"cursors"_s,
        QJsonObject {{u"before"_s, cursorFor(start)}, {u"after"_s, cursorFor(end - 1)}}}};
    if (end < selected.size())
        paging.insert(u"next"_s, link(u"after"_s, end - 1));
    if (start > 0)
        paging.insert(u"previous"_s, link(u"before"_s, start));
    result.insert(u"paging"_s, paging);
    return result;
}

} // namespace Wac::Sim

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "historyrows.h"

#include "core/webhooks/webhookdelivery.h"
#include "storage/historystore.h"
#include "storage/inboxwriter.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using Wac::HistoryOutcome;

namespace HistoryRows {

Wac::HistoryEntry entry(const QString &to, const QString &body, qint64 at)
{
    const QJsonObject request {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, to},
        {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, body}}}};
    return {at, u"Sandbox"_s, u"106540352242922"_s, to, u"text"_s,
        QJsonDocument(request).toJson(QJsonDocument::Compact), {}, {}, {}};
}

void addStatus(Wac::HistoryStore &store, const QString &wamid, const QString &status, qint64 atMs)
{
    Wac::WebhookDelivery delivery;
    Wac::WebhookStatus s;
    s.wamid = wamid;
    s.status = status;
    s.timestamp = atMs / 1000;
    delivery.statuses << s;
    QVERIFY(Wac::InboxWriter(&store).record(u"Sandbox"_s, "{}", atMs, true, delivery));
}

Wac::HistoryAnswer accepted(const QString &wamid)
{
    Wac::HistoryAnswer a;
    a.outcome = HistoryOutcome::Accepted;
    a.httpStatus = 200;
    a.wamid = wamid;
    a.responseJson = R"({"messages":[{"id":")" + wamid.toUtf8() + R"("}]})";
    return a;
}

QStringList columnsOf(Wac::HistoryStore &store, const QString &table)
{
    QSqlQuery q(store.database());
    q.exec(u"PRAGMA table_info("_s + table + u')');
    QStringList out;
    while (q.next())
        out << q.value(1).toString() + u' ' + q.value(2).toString();
    return out;
}

void fill(Wac::HistoryStore &store)
{
    // 1 accepted text to +1 555, 2 failed template to +55, 3 unknown text, 4 pending, 5 read
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 base = QDate(2026, 11, 10).startOfDay().toMSecsSinceEpoch();
    qint64 id = store.addPending(entry(u"+1 555-0100"_s, u"Your order 4412 has shipped"_s, base));
    store.finish(id, accepted(u"wamid.A"_s));
    Wac::HistoryEntry t = entry(u"+55 11 91234-5678"_s, u"Olá, pedido enviado"_s, base + day);
    t.type = u"template"_s;
    t.profile = u"Production"_s;
    id = store.addPending(t);
    Wac::HistoryAnswer failed;
    failed.outcome = HistoryOutcome::Failed;
    failed.httpStatus = 400;
    failed.errorCode = 132001;
    failed.errorMessage = u"Template name does not exist"_s;
    store.finish(id, failed);
    id =
        store.addPending(entry(u"+44 7700 900123"_s, u"Привет, refund approved"_s, base + 2 * day));
    Wac::HistoryAnswer unknown;
    unknown.outcome = HistoryOutcome::Unknown;
    store.finish(id, unknown);
    store.addPending(entry(u"+1 555-0199"_s, u"still in flight"_s, base + 3 * day));
    id = store.addPending(
        entry(u"+1 555-0100"_s, u"refund sent, \"quoted\", done"_s, base + 4 * day));
    store.finish(id, accepted(u"wamid.E"_s));
    addStatus(store, u"wamid.E"_s, u"read"_s, base + 4 * day + 5000);
}

} // namespace HistoryRows

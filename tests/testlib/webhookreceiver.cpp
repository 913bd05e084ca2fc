// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "webhookreceiver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Wac::Test {

WebhookReceiver::WebhookReceiver()
{
    m_clock.start();
    m_server.route(u"/hook"_s, [this](const QHttpServerRequest &request) {
        m_deliveries.append(
            {request.body(), request.value("X-Hub-Signature-256"), m_clock.elapsed()});
        if (m_failuresLeft > 0) {
            --m_failuresLeft;
            return QHttpServerResponse(QHttpServerResponder::StatusCode::InternalServerError);
        }
        return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
    });
    m_port = m_server.listen(QHostAddress::LocalHost);
}

QUrl WebhookReceiver::url() const
{
    return QUrl(u"http://127.0.0.1:%1/hook"_s.arg(m_port));
}

QJsonObject WebhookReceiver::changeValue(const QByteArray &body)
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(u"entry")
        .toArray()
        .at(0)
        .toObject()
        .value(u"changes")
        .toArray()
        .at(0)
        .toObject()
        .value(u"value")
        .toObject();
}

QList<QJsonObject> WebhookReceiver::items(const QString &key) const
{
    QList<QJsonObject> list;
    for (const Delivery &d : m_deliveries) {
        for (const QJsonValue &item : changeValue(d.body).value(key).toArray())
            list.append(item.toObject());
    }
    return list;
}

QList<QJsonObject> WebhookReceiver::valuesWith(const QString &key) const
{
    QList<QJsonObject> list;
    for (const Delivery &d : m_deliveries) {
        const QJsonObject value = changeValue(d.body);
        if (value.contains(key))
            list.append(value);
    }
    return list;
}

} // namespace Wac::Test

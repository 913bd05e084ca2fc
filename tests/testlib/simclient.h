// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

class QHttpMultiPart;

namespace Wac::Test {

/// What a request to the simulator came back with.
struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray body;
    qint64 elapsedMs = 0;

    QJsonObject json() const;
    /// `error.code` of a Graph error body (0 when there is none).
    int graphCode() const;

    QJsonObject graphError() const { return json().value(QStringLiteral("error")).toObject(); }
};

/// Real HTTP over loopback to a simulator, one request at a time, with a per-request timeout.
class SimClient
{
public:
    explicit SimClient(QUrl base, QByteArray token = "sandbox-token")
        : m_base(std::move(base))
        , m_token(std::move(token))
    { }

    void setToken(const QByteArray &token) { m_token = token; }

    Answer get(const QString &path, int timeoutMs = 5000);
    Answer post(const QString &path, const QByteArray &body, int timeoutMs = 5000);
    Answer postJson(const QString &path, const QJsonObject &body, int timeoutMs = 5000);
    Answer remove(const QString &path, int timeoutMs = 5000);
    Answer upload(const QString &path, const QList<QPair<QByteArray, QByteArray>> &fields,
        const QByteArray &fileType, const QByteArray &fileData, int timeoutMs = 5000);
    /// A full URL (e.g. a media download URL the simulator handed out).
    Answer getUrl(const QUrl &url, int timeoutMs = 5000);

private:
    QNetworkRequest request(const QUrl &url) const;
    Answer wait(QNetworkReply *reply, int timeoutMs);

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_token;
};

} // namespace Wac::Test

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "simclient.h"

#include <QElapsedTimer>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace Wac::Test {

QJsonObject Answer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

int Answer::graphCode() const
{
    return graphError().value(u"code").toInt();
}

QNetworkRequest SimClient::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    return request;
}

Answer SimClient::wait(QNetworkReply *reply, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    reply->setParent(nullptr);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs))
        reply->abort(); // finished() is emitted by abort(); the answer says OperationCanceled
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    answer.body = reply->readAll();
    answer.elapsedMs = timer.elapsed();
    reply->deleteLater();
    return answer;
}

Answer SimClient::get(const QString &path, int timeoutMs)
{
    return wait(m_nam.get(request(m_base.resolved(QUrl(path)))), timeoutMs);
}

Answer SimClient::getUrl(const QUrl &url, int timeoutMs)
{
    return wait(m_nam.get(request(url)), timeoutMs);
}

Answer SimClient::post(const QString &path, const QByteArray &body, int timeoutMs)
{
    QNetworkRequest req = request(m_base.resolved(QUrl(path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return wait(m_nam.post(req, body), timeoutMs);
}

Answer SimClient::postJson(const QString &path, const QJsonObject &body, int timeoutMs)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), timeoutMs);
}

Answer SimClient::remove(const QString &path, int timeoutMs)
{
    return wait(m_nam.deleteResource(request(m_base.resolved(QUrl(path)))), timeoutMs);
}

Answer SimClient::upload(const QString &path, const QList<QPair<QByteArray, QByteArray>> &fields,
    const QByteArray &fileType, const QByteArray &fileData, int timeoutMs)
{
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const auto &[name, value] : fields) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
            QByteArray("form-data; name=\"" + name + '"'));
        part.setBody(value);
        multi->append(part);
    }
    if (!fileType.isNull()) {
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
            QByteArray("form-data; name=\"file\"; filename=\"upload.bin\""));
        file.setHeader(QNetworkRequest::ContentTypeHeader, fileType);
        file.setBody(fileData);
        multi->append(file);
    }
    QNetworkReply *reply = m_nam.post(request(m_base.resolved(QUrl(path))), multi);
    multi->setParent(reply);
    return wait(reply, timeoutMs);
}

} // namespace Wac::Test

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"

#include <QCryptographicHash>
#include <QTest>

#include "simclient.h"

using namespace Qt::StringLiterals;
using Wac::Test::Answer;

using FormFields = QList<QPair<QByteArray, QByteArray>>;

namespace {

const QString mediaPath = u"/v25.0/106540352242922/media"_s;
const QList<QPair<QByteArray, QByteArray>> whatsapp = {{"messaging_product", "whatsapp"}};

QList<QPair<QByteArray, QByteArray>> fields(const QByteArray &type)
{
    return {{"messaging_product", "whatsapp"}, {"type", type}};
}

} // namespace

class TestSimMedia final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void uploadDescribeDownloadDelete();
    void voiceNoteMimeParametersAreAccepted();
    void rejectsBadUploads_data();
    void rejectsBadUploads();
    void oversizedFileIs413();
    void mediaBelongsToItsNumber();
    void downloadUrlExpiresAfterFiveMinutes();

private:
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::Test::SimClient> m_client;
};

void TestSimMedia::initTestCase()
{
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl());
}

void TestSimMedia::uploadDescribeDownloadDelete()
{
    const QByteArray pdf = "%PDF-1.4\n" + QByteArray(2048, 'x');
    const Answer uploaded =
        m_client->upload(mediaPath, fields("application/pdf"), "application/pdf", pdf);
    QCOMPARE(uploaded.status, 200);
    const QString id = uploaded.json().value(u"id").toString();
    QVERIFY(!id.isEmpty());

    const Answer described = m_client->get(u"/v25.0/"_s + id);
    QCOMPARE(described.status, 200);
    const QJsonObject meta = described.json();
    QCOMPARE(meta.value(u"messaging_product").toString(), u"whatsapp"_s);
    QCOMPARE(meta.value(u"id").toString(), id);
    QCOMPARE(meta.value(u"mime_type").toString(), u"application/pdf"_s);
    QCOMPARE(meta.value(u"file_size").toInteger(), pdf.size());
    QCOMPARE(meta.value(u"sha256").toString(),
        QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));

    const QUrl url(meta.value(u"url").toString());
    const Answer downloaded = m_client->getUrl(url);
    QCOMPARE(downloaded.status, 200);
    QCOMPARE(downloaded.body, pdf);
    QCOMPARE(downloaded.contentType, QByteArray("application/pdf"));
    Wac::Test::SimClient anonymous(m_server->baseUrl(), QByteArray());
    QCOMPARE(anonymous.getUrl(url).status, 401); // the download needs the token too (reference §4)

    QCOMPARE(m_client->remove(u"/v25.0/"_s + id).json(), QJsonObject({{u"success"_s, true}}));
    const Answer gone = m_client->get(u"/v25.0/"_s + id);
    QCOMPARE(gone.status, 400);
    QCOMPARE(gone.graphCode(), 100);
    QCOMPARE(gone.graphError().value(u"error_subcode").toInt(), 33);
    QCOMPARE(m_client->getUrl(url).status, 404);
}

void TestSimMedia::voiceNoteMimeParametersAreAccepted()
{
    const Answer answer =
        m_client->upload(mediaPath, fields("audio/ogg; codecs=opus"), "audio/ogg", "OggS");
    QCOMPARE(answer.status, 200);
}

void TestSimMedia::rejectsBadUploads_data()
{
    QTest::addColumn<FormFields>("form");
    QTest::addColumn<QByteArray>("fileType");
    QTest::addColumn<QString>("detail");
    QTest::newRow("no type") << whatsapp << QByteArray("image/png") << u"type is required"_s;
    QTest::newRow("no file") << fields("image/png") << QByteArray() << u"file is required"_s;
    QTest::newRow("no messaging_product")
        << FormFields {{"type", "image/png"}} << QByteArray("image/png") << u"messaging_product"_s;
    QTest::newRow("audio/opus") << fields("audio/opus") << QByteArray("audio/opus")
                                << u"one of the following types"_s;
    QTest::newRow("octet-stream") << fields("application/octet-stream")
                                  << QByteArray("application/octet-stream")
                                  << u"application/octet-stream"_s;
}

void TestSimMedia::rejectsBadUploads()
{
    QFETCH(FormFields, form);
    QFETCH(QByteArray, fileType);
    QFETCH(QString, detail);
    const Answer answer = m_client->upload(mediaPath, form, fileType, "data");
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.graphCode(), 100);
    const QString details =
        answer.graphError().value(u"error_data").toObject().value(u"details").toString();
    QVERIFY2(details.contains(detail), qPrintable(details));
}

void TestSimMedia::oversizedFileIs413()
{
    const Answer image = m_client->upload(
        mediaPath, fields("image/jpeg"), "image/jpeg", QByteArray(5 * 1024 * 1024 + 1, 'j'), 20000);
    QCOMPARE(image.status, 413);
    QCOMPARE(image.graphCode(), 100);
    const Answer sticker = m_client->upload(
        mediaPath, fields("image/webp"), "image/webp", QByteArray(500 * 1024 + 1, 'w'), 20000);
    QCOMPARE(sticker.status, 413);
    QCOMPARE(m_client->upload(mediaPath, fields("image/webp"), "image/webp", QByteArray(1024, 'w'))
                 .status,
        200);
}

void TestSimMedia::mediaBelongsToItsNumber()
{
    const QString id = m_client->upload(mediaPath, fields("image/png"), "image/png", "png")
                           .json()
                           .value(u"id")
                           .toString();
    QCOMPARE(m_client->get(u"/v25.0/%1?phone_number_id=106540352242922"_s.arg(id)).status, 200);
    const Answer other = m_client->get(u"/v25.0/%1?phone_number_id=555"_s.arg(id));
    QCOMPARE(other.status, 400);
    QCOMPARE(other.graphCode(), 100);
    QCOMPARE(m_client->upload(u"/v25.0/555/media"_s, fields("image/png"), "image/png", "png")
                 .graphCode(),
        100);
}

void TestSimMedia::downloadUrlExpiresAfterFiveMinutes()
{
    const QString id = m_client->upload(mediaPath, fields("image/png"), "image/png", "png")
                           .json()
                           .value(u"id")
                           .toString();
    const QUrl url(m_client->get(u"/v25.0/"_s + id).json().value(u"url").toString());
    QCOMPARE(m_client->getUrl(url).status, 200);
    m_server->conversations().advance(Wac::Sim::MediaStore::urlLifetimeSeconds + 1);
    QCOMPARE(m_client->getUrl(url).status, 404); // the reference: expired, ask for a new URL
    const QUrl fresh(m_client->get(u"/v25.0/"_s + id).json().value(u"url").toString());
    QVERIFY(fresh != url);
    const Answer again = m_client->getUrl(fresh);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, QByteArray("png"));
}

QTEST_GUILESS_MAIN(TestSimMedia)
#include "tst_simmedia.moc"

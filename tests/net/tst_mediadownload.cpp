// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// A media description read as the untrusted input it is, and a download streamed to disk with
// the bearer, against the simulator over loopback: bounded, hashed, and nothing left behind
// when it does not finish.
#include "net/cloudapiclient.h"
#include "net/mediadownload.h"
#include "net/mediaobject.h"
#include "sim/simulatorserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wac;

namespace {

const QByteArray fileData = "%PDF-1.4\n" + QByteArray(40000, 'x');

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QJsonObject description()
{
    return {{u"messaging_product"_s, u"whatsapp"_s},
        {u"url"_s, u"https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1"_s},
        {u"mime_type"_s, u"image/jpeg"_s},
        {u"sha256"_s, QString::fromLatin1(sha256("jpeg").toHex())}, {u"file_size"_s, 4},
        {u"id"_s, u"1"_s}};
}

} // namespace

class TestMediaDownload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsADescription();
    void refusesWhatIsNotADescription_data();
    void refusesWhatIsNotADescription();
    void digestsInHexOrBase64();
    void downloadsWithTheBearerAndKeeps();
    void stopsAtTheLimitAndLeavesNothing();
    void aCutDownloadLeavesNothing();
    void theTokenGoesOnlyOverHttpsOrLoopback();
    void anErrorStatusIsNotAFile();

private:
    MediaDownloadResult download(CloudApiClient &client, const QUrl &url, qint64 maxBytes,
        std::unique_ptr<MediaDownload> *kept = nullptr);
    QUrl fileUrl();
    QStringList leftInDirectory() const;

    QNetworkAccessManager m_nam;
    std::unique_ptr<Sim::SimulatorServer> m_sim;
    std::unique_ptr<CloudApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_mediaId;
};

void TestMediaDownload::init()
{
    m_sim = std::make_unique<Sim::SimulatorServer>(Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    ApiConfig config;
    config.baseUrl = m_sim->baseUrl();
    config.phoneNumberId = u"106540352242922"_s;
    m_client = std::make_unique<CloudApiClient>(&m_nam, config);
    m_client->setToken("sandbox-token");
    m_dir = std::make_unique<QTemporaryDir>();
    MediaFile file;
    file.fileName = u"a.pdf"_s;
    file.mimeType = u"application/pdf"_s;
    file.data = fileData;
    QSignalSpy uploaded(m_client->uploadMedia(file), &SendJob::finished);
    QVERIFY(uploaded.wait(5000));
    m_mediaId = uploaded.first().first().value<SendResult>().response.value(u"id").toString();
    QVERIFY(!m_mediaId.isEmpty());
}

void TestMediaDownload::cleanup()
{
    m_client.reset();
    m_sim.reset();
}

QUrl TestMediaDownload::fileUrl()
{
    QSignalSpy described(m_client->getObject(m_mediaId), &SendJob::finished);
    if (!described.wait(5000))
        return {};
    QString error;
    const auto media = MediaObject::fromJson(
        described.first().first().value<SendResult>().response, m_mediaId, &error);
    return media ? media->url : QUrl();
}

MediaDownloadResult TestMediaDownload::download(
    CloudApiClient &client, const QUrl &url, qint64 maxBytes, std::unique_ptr<MediaDownload> *kept)
{
    std::unique_ptr<MediaDownload> job(client.downloadMedia(url, m_dir->path(), maxBytes));
    QSignalSpy finished(job.get(), &MediaDownload::finished);
    if (!finished.wait(10000))
        return {};
    const auto result = finished.first().first().value<MediaDownloadResult>();
    if (kept)
        *kept = std::move(job);
    return result;
}

QStringList TestMediaDownload::leftInDirectory() const
{
    return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
}

void TestMediaDownload::readsADescription()
{
    QString error;
    const auto media = MediaObject::fromJson(description(), u"1"_s, &error);
    QVERIFY2(media, qPrintable(error));
    QCOMPARE(media->url.host(), u"lookaside.fbsbx.com"_s);
    QCOMPARE(media->mimeType, u"image/jpeg"_s);
    QCOMPARE(media->sha256, sha256("jpeg"));
    QCOMPARE(media->fileSize, 4);
    QJsonObject asString = description();
    asString.insert(u"file_size"_s, u"4"_s); // Meta's table writes it as a string
    QCOMPARE(MediaObject::fromJson(asString, u"1"_s, &error)->fileSize, 4);
    QJsonObject bare {{u"url"_s, u"http://127.0.0.1:1/x"_s}};
    QCOMPARE(MediaObject::fromJson(bare, u"1"_s, &error)->fileSize, -1);
}

void TestMediaDownload::refusesWhatIsNotADescription_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("says");
    QTest::newRow("no url") << u"url"_s << QJsonValue() << u"URL"_s;
    QTest::newRow("ftp") << u"url"_s << QJsonValue(u"ftp://example.com/f"_s) << u"URL"_s;
    QTest::newRow("no host") << u"url"_s << QJsonValue(u"https:///f"_s) << u"URL"_s;
    QTest::newRow("not a url") << u"url"_s << QJsonValue(u"not a url"_s) << u"URL"_s;
    QTest::newRow("url a number") << u"url"_s << QJsonValue(7) << u"URL"_s;
    QTest::newRow("size text") << u"file_size"_s << QJsonValue(u"12a"_s) << u"file_size"_s;
    QTest::newRow("size negative") << u"file_size"_s << QJsonValue(-1) << u"file_size"_s;
    QTest::newRow("size fraction") << u"file_size"_s << QJsonValue(1.5) << u"file_size"_s;
    QTest::newRow("sha256 short") << u"sha256"_s << QJsonValue(u"abcd"_s) << u"sha256"_s;
    QTest::newRow("sha256 a number") << u"sha256"_s << QJsonValue(1) << u"sha256"_s;
    QTest::newRow("mime a number") << u"mime_type"_s << QJsonValue(1) << u"mime_type"_s;
    QTest::newRow("another id") << u"id"_s << QJsonValue(u"2"_s) << u"media 2, not 1"_s;
}

void TestMediaDownload::refusesWhatIsNotADescription()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, says);
    QJsonObject answer = description();
    if (value.isNull())
        answer.remove(key);
    else
        answer.insert(key, value);
    QString error;
    QVERIFY(!MediaObject::fromJson(answer, u"1"_s, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestMediaDownload::digestsInHexOrBase64()
{
    const QByteArray digest = sha256("x");
    QCOMPARE(MediaObject::digest(QString::fromLatin1(digest.toHex())), digest);
    QCOMPARE(MediaObject::digest(QString::fromLatin1(digest.toHex().toUpper())), digest);
    QCOMPARE(MediaObject::digest(QString::fromLatin1(digest.toBase64())), digest);
    QCOMPARE(
        MediaObject::digest(QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding))),
        digest);
    QVERIFY(!MediaObject::digest(QString::fromLatin1(sha256("x").left(31).toBase64())));
    QVERIFY(!MediaObject::digest(u"not a digest"_s));
    QVERIFY(!MediaObject::digest({}));
}

void TestMediaDownload::downloadsWithTheBearerAndKeeps()
{
    std::unique_ptr<MediaDownload> job;
    const MediaDownloadResult result = download(*m_client, fileUrl(), 1 << 20, &job);
    QCOMPARE(result.outcome, MediaDownloadResult::Outcome::Saved);
    QCOMPARE(result.bytes, fileData.size());
    QCOMPARE(result.sha256, sha256(fileData));
    const QString path = m_dir->filePath(u"7.pdf"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly) && old.write("old") == 3);
    old.close();
    QString error;
    QVERIFY2(job->keep(path, &error), qPrintable(error));
    job.reset();
    QCOMPARE(leftInDirectory(), QStringList {u"7.pdf"_s});
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), fileData);
    QVERIFY(!(kept.permissions() & (QFile::ReadOther | QFile::ReadGroup))); // the customer's
}

void TestMediaDownload::stopsAtTheLimitAndLeavesNothing()
{
    const MediaDownloadResult result = download(*m_client, fileUrl(), 1000);
    QCOMPARE(result.outcome, MediaDownloadResult::Outcome::TooLarge);
    QVERIFY2(result.error.contains(u"1000"_s), qPrintable(result.error));
    QTRY_VERIFY(leftInDirectory().isEmpty());
}

void TestMediaDownload::aCutDownloadLeavesNothing()
{
    const QUrl url = fileUrl();
    m_sim->faults().add({Sim::FaultPlan::Mode::ResetMidBody, 1, u"/attachments"_s, 0});
    const MediaDownloadResult result = download(*m_client, url, 1 << 20);
    QCOMPARE(result.outcome, MediaDownloadResult::Outcome::Failed);
    QVERIFY(leftInDirectory().isEmpty());
}

void TestMediaDownload::theTokenGoesOnlyOverHttpsOrLoopback()
{
    const MediaDownloadResult result =
        download(*m_client, QUrl(u"http://example.com/attachments/?mid=1"_s), 1 << 20);
    QCOMPARE(result.outcome, MediaDownloadResult::Outcome::Failed);
    QVERIFY2(result.error.contains(u"https"_s), qPrintable(result.error));
    CloudApiClient noToken(&m_nam, m_client->config());
    QCOMPARE(download(noToken, fileUrl(), 1 << 20).outcome, MediaDownloadResult::Outcome::Failed);
    QVERIFY(leftInDirectory().isEmpty());
}

void TestMediaDownload::anErrorStatusIsNotAFile()
{
    m_sim->conversations().advance(Sim::MediaStore::urlLifetimeSeconds + 1);
    const QUrl url = fileUrl(); // fresh, then expired below
    m_sim->conversations().advance(Sim::MediaStore::urlLifetimeSeconds + 1);
    const MediaDownloadResult result = download(*m_client, url, 1 << 20);
    QCOMPARE(result.outcome, MediaDownloadResult::Outcome::HttpError);
    QCOMPARE(result.httpStatus, 404);
    QVERIFY(leftInDirectory().isEmpty());
}

QTEST_GUILESS_MAIN(TestMediaDownload)
#include "tst_mediadownload.moc"

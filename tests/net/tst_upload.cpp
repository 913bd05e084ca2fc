// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/cloudapiclient.h"
#include "sim/simulatorserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = Wac::SendResult::Outcome;

class TestUpload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void uploadsWithProgressAndTheServerKeepsIt();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void cancelMidUpload();
    void cliUpload();

private:
    QString writeFile(const QString &name, const QByteArray &data);
    Wac::SendResult run(Wac::SendJob *job);
    qsizetype uploadsSeen() const;

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::CloudApiClient> m_client;
};

void TestUpload::init()
{
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    Wac::ApiConfig config;
    config.baseUrl = m_server->baseUrl();
    config.phoneNumberId = u"106540352242922"_s;
    m_client = std::make_unique<Wac::CloudApiClient>(&m_nam, config);
    m_client->setToken("sandbox-token");
}

QString TestUpload::writeFile(const QString &name, const QByteArray &data)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write the test file");
    return file.fileName();
}

Wac::SendResult TestUpload::run(Wac::SendJob *job)
{
    QSignalSpy finished(job, &Wac::SendJob::finished);
    if (!finished.wait(30000))
        qFatal("the upload did not finish");
    return finished.takeFirst().at(0).value<Wac::SendResult>();
}

qsizetype TestUpload::uploadsSeen() const
{
    qsizetype count = 0;
    for (const auto &entry : m_server->requestLog().entries())
        count += entry.target.endsWith(u"/media"_s) ? 1 : 0;
    return count;
}

void TestUpload::uploadsWithProgressAndTheServerKeepsIt()
{
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(40000, 'p');
    const Wac::MediaFile file = Wac::MediaFile::load(writeFile(u"photo.png"_s, png));
    QVERIFY2(file.ok(), qPrintable(file.problem));
    QCOMPARE(file.mimeType, u"image/png"_s); // detected from the content
    Wac::SendJob *job = m_client->uploadMedia(file);
    QSignalSpy progress(job, &Wac::SendJob::uploadProgress);
    const Wac::SendResult result = run(job);
    QCOMPARE(result.outcome, Outcome::Accepted);
    const QString id = result.response.value(u"id").toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(!progress.isEmpty());
    QVERIFY(progress.size() > 1); // in steps, against the body's real size
    QVERIFY(progress.first().at(0).toLongLong() < progress.first().at(1).toLongLong());
    QCOMPARE(progress.last().at(0), progress.last().at(1));
    QVERIFY(progress.last().at(0).toLongLong() > png.size()); // the whole multipart body went

    const Wac::SendResult described = run(m_client->getObject(id));
    QCOMPARE(described.response.value(u"mime_type").toString(), u"image/png"_s);
    QCOMPARE(described.response.value(u"file_size").toInteger(), png.size());
}

void TestUpload::refusedBeforeSending_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("why");
    QTest::newRow("not a WhatsApp type")
        << u"tool.exe"_s << QByteArray("MZ\x90\x00 binary", 12) << u"does not take"_s;
    QTest::newRow("image over 5 MB")
        << u"big.png"_s << (QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(5 * 1024 * 1024, 'x'))
        << u"at most"_s;
    QTest::newRow("missing file") << QString() << QByteArray() << u"Cannot read"_s;
}

void TestUpload::refusedBeforeSending()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QString, why);
    const QString path =
        name.isEmpty() ? m_dir.filePath(u"nothing-here.pdf"_s) : writeFile(name, data);
    const Wac::MediaFile file = Wac::MediaFile::load(path);
    QVERIFY(!file.ok());
    QVERIFY2(file.problem.contains(why), qPrintable(file.problem));
    const Wac::SendResult result = run(m_client->uploadMedia(file));
    QCOMPARE(result.outcome, Outcome::NotSent);
    QCOMPARE(result.error.message, file.problem);
    QCOMPARE(uploadsSeen(), 0);
}

void TestUpload::cancelMidUpload()
{
    const QByteArray pdf = "%PDF-1.4\n" + QByteArray(60 * 1024 * 1024, ' ');
    const Wac::MediaFile file = Wac::MediaFile::load(writeFile(u"manual.pdf"_s, pdf));
    QVERIFY2(file.ok(), qPrintable(file.problem));
    Wac::SendJob *job = m_client->uploadMedia(file);
    connect(job, &Wac::SendJob::uploadProgress, job, [job](qint64 sent, qint64 total) {
        if (sent > 0 && sent < total)
            job->cancel();
    });
    const Wac::SendResult result = run(job);
    QCOMPARE(result.outcome, Outcome::Cancelled);
    QTest::qWait(200);
    QCOMPARE(uploadsSeen(), 0); // the server never got a whole request
}

void TestUpload::cliUpload()
{
    const QString path = writeFile(u"note.txt"_s, "Opening hours: 9-17");
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"WACONSOLE_TOKEN"_s, u"sandbox-token"_s);
    env.insert(u"LANG"_s, u"C"_s);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(WACONSOLE_CLI),
        {u"upload"_s, u"--base-url"_s, m_server->baseUrl().toString(), u"--phone-number-id"_s,
            u"106540352242922"_s, path});
    QSignalSpy finished(&cli, &QProcess::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(cli.readAllStandardOutput().contains("\"id\""));
    QVERIFY(cli.readAllStandardError().contains("Uploaded: media ID"));

    cli.start(QStringLiteral(WACONSOLE_CLI),
        {u"upload"_s, u"--base-url"_s, m_server->baseUrl().toString(), u"--phone-number-id"_s,
            u"106540352242922"_s, u"--type"_s, u"application/zip"_s, path});
    QVERIFY(finished.wait(20000));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY(cli.readAllStandardError().contains("does not take"));
}

QTEST_GUILESS_MAIN(TestUpload)
#include "tst_upload.moc"

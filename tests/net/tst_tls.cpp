// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/cloudapiclient.h"
#include "sim/simulatorserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;

/// An https server whose certificate nobody vouches for: the client refuses it, says exactly
/// why, and sends nothing.
class TestTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void certificateErrorsAreShownNotIgnored();
};

void TestTls::certificateErrorsAreShownNotIgnored()
{
    QTemporaryDir dir;
    const QString key = dir.filePath(u"key.pem"_s);
    const QString cert = dir.filePath(u"cert.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s,
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key,
            u"-out"_s, cert, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=waconsole test"_s});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile certFile(cert);
    QFile keyFile(key);
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));

    Wac::Sim::SimulatorServer server(Wac::Sim::SimConfig::sandbox());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    server.useTls(tls);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));

    QNetworkAccessManager nam;
    Wac::ApiConfig config;
    config.baseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(server.baseUrl().port()));
    config.phoneNumberId = u"106540352242922"_s;
    config.timeoutMs = 5000;
    Wac::CloudApiClient client(&nam, config);
    client.setToken("sandbox-token");
    Wac::SendJob *job = client.sendMessage(Wac::Test::loadValidPayload(u"seed-text"_s));
    QSignalSpy finished(job, &Wac::SendJob::finished);
    QVERIFY(finished.wait(10000));
    const auto result = finished.takeFirst().at(0).value<Wac::SendResult>();
    QCOMPARE(result.outcome, Wac::SendResult::Outcome::NotSent);
    QCOMPARE(result.error.category, Wac::ApiError::Category::NotSent);
    QVERIFY2(result.error.message.contains(u"certificate"_s), qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(u"self"_s, Qt::CaseInsensitive)
            || result.error.message.contains(u"untrusted"_s, Qt::CaseInsensitive)
            || result.error.message.contains(u"issuer"_s, Qt::CaseInsensitive),
        qPrintable(result.error.message));
    QCOMPARE(server.requestLog().entries().size(), 0); // nothing got through
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"

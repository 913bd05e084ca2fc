// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/payloadimport.h"
#include "net/curlcommand.h"

#include <QProcess>
#include <QTest>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;

class TestCurlCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskedUnlessRevealed();
    void readsBackToTheSamePayload_data();
    void readsBackToTheSamePayload();
    void theShellPassesTheBodyThrough();
};

void TestCurlCommand::maskedUnlessRevealed()
{
    Wac::ApiConfig config;
    config.phoneNumberId = u"106540352242922"_s;
    const QJsonObject body = Wac::Test::loadValidPayload(u"seed-text"_s);
    const QString masked = Wac::CurlCommand::build(config, body);
    QVERIFY(masked.startsWith(
        u"curl -X POST 'https://graph.facebook.com/v25.0/106540352242922/messages'"_s));
    QVERIFY(masked.contains(u"\"Authorization: Bearer $WACONSOLE_TOKEN\""_s));
    const QString shown = Wac::CurlCommand::build(config, body, QByteArray("EAAsecret"));
    QVERIFY(shown.contains(u"'Authorization: Bearer EAAsecret'"_s));
    QVERIFY(!masked.contains(u"EAAsecret"_s));
    config.phoneNumberId.clear();
    QVERIFY(Wac::CurlCommand::build(config, body).contains(u"/{PHONE_NUMBER_ID}/messages"_s));
}

void TestCurlCommand::readsBackToTheSamePayload_data()
{
    QTest::addColumn<QJsonObject>("payload");
    for (const QString &name : Wac::Test::validPayloadNames())
        QTest::newRow(qPrintable(name)) << Wac::Test::loadValidPayload(name);
}

// What the cURL tab copies is what Edit → Paste reads: quotes and all.
void TestCurlCommand::readsBackToTheSamePayload()
{
    QFETCH(QJsonObject, payload);
    Wac::ApiConfig config;
    config.phoneNumberId = u"1"_s;
    const Wac::PayloadImport back =
        Wac::PayloadImport::fromText(Wac::CurlCommand::build(config, payload));
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.body, payload);
    QCOMPARE(back.url, u"https://graph.facebook.com/v25.0/1/messages"_s);
}

// A real shell reads the command the same way: sh prints the -d argument untouched.
void TestCurlCommand::theShellPassesTheBodyThrough()
{
    QJsonObject payload = Wac::Test::loadValidPayload(u"seed-text"_s);
    payload.insert(u"text"_s, QJsonObject {{u"body"_s, u"It's $HOME and `date` \\ \"quoted\""_s}});
    QString command = Wac::CurlCommand::build({}, payload);
    command.replace(0, 4, u"printf '%s\\n'"_s); // curl → printf: prints each argument
    QProcess sh;
    sh.start(u"sh"_s, {u"-c"_s, command});
    QVERIFY(sh.waitForFinished(10000));
    const QString printed = QString::fromUtf8(sh.readAllStandardOutput());
    QVERIFY2(printed.contains(u"\"body\": \"It's $HOME and `date` \\\\ \\\"quoted\\\"\""_s),
        qPrintable(printed));
}

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"

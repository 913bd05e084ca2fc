// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// waconsole-sim as a process: --template-review-seconds sets the review of created templates.
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "simclient.h"
#include "webhookreceiver.h"

using namespace Qt::StringLiterals;

class TestSimTemplateProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reviewDelayFromTheCommandLine();
};

void TestSimTemplateProcess::reviewDelayFromTheCommandLine()
{
    Wac::Test::WebhookReceiver receiver;
    QProcess process;
    process.start(QStringLiteral(WACONSOLE_SIM),
        {u"--template-review-seconds"_s, u"0"_s, u"--webhook"_s, receiver.url().toString()});
    QVERIFY(process.waitForStarted(5000));
    QSignalSpy ready(&process, &QProcess::readyReadStandardOutput);
    while (!process.canReadLine() && ready.wait(5000)) { }
    const auto match = QRegularExpression(u"listening on (http://\\S+)"_s)
                           .match(QString::fromUtf8(process.readLine()));
    QVERIFY(match.hasMatch());
    const QUrl url(match.captured(1));

    Wac::Test::SimClient control(url, QByteArray());
    QCOMPARE(
        control.get(u"/_sim/options"_s).json().value(u"template_review_seconds"), QJsonValue(0));
    Wac::Test::SimClient client(url);
    const QJsonObject definition {{u"name"_s, u"from_the_command_line"_s},
        {u"language"_s, u"en_US"_s}, {u"category"_s, u"UTILITY"_s},
        {u"components"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"BODY"_s},
                {u"text"_s, u"Your appointment is confirmed for tomorrow morning."_s}}}}};
    QCOMPARE(
        client.postJson(u"/v25.0/102290129340398/message_templates"_s, definition).status, 200);
    QTRY_COMPARE(receiver.valuesWith(u"event"_s).size(), 1);
    QCOMPARE(receiver.valuesWith(u"event"_s).first().value(u"event").toString(), u"APPROVED"_s);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TestSimTemplateProcess)
#include "tst_simtemplateprocess.moc"

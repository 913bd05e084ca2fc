// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Every payload of the corpus, valid or broken, loads into its page and comes back unchanged
// through the widgets, unknown fields and JSON types included; `waconsole --dump` agrees.
#include "widgets/mainwindow.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;

class TestFormRoundTrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validPayloads_data();
    void validPayloads();
    void brokenPayloadsAreKeptAsTheyAre_data();
    void brokenPayloadsAreKeptAsTheyAre();
    void dumpFromTheCommandLineAgrees();

private:
    Wac::MainWindow m_window; ///< one window for all: pages are reused, as in a session
};

void TestFormRoundTrip::validPayloads_data()
{
    QTest::addColumn<QJsonObject>("payload");
    for (const QString &name : Wac::Test::validPayloadNames())
        QTest::newRow(qPrintable(name)) << Wac::Test::loadValidPayload(name);
}

void TestFormRoundTrip::validPayloads()
{
    QFETCH(QJsonObject, payload);
    m_window.setMessage(Wac::OutgoingMessage::fromJson(payload));
    QCOMPARE(m_window.message().toJson(), payload);
}

void TestFormRoundTrip::brokenPayloadsAreKeptAsTheyAre_data()
{
    QTest::addColumn<QJsonObject>("payload");
    for (const Wac::Test::PayloadCase &c : Wac::Test::loadCases()) {
        if (c.payload.isObject())
            QTest::newRow(qPrintable(c.name)) << c.payload.toObject();
    }
}

void TestFormRoundTrip::brokenPayloadsAreKeptAsTheyAre()
{
    QFETCH(QJsonObject, payload);
    m_window.setMessage(Wac::OutgoingMessage::fromJson(payload));
    QCOMPARE(m_window.message().toJson(), payload);
}

void TestFormRoundTrip::dumpFromTheCommandLineAgrees()
{
    QTemporaryDir dir;
    const QStringList names = Wac::Test::validPayloadNames();
    for (const QString &name : names) {
        const QString in = Wac::Test::payloadDir() + u"/valid/"_s + name + u".json"_s;
        const QString out = dir.filePath(name + u".json"_s);
        QProcess app;
        app.start(QStringLiteral(WACONSOLE_APP), {u"--open"_s, in, u"--dump"_s, out});
        QVERIFY(app.waitForFinished(20000));
        QVERIFY2(app.exitCode() == 0,
            qPrintable(name + u": "_s + QString::fromUtf8(app.readAllStandardError())));
        QFile dumped(out);
        QVERIFY(dumped.open(QIODevice::ReadOnly));
        QCOMPARE(
            QJsonDocument::fromJson(dumped.readAll()).object(), Wac::Test::loadValidPayload(name));
    }
    // A file that is not a payload: a non-zero exit and the reason.
    QProcess app;
    app.start(QStringLiteral(WACONSOLE_APP),
        {u"--open"_s, u"/nonexistent.json"_s, u"--dump"_s, dir.filePath(u"x.json"_s)});
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY(app.readAllStandardError().contains("/nonexistent.json"));
    QVERIFY(!QFile::exists(dir.filePath(u"x.json"_s)));
}

QTEST_MAIN(TestFormRoundTrip)
#include "tst_formroundtrip.moc"

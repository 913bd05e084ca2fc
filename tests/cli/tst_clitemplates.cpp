// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"
#include "storage/profilestore.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void listsEveryTemplateAsJson();
    void listsATable();
    void renderUsesADefinitionFromTheList();
    void wrongTokenSaysWhy();
    void needsAWabaId();
    void aProfileWithoutWabaIdIsRefusedAtOnce();

private:
    Run cli(const QStringList &args, const QByteArray &token = "sandbox-token");

    QTemporaryDir m_dir;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
};

void TestCliTemplates::init()
{
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

Run TestCliTemplates::cli(const QStringList &args, const QByteArray &token)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"WACONSOLE_TOKEN"_s, QString::fromLatin1(token));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WACONSOLE_CLI), args);
    QSignalSpy finished(&process, &QProcess::finished);
    if (process.state() != QProcess::NotRunning && !finished.wait(20000))
        qFatal("waconsole-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCliTemplates::listsEveryTemplateAsJson()
{
    const Run run = cli({u"templates"_s, u"--base-url"_s, m_server->baseUrl().toString(),
        u"--waba-id"_s, u"102290129340398"_s, u"--format"_s, u"json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray data = QJsonDocument::fromJson(run.out).object().value(u"data").toArray();
    QCOMPARE(data.size(), 25);
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonObject expected = m_server->templates().templates().at(i);
        QCOMPARE(data.at(i).toObject().value(u"name"), expected.value(u"name"));
        QCOMPARE(data.at(i).toObject().value(u"components"), expected.value(u"components"));
    }
    QVERIFY(run.err.contains("page 1: 25 templates"));
    // The token is never printed.
    QVERIFY(!run.out.contains("sandbox-token") && !run.err.contains("sandbox-token"));
}

void TestCliTemplates::listsATable()
{
    const Run run = cli({u"templates"_s, u"--base-url"_s, m_server->baseUrl().toString(),
        u"--waba-id"_s, u"102290129340398"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 26);
    QVERIFY(lines.first().startsWith("name"));
    QVERIFY(lines.at(13).contains("payment_reminder") && lines.at(13).contains("PAUSED"));
}

void TestCliTemplates::renderUsesADefinitionFromTheList()
{
    const Run list = cli({u"templates"_s, u"--base-url"_s, m_server->baseUrl().toString(),
        u"--waba-id"_s, u"102290129340398"_s, u"--format"_s, u"json"_s});
    QCOMPARE(list.exitCode, 0);
    QFile library(m_dir.filePath(u"library.json"_s));
    QVERIFY(library.open(QIODevice::WriteOnly));
    library.write(list.out);
    library.close();
    QFile message(m_dir.filePath(u"message.json"_s));
    QVERIFY(message.open(QIODevice::WriteOnly));
    message.write(R"({"messaging_product":"whatsapp","to":"+16505551234","type":"template",
        "template":{"name":"coupon_offer","language":{"code":"en_US"},"components":[
        {"type":"body","parameters":[{"type":"text","text":"25% off"},{"type":"text","text":"Friday"}]},
        {"type":"button","sub_type":"copy_code","index":0,"parameters":[{"type":"coupon_code","coupon_code":"SAVE25"}]},
        {"type":"button","sub_type":"url","index":1,"parameters":[{"type":"text","text":"autumn"}]}]}})");
    message.close();
    const QString withDefinition = m_dir.filePath(u"with.png"_s);
    const QString without = m_dir.filePath(u"without.png"_s);
    Run run = cli({u"render"_s, message.fileName(), u"-o"_s, withDefinition, u"--template-def"_s,
        library.fileName(), u"--time"_s, u"09:41"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({u"render"_s, message.fileName(), u"-o"_s, without, u"--time"_s, u"09:41"_s});
    QCOMPARE(run.exitCode, 0);
    // Drawn from the definition, the message is the template's text, not the list of values.
    QVERIFY(!QImage(withDefinition).isNull());
    QVERIFY(QImage(withDefinition) != QImage(without));
}

void TestCliTemplates::wrongTokenSaysWhy()
{
    const Run run = cli({u"templates"_s, u"--base-url"_s, m_server->baseUrl().toString(),
                            u"--waba-id"_s, u"102290129340398"_s},
        "not-a-token");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("190") || run.err.contains("token"), run.err.constData());
}

void TestCliTemplates::needsAWabaId()
{
    const Run run = cli({u"templates"_s, u"--base-url"_s, m_server->baseUrl().toString()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--waba-id"));
}

// With WACONSOLE_TOKEN the token is there at once, and the fetch is refused at once: the
// answer still comes (this hung before), with the reason.
void TestCliTemplates::aProfileWithoutWabaIdIsRefusedAtOnce()
{
    Wac::ProfileStore store(m_dir.filePath(u"config/waconsole/waconsole.conf"_s));
    Wac::Profile profile;
    profile.name = u"NoWaba"_s;
    profile.baseUrl = m_server->baseUrl();
    profile.phoneNumberId = u"106540352242922"_s;
    QString error;
    QVERIFY2(store.save(profile, {}, &error), qPrintable(error));
    const Run run = cli({u"templates"_s, u"--profile"_s, u"NoWaba"_s});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("Business Account ID"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliTemplates)
#include "tst_clitemplates.moc"

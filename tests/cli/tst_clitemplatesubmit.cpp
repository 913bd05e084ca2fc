// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"
#include "storage/profilestore.h"

#include <QFile>
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

QJsonObject creation(const QString &name)
{
    return QJsonObject {{u"name"_s, name}, {u"language"_s, u"en_US"_s},
        {u"category"_s, u"UTILITY"_s},
        {u"components"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"BODY"_s},
                {u"text"_s, u"Your order {{1}} has shipped."_s},
                {u"example"_s,
                    QJsonObject {
                        {u"body_text"_s, QJsonArray {QJsonValue(QJsonArray {u"A-1042"_s})}}}}}}}};
}

} // namespace

/// template-submit and template-delete, as a user runs them, against the simulator.
class TestCliTemplateSubmit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void submitIsPendingThenApproved();
    void creationErrorsSendNothing();
    void aDuplicateIsRefusedAtItsName();
    void deleteDropsItFromTheCache();
    void needsAProfile();

private:
    Run cli(const QStringList &args);
    QString write(const QJsonObject &definition);
    QJsonObject cached(const QString &name);
    qsizetype creationsSeen() const;

    std::unique_ptr<QTemporaryDir> m_tmp; ///< one per test: its own profiles and cache

    QString path(const QString &name) const { return m_tmp->filePath(name); }

    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
};

void TestCliTemplateSubmit::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    config.templateReviewSeconds = 0;
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    Wac::ProfileStore store(path(u"config/waconsole/waconsole.conf"_s));
    Wac::Profile profile;
    profile.name = u"Sim"_s;
    profile.baseUrl = m_server->baseUrl();
    profile.phoneNumberId = u"106540352242922"_s;
    profile.wabaId = u"102290129340398"_s;
    QVERIFY2(store.save(profile, {}, &error), qPrintable(error));
    // The library as the window would have it: read once, then kept in step by submissions.
    const Run list = cli({u"templates"_s, u"--profile"_s, u"Sim"_s});
    QVERIFY2(list.exitCode == 0, list.err.constData());
}

Run TestCliTemplateSubmit::cli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C"_s);
    env.insert(u"WACONSOLE_TOKEN"_s, u"sandbox-token"_s);
    env.insert(u"XDG_DATA_HOME"_s, path(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, path(u"config"_s));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WACONSOLE_CLI), args);
    QSignalSpy finished(&process, &QProcess::finished);
    if (process.state() != QProcess::NotRunning && !finished.wait(20000))
        qFatal("waconsole-cli did not finish");
    const Run run {
        process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    if (run.out.contains("sandbox-token") || run.err.contains("sandbox-token"))
        qFatal("the token was printed");
    return run;
}

QString TestCliTemplateSubmit::write(const QJsonObject &definition)
{
    const QString name = path(definition.value(u"name").toString() + u".json"_s);
    QFile file(name);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write the definition");
    file.write(QJsonDocument(definition).toJson());
    return name;
}

QJsonObject TestCliTemplateSubmit::cached(const QString &name)
{
    const Run run =
        cli({u"templates"_s, u"--profile"_s, u"Sim"_s, u"--cached"_s, u"--format"_s, u"json"_s});
    if (run.exitCode != 0)
        qFatal("templates --cached failed: %s", run.err.constData());
    for (const QJsonValue &t : QJsonDocument::fromJson(run.out).object()[u"data"].toArray()) {
        if (t[u"name"].toString() == name)
            return t.toObject();
    }
    return {};
}

qsizetype TestCliTemplateSubmit::creationsSeen() const
{
    qsizetype count = 0;
    for (const Wac::Sim::RequestLog::Entry &e : m_server->requestLog().entries())
        count += e.method == u"POST"_s && e.target.contains(u"message_templates"_s);
    return count;
}

void TestCliTemplateSubmit::submitIsPendingThenApproved()
{
    const Run run =
        cli({u"template-submit"_s, u"--profile"_s, u"Sim"_s, write(creation(u"order_shipped"_s))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> words = run.out.trimmed().split(' ');
    QCOMPARE(words.size(), 2);
    QCOMPARE(words.at(1), "PENDING");
    const QJsonObject held = cached(u"order_shipped"_s);
    QCOMPARE(held.value(u"status").toString(), u"PENDING"_s);
    QCOMPARE(held.value(u"id").toString(), QString::fromLatin1(words.at(0)));
    // The simulator reviews at once here; a refresh reads its verdict.
    const Run refresh = cli({u"templates"_s, u"--profile"_s, u"Sim"_s});
    QVERIFY2(refresh.exitCode == 0, refresh.err.constData());
    QCOMPARE(cached(u"order_shipped"_s).value(u"status").toString(), u"APPROVED"_s);
}

void TestCliTemplateSubmit::creationErrorsSendNothing()
{
    QJsonObject definition = creation(u"Bad Name!"_s);
    const qsizetype before = creationsSeen();
    const Run run = cli({u"template-submit"_s, u"--profile"_s, u"Sim"_s, write(definition)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("/name: error: "), run.out.constData());
    QVERIFY(run.err.contains("Not sent"));
    QCOMPARE(creationsSeen(), before);
}

void TestCliTemplateSubmit::aDuplicateIsRefusedAtItsName()
{
    const QString file = write(creation(u"twice"_s));
    QCOMPARE(cli({u"template-submit"_s, u"--profile"_s, u"Sim"_s, file}).exitCode, 0);
    const Run run = cli({u"template-submit"_s, u"--profile"_s, u"Sim"_s, file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith("/name: error: "), run.out.constData());
    QVERIFY2(run.out.contains("[graph.100.2388024]"), run.out.constData());
}

void TestCliTemplateSubmit::deleteDropsItFromTheCache()
{
    QCOMPARE(
        cli({u"template-submit"_s, u"--profile"_s, u"Sim"_s, write(creation(u"short_lived"_s))})
            .exitCode,
        0);
    QVERIFY(!cached(u"short_lived"_s).isEmpty());
    const Run run = cli({u"template-delete"_s, u"--profile"_s, u"Sim"_s, u"short_lived"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(cached(u"short_lived"_s).isEmpty());
    QCOMPARE(m_server->requestLog().entries().constLast().method, u"DELETE"_s);
    // Deleting it again is Graph's refusal (code 100), not a success.
    QCOMPARE(cli({u"template-delete"_s, u"--profile"_s, u"Sim"_s, u"short_lived"_s}).exitCode, 1);
}

void TestCliTemplateSubmit::needsAProfile()
{
    const Run run = cli({u"template-submit"_s, write(creation(u"no_profile"_s))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--profile"));
}

QTEST_GUILESS_MAIN(TestCliTemplateSubmit)
#include "tst_clitemplatesubmit.moc"

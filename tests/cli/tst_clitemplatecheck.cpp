// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The real waconsole-cli template-check on files and standard input: validate's line format
// and exit codes, for a template definition instead of a send.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C"_s);
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WACONSOLE_CLI), args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000))
        qFatal("waconsole-cli did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

/// A marketing template whose body opens with a variable and whose button label is too long.
QByteArray badDefinition()
{
    return R"({"name":"spring_sale","language":"en_US","category":"MARKETING",
        "components":[{"type":"BODY","text":"{{1}}, our spring sale starts today in every store.",
                       "example":{"body_text":[["Pablo"]]}},
                      {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY",
                       "text":"Tell me more about the spring sale"}]}]})";
}

QByteArray metaCouponExample()
{
    QFile file(QStringLiteral(WACONSOLE_META_EXAMPLES));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the Meta examples");
    for (const QJsonValue &e : QJsonDocument::fromJson(file.readAll())[u"examples"].toArray()) {
        if (e[u"definition"][u"name"].toString() == u"winter_sale_coupon"_s)
            return QJsonDocument(e[u"definition"].toObject()).toJson();
    }
    qFatal("no coupon example");
}

} // namespace

class TestCliTemplateCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init() { QVERIFY(m_dir.isValid()); }

    void metasExampleExitsZero();
    void errorsAtTheirPointersExitOne();
    void readsStandardInput();
    void warningsAloneExitZero();
    void notAnObjectIsAFinding();
    void unreadableInputExitsTwo();
    void helpNamesTheCommand();

private:
    QString write(const QString &name, const QByteArray &json)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;
};

void TestCliTemplateCheck::metasExampleExitsZero()
{
    const Run run = runCli({u"template-check"_s, write(u"good.json"_s, metaCouponExample())});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QString());
}

void TestCliTemplateCheck::errorsAtTheirPointersExitOne()
{
    const Run run = runCli({u"template-check"_s, write(u"bad.json"_s, badDefinition())});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"/components/0/text: error: "_s), qPrintable(run.out));
    QVERIFY(lines.at(0).endsWith(u" [components.text.variableAtStart]"_s));
    QVERIFY2(
        lines.at(1).startsWith(u"/components/1/buttons/0/text: error: "_s), qPrintable(run.out));
    QVERIFY(lines.at(1).contains(u"25"_s)); // the limit is in the message
    QVERIFY(lines.at(1).endsWith(u" [components.buttons.text.tooLong]"_s));
    QCOMPARE(run.err, QString());
}

void TestCliTemplateCheck::readsStandardInput()
{
    const Run run = runCli({u"template-check"_s, u"-"_s}, badDefinition());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"[components.text.variableAtStart]"_s), qPrintable(run.out));
}

void TestCliTemplateCheck::warningsAloneExitZero()
{
    const QByteArray json = R"({"name":"big_news","language":"en","category":"UTILITY",
        "components":[{"type":"HEADER","format":"TEXT","text":"*Big* news"},
                      {"type":"BODY","text":"Your account settings were updated today."}]})";
    const Run run = runCli({u"template-check"_s, write(u"warn.json"_s, json)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed().split(u'\n').size(), 1);
    QVERIFY2(run.out.startsWith(u"/components/0/text: warning: "_s), qPrintable(run.out));
    QVERIFY(run.out.trimmed().endsWith(u"[components.text.formatting]"_s));
}

void TestCliTemplateCheck::notAnObjectIsAFinding()
{
    const Run run = runCli({u"template-check"_s, write(u"array.json"_s, "[1, 2]")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(u": error: "_s), qPrintable(run.out));
    QVERIFY(run.out.trimmed().endsWith(u"[notObject]"_s));
}

void TestCliTemplateCheck::unreadableInputExitsTwo()
{
    const Run missing = runCli({u"template-check"_s, m_dir.filePath(u"absent.json"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"cannot read"_s));
    const Run broken = runCli({u"template-check"_s, write(u"broken.json"_s, "{\"name\":")});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.err.contains(u"is not valid JSON"_s), qPrintable(broken.err));
    QCOMPARE(broken.out, QString());
}

void TestCliTemplateCheck::helpNamesTheCommand()
{
    const Run run = runCli({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"template-check FILE|-"_s));
}

QTEST_GUILESS_MAIN(TestCliTemplateCheck)
#include "tst_clitemplatecheck.moc"

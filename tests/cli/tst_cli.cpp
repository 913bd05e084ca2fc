// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args, const QByteArray &input = {}, const QString &lang = u"C"_s)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, lang);
    env.insert(u"LC_ALL"_s, lang);
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

QString validFile(const QString &name)
{
    return Wac::Test::payloadDir() + u"/valid/"_s + name + u".json"_s;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validPayloadExitsZero();
    void warningsAloneExitZero();
    void errorsPrintOneLineEachAndExitOne();
    void readsStandardInput();
    void unreadableInputExitsTwo_data();
    void unreadableInputExitsTwo();
    void scalarIsJsonButNotAMessage();
    void roundtripPrintsThePayloadBack();
    void helpVersionAndUsage();
    void messagesAreTranslated();
};

void TestCli::validPayloadExitsZero()
{
    const Run run = runCli({u"validate"_s, validFile(u"seed-list"_s)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, QString());
}

void TestCli::warningsAloneExitZero()
{
    const Run run = runCli({u"validate"_s, validFile(u"ref-unknown-fields"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"/x_vendor_field: warning: "_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"[x_vendor_field.unknown]"_s));
}

void TestCli::errorsPrintOneLineEachAndExitOne()
{
    QJsonObject body = Wac::Test::loadValidPayload(u"seed-text"_s);
    body.insert(u"to"_s, u"+1650555ABCD"_s);
    body.insert(u"text"_s, QJsonObject {{u"body"_s, QString(4097, u'x')}});
    QTemporaryDir dir;
    QFile file(dir.filePath(u"bad.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(body).toJson());
    file.close();

    const Run run = runCli({u"validate"_s, file.fileName()});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    static const QRegularExpression format(uR"(^(/\S*): (error|warning): (.+) \[([\w.]+)\]$)"_s);
    for (const QString &line : lines)
        QVERIFY2(format.match(line).hasMatch(), qPrintable(line));
    QVERIFY(run.out.contains(u"/to: error: "_s));
    QVERIFY(run.out.contains(u"[to.invalid]"_s));
    QVERIFY(run.out.contains(u"/text/body: error: "_s));
    QVERIFY(run.out.contains(u"4097"_s));
    QVERIFY(run.out.contains(u"[text.body.tooLong]"_s));
}

void TestCli::readsStandardInput()
{
    const Run ok = runCli({u"validate"_s, u"-"_s},
        R"({"messaging_product":"whatsapp","to":"+16505551234","type":"text",)"
        R"("text":{"body":"hi"}})");
    QCOMPARE(ok.exitCode, 0);
    const Run bad = runCli({u"validate"_s, u"-"_s}, R"({"messaging_product":"whatsapp"})");
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.out.contains(u"/to: error: "_s));
}

void TestCli::unreadableInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing file") << QStringList {u"validate"_s, u"/nonexistent/x.json"_s}
                                  << QByteArray() << u"cannot read"_s;
    QTest::newRow("not JSON") << QStringList {u"validate"_s, u"-"_s} << QByteArray("{\"a\": 1,}")
                              << u"line 1, column"_s;
    QTest::newRow("empty input") << QStringList {u"validate"_s, u"-"_s} << QByteArray()
                                 << u"not valid JSON"_s;
    QTest::newRow("roundtrip not JSON")
        << QStringList {u"roundtrip"_s, u"-"_s} << QByteArray("text") << u"not valid JSON"_s;
    QTest::newRow("roundtrip array")
        << QStringList {u"roundtrip"_s, u"-"_s} << QByteArray("[1]") << u"not a message object"_s;
    QTest::newRow("roundtrip scalar")
        << QStringList {u"roundtrip"_s, u"-"_s} << QByteArray("42") << u"not a message object"_s;
    // A wrong value is refused by the option's name, never quietly replaced.
    QTest::newRow("history --limit abc") << QStringList {u"history"_s, u"--limit"_s, u"abc"_s}
                                         << QByteArray() << u"--limit must be a whole number"_s;
    QTest::newRow("history --limit 0")
        << QStringList {u"history"_s, u"--limit"_s, u"0"_s} << QByteArray() << u"not \"0\""_s;
    QTest::newRow("history --limit past 64 bits") << QStringList {u"history"_s, u"--limit"_s,
        u"99999999999999999999"_s} << QByteArray() << u"from 1 to 100,000,000"_s;
    QTest::newRow("conversations --limit -5") << QStringList {u"conversations"_s, u"--limit"_s,
        u"-5"_s} << QByteArray() << u"not \"-5\""_s;
    QTest::newRow("templates --waba-id with a path") << QStringList {u"templates"_s,
        u"--base-url"_s, u"http://127.0.0.1:9"_s, u"--waba-id"_s,
        u"1/../x"_s} << QByteArray() << u"\"1/../x\" is not a number"_s;
    const QString png = QDir::tempPath() + u"/waconsole-refused.png"_s;
    const QStringList render {u"render"_s, validFile(u"seed-text"_s), u"-o"_s, png};
    QTest::newRow("render --width abc") << render + QStringList {u"--width"_s, u"abc"_s}
                                        << QByteArray() << u"--width must be a whole number"_s;
    QTest::newRow("render --width 100000") << render + QStringList {u"--width"_s, u"100000"_s}
                                           << QByteArray() << u"from 240 to 1,200"_s;
    QTest::newRow("render --scale 0") << render + QStringList {u"--scale"_s, u"0"_s} << QByteArray()
                                      << u"--scale must be a number"_s;
    QTest::newRow("render --time 25:99")
        << render + QStringList {u"--time"_s, u"25:99"_s} << QByteArray() << u"00:00 to 23:59"_s;
    QTest::newRow("render --theme purple")
        << render + QStringList {u"--theme"_s, u"purple"_s} << QByteArray() << u"light, dark"_s;
    QTest::newRow("render --state sideways")
        << render + QStringList {u"--state"_s, u"sideways"_s} << QByteArray() << u"closed, open"_s;
}

void TestCli::unreadableInputExitsTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, reason);
    const Run run = runCli(args, input);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
}

// A JSON scalar is readable JSON, just not a message: an error at the root, exit 1.
void TestCli::scalarIsJsonButNotAMessage()
{
    const Run run = runCli({u"validate"_s, u"-"_s}, "42");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(u": error: "_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"[notObject]"_s));
}

void TestCli::roundtripPrintsThePayloadBack()
{
    for (const QString &name : Wac::Test::validPayloadNames()) {
        const Run run = runCli({u"roundtrip"_s, validFile(name)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(run.out.toUtf8()).object(), Wac::Test::loadValidPayload(name));
    }
}

void TestCli::helpVersionAndUsage()
{
    const Run help = runCli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"validate FILE|-"_s));
    QVERIFY(help.out.contains(u"roundtrip FILE|-"_s));
    const Run version = runCli({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(u"waconsole-cli "_s));
    QCOMPARE(runCli({}).exitCode, 2);
    QCOMPARE(runCli({u"send"_s, u"-"_s}).exitCode, 2);
    QCOMPARE(runCli({u"validate"_s}).exitCode, 2);
}

void TestCli::messagesAreTranslated()
{
    const QByteArray body = R"({"messaging_product":"whatsapp","to":"+16505551234"})";
    const Run ru = runCli({u"validate"_s, u"-"_s}, body, u"ru_RU.UTF-8"_s);
    QCOMPARE(ru.exitCode, 1);
    QVERIFY2(ru.out.contains(u"/text: error: "_s), qPrintable(ru.out));
    QVERIFY2(ru.out.contains(u"обязател"_s), qPrintable(ru.out)); // "required" in Russian
    const Run pt = runCli({u"validate"_s, u"-"_s}, body, u"pt_BR.UTF-8"_s);
    QVERIFY2(pt.out.contains(u"obrigatório"_s), qPrintable(pt.out));
    QVERIFY(pt.out.contains(u"[text.required]"_s)); // codes never change
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsoninput.h"
#include "core/jsonpointer.h"
#include "core/payloadimport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPayloadImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void curlCommandsAsTheDocsPrintThem_data();
    void curlCommandsAsTheDocsPrintThem();
    void refusalsSayWhy_data();
    void refusalsSayWhy();
    void plainJson();
    void shellWordsFollowThePosixShell();
    void assignCreatesObjectsOnTheWay();
    void indentedJsonHalvesOnlyTheIndentation();
};

void TestPayloadImport::curlCommandsAsTheDocsPrintThem_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("url");

    QTest::newRow("reference page, multi-line, -d '...'")
        << uR"(curl 'https://graph.facebook.com/v23.0/106540352242922/messages' \
-H 'Content-Type: application/json' \
-H 'Authorization: Bearer EAAJB...' \
-d '
{
  "messaging_product": "whatsapp",
  "to": "+16505551234",
  "type": "text",
  "text": { "body": "Hello, it'\''s me" }
}')"_s << u"https://graph.facebook.com/v23.0/106540352242922/messages"_s;
    QTest::newRow("postman: --location --request --data-raw")
        << uR"(curl --location --request POST 'https://graph.facebook.com/v23.0/1/messages' \
--header 'Content-Type: application/json' \
--data-raw '{"messaging_product":"whatsapp","to":"+16505551234","type":"text","text":{"body":"Hello, it'"'"'s me"}}')"_s
        << u"https://graph.facebook.com/v23.0/1/messages"_s;
    QTest::newRow("double quotes with escapes, --data=")
        << uR"(curl -X POST "https://graph.facebook.com/v23.0/1/messages" --data="{\"messaging_product\":\"whatsapp\",\"to\":\"+16505551234\",\"type\":\"text\",\"text\":{\"body\":\"Hello, it's me\"}}")"_s
        << u"https://graph.facebook.com/v23.0/1/messages"_s;
    QTest::newRow("--json and --url")
        << uR"(curl --url https://example.com/v1/messages --json '{"messaging_product":"whatsapp","to":"+16505551234","type":"text","text":{"body":"Hello, it'\''s me"}}')"_s
        << u"https://example.com/v1/messages"_s;
    QTest::newRow("attached -d, shell prompt, $'...'")
        << uR"($ curl https://example.com -d$'{"messaging_product":"whatsapp","to":"+16505551234","type":"text","text":{"body":"Hello, it\'s me"}}')"_s
        << u"https://example.com"_s;
    QTest::newRow("windows cmd continuation")
        << u"curl https://example.com ^\r\n -H \"Content-Type: application/json\" ^\r\n -d "
           "\"{\\\"messaging_product\\\":\\\"whatsapp\\\",\\\"to\\\":\\\"+16505551234\\\","
           "\\\"type\\\":\\\"text\\\",\\\"text\\\":{\\\"body\\\":\\\"Hello, it's me\\\"}}\""_s
        << u"https://example.com"_s;
}

void TestPayloadImport::curlCommandsAsTheDocsPrintThem()
{
    QFETCH(QString, command);
    QFETCH(QString, url);
    const Wac::PayloadImport imported = Wac::PayloadImport::fromText(command);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.source, Wac::PayloadImport::Source::Curl);
    QCOMPARE(imported.url, url);
    QCOMPARE(
        imported.body.value(u"text").toObject().value(u"body").toString(), u"Hello, it's me"_s);
    QCOMPARE(imported.body.value(u"to").toString(), u"+16505551234"_s);
}

void TestPayloadImport::refusalsSayWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << u"  \n"_s << u"empty"_s;
    QTest::newRow("no body") << u"curl -X POST https://example.com"_s << u"no body"_s;
    QTest::newRow("two bodies") << u"curl https://e.com -d '{}' -d '{}'"_s << u"2 body options"_s;
    QTest::newRow("body from a file")
        << u"curl https://e.com -d @payload.json"_s << u"payload.json"_s;
    QTest::newRow("unclosed quote") << u"curl https://e.com \\\n -d '{\"a\":1}"_s << u"line 2"_s;
    QTest::newRow("body not JSON")
        << u"curl https://e.com -d '{\"a\": }'"_s << u"not valid JSON: line 1, column"_s;
    QTest::newRow("array") << u"[1, 2]"_s << u"JSON object"_s;
    QTest::newRow("broken JSON") << u"{\n  \"to\": \"+1\",\n  oops\n}"_s << u"line 3"_s;
}

void TestPayloadImport::refusalsSayWhy()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const Wac::PayloadImport imported = Wac::PayloadImport::fromText(text);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error.contains(reason), qPrintable(imported.error));
    QVERIFY(imported.body.isEmpty());
}

void TestPayloadImport::plainJson()
{
    const Wac::PayloadImport imported =
        Wac::PayloadImport::fromText(u"  {\"type\": \"text\", \"text\": {\"body\": \"hi\"}}\n"_s);
    QVERIFY(imported.ok());
    QCOMPARE(imported.source, Wac::PayloadImport::Source::Json);
    QCOMPARE(imported.body.value(u"type").toString(), u"text"_s);
}

void TestPayloadImport::shellWordsFollowThePosixShell()
{
    QCOMPARE(Wac::shellWords(u"a 'b c' \"d \\\"e\\\" $f\" g\\ h '' \\\nend"_s),
        (QStringList {u"a"_s, u"b c"_s, u"d \"e\" $f"_s, u"g h"_s, QString(), u"end"_s}));
    QString error;
    QVERIFY(Wac::shellWords(u"a \"b"_s, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestPayloadImport::assignCreatesObjectsOnTheWay()
{
    QJsonValue root = QJsonObject {{u"list"_s, QJsonArray {QJsonObject {}}}};
    QVERIFY(Wac::JsonPointer::assign(root, u"/a/b~1c/d"_s, 1));
    QCOMPARE(Wac::JsonPointer::resolve(root, u"/a/b~1c/d"_s).toInt(), 1);
    QVERIFY(Wac::JsonPointer::assign(root, u"/list/0/x"_s, u"y"_s));
    QCOMPARE(Wac::JsonPointer::resolve(root, u"/list/0/x"_s).toString(), u"y"_s);
    const QJsonValue before = root;
    QVERIFY(!Wac::JsonPointer::assign(root, u"/list/3/x"_s, 1)); // no such element
    QVERIFY(!Wac::JsonPointer::assign(root, u"/a/b~1c/d/e"_s, 1)); // through a number
    QCOMPARE(root, before);
}

void TestPayloadImport::indentedJsonHalvesOnlyTheIndentation()
{
    const QJsonObject object {{u"a"_s, QJsonObject {{u"b"_s, u"x    y"_s}}}};
    QCOMPARE(
        Wac::indentedJson(object), QByteArray("{\n  \"a\": {\n    \"b\": \"x    y\"\n  }\n}\n"));
}

QTEST_APPLESS_MAIN(TestPayloadImport)
#include "tst_payloadimport.moc"

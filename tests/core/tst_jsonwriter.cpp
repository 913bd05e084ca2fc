// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsoninput.h"
#include "core/jsonlocate.h"
#include "core/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestJsonWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aTextReadsAsTheReferencePrintsIt();
    void anInteractiveMessageHasItsPartsInReadingOrder();
    void unknownKeysComeLastInAlphabeticalOrder();
    void theTextIsTheSameDocument();
    void aLoneSurrogateIsWrittenAsItsEscape();
    void aPointerFindsItsValueInAnyLayout();
    void aMissingFieldFindsWhereItWouldBe();
};

void TestJsonWriter::aTextReadsAsTheReferencePrintsIt()
{
    const QJsonObject body = parse(R"({"text":{"body":"Hi","preview_url":true},"type":"text",
        "to":"+16505551234","recipient_type":"individual","messaging_product":"whatsapp",
        "biz_opaque_callback_data":"t-1","context":{"message_id":"wamid.X"}})");
    QCOMPARE(Wac::indentedJson(body),
        QByteArray("{\n"
                   "  \"messaging_product\": \"whatsapp\",\n"
                   "  \"recipient_type\": \"individual\",\n"
                   "  \"to\": \"+16505551234\",\n"
                   "  \"context\": {\n"
                   "    \"message_id\": \"wamid.X\"\n"
                   "  },\n"
                   "  \"biz_opaque_callback_data\": \"t-1\",\n"
                   "  \"type\": \"text\",\n"
                   "  \"text\": {\n"
                   "    \"preview_url\": true,\n"
                   "    \"body\": \"Hi\"\n"
                   "  }\n"
                   "}\n"));
}

void TestJsonWriter::anInteractiveMessageHasItsPartsInReadingOrder()
{
    const QJsonObject interactive = parse(R"({"action":{"buttons":[{"reply":{"title":"Yes",
        "id":"y"},"type":"reply"}]},"footer":{"text":"f"},"body":{"text":"b"},
        "header":{"image":{"link":"https://example.com/a.png"},"type":"image"},"type":"button"})");
    using Wac::JsonWriter::orderedKeys;
    QCOMPARE(orderedKeys(interactive),
        QStringList({u"type"_s, u"header"_s, u"body"_s, u"footer"_s, u"action"_s}));
    QCOMPARE(
        orderedKeys(interactive.value(u"header").toObject()), QStringList({u"type"_s, u"image"_s}));
    const QJsonObject button =
        interactive.value(u"action").toObject().value(u"buttons").toArray().at(0).toObject();
    QCOMPARE(orderedKeys(button), QStringList({u"type"_s, u"reply"_s}));
    QCOMPARE(orderedKeys(button.value(u"reply").toObject()), QStringList({u"id"_s, u"title"_s}));
    const QJsonObject parameter =
        parse(R"({"text":"Pablo","parameter_name":"name","type":"text"})");
    QCOMPARE(orderedKeys(parameter), QStringList({u"type"_s, u"parameter_name"_s, u"text"_s}));
}

void TestJsonWriter::unknownKeysComeLastInAlphabeticalOrder()
{
    const QJsonObject body = parse(R"({"zeta":1,"to":"x","alpha":2,"messaging_product":"w"})");
    QCOMPARE(Wac::JsonWriter::orderedKeys(body),
        QStringList({u"messaging_product"_s, u"to"_s, u"alpha"_s, u"zeta"_s}));
}

void TestJsonWriter::theTextIsTheSameDocument()
{
    const QJsonObject tricky = parse(R"({"s":"quote\" back\\ nl\n tab\t ctl\u0001\u001f é 🌵 \/",
        "n":100990,"d":1.5,"big":12345678901234,"neg":-0.25,"tiny":1e-7,"t":true,"f":false,
        "z":null,"e":[],"o":{},"nested":[[1,{"type":"x","x":[]}],"two"]})");
    QVERIFY(!tricky.isEmpty());
    const QByteArray text = Wac::JsonWriter::indented(tricky);
    const QJsonObject back = QJsonDocument::fromJson(text).object();
    QCOMPARE(back, tricky);
    // Numbers and strings come out as Qt writes them: compact texts are equal byte for byte.
    QCOMPARE(QJsonDocument(back).toJson(QJsonDocument::Compact),
        QJsonDocument(tricky).toJson(QJsonDocument::Compact));
}

// Found by fuzz_payload: "\ud83c" (half an emoji, which JSON allows) in a key or a value came
// back as U+FFFD, since UTF-8 has no lone surrogate; the console silently changed the payload.
void TestJsonWriter::aLoneSurrogateIsWrittenAsItsEscape()
{
    const QJsonObject halves =
        parse(R"({"\ud83c": "high \ud83c, low \udf35, pair \ud83c\udf35, reversed \udf35\ud83c"})");
    QCOMPARE(halves.keys().value(0), QString(QChar(0xd83c)));
    const QByteArray text = Wac::JsonWriter::indented(halves);
    QCOMPARE(QJsonDocument::fromJson(text).object(), halves);
    QVERIFY(text.contains(R"("\ud83c": "high \ud83c, low \udf35, pair 🌵, reversed \udf35\ud83c")"));
}

void TestJsonWriter::aPointerFindsItsValueInAnyLayout()
{
    const QString text = uR"({ "a" : {"b~/c": [ 1, {"d": "x, y}"} , "wanted"]},
        "e": {"f": true}})"_s;
    const Wac::JsonSpan span = Wac::JsonSpan::locate(text, u"/a/b~0~1c/2"_s);
    QVERIFY(span.exact);
    QCOMPARE(text.mid(span.valueStart, span.valueLength), u"\"wanted\""_s);
    const Wac::JsonSpan f = Wac::JsonSpan::locate(text, u"/e/f"_s);
    QCOMPARE(text.mid(f.valueStart, f.valueLength), u"true"_s);
    QCOMPARE(text.mid(f.keyStart, f.keyLength), u"\"f\""_s);
    const Wac::JsonSpan inner = Wac::JsonSpan::locate(text, u"/a/b~0~1c/1/d"_s);
    QCOMPARE(text.mid(inner.valueStart, inner.valueLength), u"\"x, y}\""_s);
}

void TestJsonWriter::aMissingFieldFindsWhereItWouldBe()
{
    const QString text = uR"({"text": {"preview_url": true}, "type": "text"})"_s;
    const Wac::JsonSpan span = Wac::JsonSpan::locate(text, u"/text/body"_s);
    QVERIFY(!span.exact);
    QCOMPARE(text.mid(span.keyStart, span.keyLength), u"\"text\""_s);
}

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"

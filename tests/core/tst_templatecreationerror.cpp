// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/templates/templatecreationerror.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wac;

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

/// A refused creation as Graph writes it: code 100, a 2388xxx subcode, the user's words.
QJsonObject refusal(int subcode, const QString &title, const QString &message)
{
    return QJsonObject {{u"error"_s,
        QJsonObject {{u"message"_s, u"Invalid parameter"_s}, {u"type"_s, u"OAuthException"_s},
            {u"code"_s, 100}, {u"error_subcode"_s, subcode}, {u"is_transient"_s, false},
            {u"error_user_title"_s, title}, {u"error_user_msg"_s, message},
            {u"fbtrace_id"_s, u"AbCdEf123"_s}}}};
}

// HEADER at 0, BODY at 1, FOOTER at 2, BUTTONS at 3: the order the pointers must follow.
const QJsonObject definition =
    parse("{\n"
          "    \"name\": \"summer_sale\", \"language\": \"en_US\", \"category\": \"MARKETING\",\n"
          "    \"components\": [\n"
          "        {\"type\": \"HEADER\", \"format\": \"TEXT\", \"text\": \"Summer sale\"},\n"
          "        {\"type\": \"BODY\", \"text\": \"Hi {{1}}, {{2}} off\", \"example\": "
          "{\"body_text\": [[\"Ana\", \"20%\"]]}},\n"
          "        {\"type\": \"FOOTER\", \"text\": \"Reply STOP\"},\n"
          "        {\"type\": \"BUTTONS\", \"buttons\": [\n"
          "            {\"type\": \"QUICK_REPLY\", \"text\": \"Yes\"},\n"
          "            {\"type\": \"URL\", \"text\": \"Shop\", \"url\": "
          "\"https://example.com/{{1}}\"}]}\n"
          "    ]}");

} // namespace

class TestTemplateCreationError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointer_data();
    void pointer();
    void aDuplicateIsTheName();
    void theDiagnosticCarriesGraphsWords();
    void aMessageWithoutTitleStaysGraphs();
};

void TestTemplateCreationError::pointer_data()
{
    QTest::addColumn<QJsonObject>("error");
    QTest::addColumn<QString>("expected");

    QTest::newRow("param path, quoted keys") << refusal(2388043, u"Invalid button"_s,
        u"Param components[3]['buttons'][1]['text'] must be at most 25 characters."_s)
                                             << u"/components/3/buttons/1/text"_s;
    QTest::newRow("param path, double quotes and bare keys")
        << refusal(2388040, u"Field too long"_s,
               u"Param components[1][\"example\"][body_text] is invalid."_s)
        << u"/components/1/example/body_text"_s;
    // Graph's send style, in the message: the definition has no "text", so the path is cut back
    // to the member that would hold it.
    QTest::newRow("send style, cut back to the definition") << QJsonObject {{u"error"_s,
        QJsonObject {{u"code"_s, 100},
            {u"message"_s, u"(#100) Param text['body'] must be at most 4096 characters long."_s}}}}
                                                            << u"/text"_s;
    QTest::newRow("missing member stays where it would go")
        << refusal(2388072, u"Missing example"_s,
               u"Param components[0]['example'] is required for a header variable."_s)
        << u"/components/0/example"_s;
    QTest::newRow("index past the submitted components") << refusal(2388072, u"Invalid component"_s,
        u"Param components[9]['text'] is invalid."_s) << u"/components"_s;
    QTest::newRow("a named component") << refusal(2388047, u"Invalid body"_s,
        u"The body text contains variables at the start or end of the template."_s)
                                       << u"/components/1"_s;
    QTest::newRow("a button word is the BUTTONS component") << refusal(
        2388158, u"Button not allowed"_s, u"A URL button cannot be combined with this category."_s)
                                                            << u"/components/3"_s;
    QTest::newRow("a component the definition lacks") << refusal(2388299, u"Invalid format"_s,
        u"A CAROUSEL needs between 2 and 10 cards."_s) << u"/components"_s;
    QTest::newRow("the language") << refusal(
        2388001, u"Invalid language"_s, u"The language xx_XX is not supported."_s)
                                  << u"/language"_s;
    QTest::newRow("the category") << refusal(
        2388003, u"Category not allowed"_s, u"This category cannot be used here."_s)
                                  << u"/category"_s;
    QTest::newRow("the error object alone") << parse(
        "{\"code\": 100, \"error_subcode\": 2388043,\n"
        "                     \"error_user_msg\": \"Param components[2]['text'] is too long.\"}")
                                            << u"/components/2/text"_s;
    QTest::newRow("no field") << refusal(
        2388019, u"Something went wrong"_s, u"Please try again later."_s)
                              << QString();
}

void TestTemplateCreationError::pointer()
{
    QFETCH(QJsonObject, error);
    QFETCH(QString, expected);
    QCOMPARE(TemplateCreationError::pointer(error, definition), expected);
}

void TestTemplateCreationError::aDuplicateIsTheName()
{
    // Graph's words name neither field nor component; the subcode says it is the name.
    const QJsonObject error = refusal(2388024, u"Message template already exists"_s,
        u"There is already English (US) content for this template. Choose another."_s);
    QCOMPARE(TemplateCreationError::pointer(error, definition), u"/name"_s);
    const Diagnostic d = TemplateCreationError::diagnostic(error, definition);
    QCOMPARE(d.pointer, u"/name"_s);
    QCOMPARE(d.code, u"graph.100.2388024"_s);
}

void TestTemplateCreationError::theDiagnosticCarriesGraphsWords()
{
    const QJsonObject error = refusal(2388043, u"Invalid button"_s,
        u"Param components[3]['buttons'][0]['text'] must be at most 25 characters."_s);
    const Diagnostic d = TemplateCreationError::diagnostic(error, definition);
    QVERIFY(d.isError());
    QCOMPARE(d.pointer, u"/components/3/buttons/0/text"_s);
    QCOMPARE(d.code, u"graph.100.2388043"_s);
    QVERIFY2(d.message.contains(u"Invalid button"_s), qPrintable(d.message));
    QVERIFY2(d.message.contains(u"must be at most 25 characters"_s), qPrintable(d.message));
    // The trace id is for support, not for the field's tooltip.
    QVERIFY(!d.message.contains(u"AbCdEf123"_s));
}

void TestTemplateCreationError::aMessageWithoutTitleStaysGraphs()
{
    const QJsonObject error =
        parse("{\"error\": {\"code\": 100, \"message\": \"Invalid parameter\"}}");
    const Diagnostic d = TemplateCreationError::diagnostic(error, definition);
    QCOMPARE(d.pointer, QString());
    QCOMPARE(d.code, u"graph.100"_s);
    QCOMPARE(d.message, u"Invalid parameter"_s);
}

QTEST_GUILESS_MAIN(TestTemplateCreationError)
#include "tst_templatecreationerror.moc"

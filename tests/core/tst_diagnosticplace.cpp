// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/diagnosticplace.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wac;

class TestDiagnosticPlace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void place_data();
    void place();
};

void TestDiagnosticPlace::place_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");

    const QByteArray text = R"({"type":"text","text":{"body":""}})";
    QTest::newRow("top-level field") << text << u"/to"_s << QString();
    QTest::newRow("text body") << text << u"/text/body"_s << QString();
    QTest::newRow("whole document") << text << QString() << QString();

    const QByteArray list = R"({"type":"interactive","interactive":{"type":"list",
        "action":{"button":"Go","sections":[{"title":"A","rows":[{"id":"a","title":"A"}]},
        {"title":"B","rows":[{"title":"B"}]}]}}})";
    QTest::newRow("row id") << list << u"/interactive/action/sections/1/rows/0/id"_s
                            << u"Section 2, row 1"_s;
    QTest::newRow("row") << list << u"/interactive/action/sections/0/rows/0"_s
                         << u"Section 1, row 1"_s;
    QTest::newRow("section title")
        << list << u"/interactive/action/sections/1/title"_s << u"Section 2"_s;
    QTest::newRow("section rows") << list << u"/interactive/action/sections/0/rows"_s
                                  << u"Section 1"_s;
    QTest::newRow("all sections") << list << u"/interactive/action/sections"_s << QString();
    QTest::newRow("list button") << list << u"/interactive/action/button"_s << QString();
    QTest::newRow("product")
        << QByteArray(R"({"type":"interactive"})")
        << u"/interactive/action/sections/2/product_items/4/product_retailer_id"_s
        << u"Section 3, product 5"_s;
    QTest::newRow("interactive header") << list << u"/interactive/header/text"_s << u"Header"_s;
    QTest::newRow("interactive body") << list << u"/interactive/body/text"_s << u"Body"_s;
    QTest::newRow("interactive footer") << list << u"/interactive/footer/text"_s << u"Footer"_s;
    QTest::newRow("interactive type") << list << u"/interactive/type"_s << QString();

    const QByteArray buttons = R"({"type":"interactive","interactive":{"type":"button"}})";
    QTest::newRow("reply button") << buttons << u"/interactive/action/buttons/2/reply/id"_s
                                  << u"Button 3"_s;
    QTest::newRow("all buttons") << buttons << u"/interactive/action/buttons"_s << QString();
    QTest::newRow("card") << buttons << u"/interactive/action/cards/2/header"_s << u"Card 3"_s;
    QTest::newRow("saved address")
        << buttons << u"/interactive/action/parameters/saved_addresses/1/id"_s
        << u"Saved address 2"_s;

    const QByteArray contacts = R"({"type":"contacts","contacts":[{},{}]})";
    QTest::newRow("contact name") << contacts << u"/contacts/1/name/formatted_name"_s
                                  << u"Contact 2"_s;
    QTest::newRow("contact phone")
        << contacts << u"/contacts/0/phones/1/type"_s << u"Contact 1, phone 2"_s;
    QTest::newRow("contact email")
        << contacts << u"/contacts/0/emails/0"_s << u"Contact 1, email 1"_s;
    QTest::newRow("contact url") << contacts << u"/contacts/2/urls/0/url"_s
                                 << u"Contact 3, website 1"_s;
    QTest::newRow("contact address")
        << contacts << u"/contacts/0/addresses/3/country_code"_s << u"Contact 1, address 4"_s;
    QTest::newRow("all contacts") << contacts << u"/contacts"_s << QString();

    const QByteArray numbered = R"({"type":"template","template":{"name":"t","components":[
        {"type":"header","parameters":[{"type":"text","text":""}]},
        {"type":"body","parameters":[{"type":"text","text":""},{"type":"currency"},
          {"type":"text","text":""}]},
        {"type":"button","sub_type":"url","index":1,"parameters":[{"type":"text","text":""}]},
        {"type":"button","sub_type":"quick_reply","index":"0","parameters":[]},
        {"type":"footer"},
        {"type":"button","sub_type":"url","parameters":[]},
        {"type":"carousel","cards":[{},{}]}]}})";
    QTest::newRow("header variable")
        << numbered << u"/template/components/0/parameters/0/text"_s << u"Header variable {{1}}"_s;
    QTest::newRow("header") << numbered << u"/template/components/0/parameters"_s << u"Header"_s;
    QTest::newRow("body variable 1")
        << numbered << u"/template/components/1/parameters/0/text"_s << u"Body variable {{1}}"_s;
    QTest::newRow("body variable 2")
        << numbered << u"/template/components/1/parameters/1/currency/code"_s
        << u"Body variable {{2}}"_s;
    QTest::newRow("body variable 3")
        << numbered << u"/template/components/1/parameters/2"_s << u"Body variable {{3}}"_s;
    QTest::newRow("body parameters")
        << numbered << u"/template/components/1/parameters"_s << u"Body"_s;
    QTest::newRow("url button") << numbered << u"/template/components/2/parameters/0/text"_s
                                << u"Button 2"_s;
    QTest::newRow("index as string")
        << numbered << u"/template/components/3/sub_type"_s << u"Button 1"_s;
    QTest::newRow("footer") << numbered << u"/template/components/4/parameters"_s << u"Footer"_s;
    QTest::newRow("button without index")
        << numbered << u"/template/components/5/index"_s << u"Component 6"_s;
    QTest::newRow("carousel card")
        << numbered << u"/template/components/6/cards/1"_s << u"Card 2"_s;
    QTest::newRow("component outside the body")
        << numbered << u"/template/components/9/type"_s << u"Component 10"_s;
    QTest::newRow("all components") << numbered << u"/template/components"_s << QString();
    QTest::newRow("template name") << numbered << u"/template/name"_s << QString();

    const QByteArray named = R"({"type":"template","template":{"name":"t","components":[
        {"type":"body","parameters":[{"type":"text","parameter_name":"first_name","text":""},
          {"type":"text","parameter_name":"order_id","text":""}]},
        {"type":"header","parameters":[{"type":"image","image":{}}]}]}})";
    QTest::newRow("named variable") << named << u"/template/components/0/parameters/1/text"_s
                                    << u"Body variable {{order_id}}"_s;
    QTest::newRow("media header") << named << u"/template/components/1/parameters/0/image/id"_s
                                  << u"Header"_s;
}

void TestDiagnosticPlace::place()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    QJsonParseError error {};
    const QJsonObject object = QJsonDocument::fromJson(body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(placeOf(object, pointer), expected);
}

QTEST_APPLESS_MAIN(TestDiagnosticPlace)
#include "tst_diagnosticplace.moc"

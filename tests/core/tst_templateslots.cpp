// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsonpointer.h"
#include "core/templates/templatecheck.h"
#include "core/templates/templateslots.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wac;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QList<TemplateParameter> values(const char *json)
{
    QList<TemplateParameter> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(QByteArray(json)).array())
        out.append(TemplateParameter::fromJson(v.toObject()));
    return out;
}

} // namespace

class TestTemplateSlots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void slotsPerShape_data();
    void slotsPerShape();
    void payloadPerShape_data();
    void payloadPerShape();
    void readBack();
    void anOmittedButtonPointsIntoTheSend();
    void numberedVariablesGoInNumberOrder();
    void examples();
    void mismatches_data();
    void mismatches();
    void status_data();
    void status();

private:
    TemplateDefinition find(const QString &name, const QString &language) const;

    QList<QJsonObject> m_library;
};

void TestTemplateSlots::initTestCase()
{
    QFile file(QStringLiteral(WACONSOLE_SIM_TEMPLATES));
    QVERIFY(file.open(QIODevice::ReadOnly));
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll())[u"data"].toArray())
        m_library.append(v.toObject());
    QCOMPARE(m_library.size(), 25);
}

TemplateDefinition TestTemplateSlots::find(const QString &name, const QString &language) const
{
    for (const QJsonObject &t : m_library) {
        if (t[u"name"].toString() == name && t[u"language"].toString() == language)
            return TemplateDefinition::fromJson(t);
    }
    qFatal("no template %s", qPrintable(name));
}

// What the form asks for, per seeded shape: kind letters (t header text, m media, l location,
// b body, u url suffix, p quick-reply payload, c coupon, f flow, o otp, x the tap target override
// every template but an authentication one may carry), variable or button index.
void TestTemplateSlots::slotsPerShape_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("document header, url and phone buttons")
        << u"order_confirmation"_s << u"en_US"_s << u"m:document b:1 b:2 b:3 u#0 x:"_s;
    QTest::newRow("text header, quick replies")
        << u"delivery_update"_s << u"ru"_s << u"t:1 b:1 b:2 p#0 p#1 x:"_s;
    QTest::newRow("image header, named")
        << u"spring_sale"_s << u"en_US"_s << u"m:image b:first_name b:discount p#0 p#1 x:"_s;
    QTest::newRow("video header, static url")
        << u"product_launch"_s << u"en_US"_s << u"m:video b:1 b:2 x:"_s;
    QTest::newRow("copy code and url")
        << u"coupon_offer"_s << u"en_US"_s << u"b:1 b:2 c#0 u#1 x:"_s;
    QTest::newRow("location header") << u"store_pickup"_s << u"pt_BR"_s << u"l: b:1 x:"_s;
    QTest::newRow("otp") << u"verification_code"_s << u"en_US"_s << u"b:1 o#0"_s;
    QTest::newRow("flow") << u"appointment_booking"_s << u"en_US"_s << u"b:1 f#0 x:"_s;
    QTest::newRow("no variables") << u"hello_world"_s << u"en_US"_s << u"x:"_s;
}

void TestTemplateSlots::slotsPerShape()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QStringList got;
    for (const TemplateSlot &slot : TemplateSlots::of(find(name, language))) {
        static const char letters[] = "tmlbupcfo";
        const QChar letter = slot.kind == TemplateSlot::Kind::TapTarget
            ? QChar(u'x')
            : QChar(QLatin1Char(letters[int(slot.kind)]));
        got.append(slot.isButton() ? u"%1#%2"_s.arg(letter).arg(slot.buttonIndex)
                                   : u"%1:%2"_s.arg(letter, slot.mediaType + slot.variable));
    }
    QCOMPARE(got.join(u' '), expected);
}

void TestTemplateSlots::payloadPerShape_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QList<TemplateParameter>>("filled");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("order_confirmation")
        << u"order_confirmation"_s << u"en_US"_s
        << values(
               R"([{"type":"document","document":{"link":"https://x.test/r.pdf","filename":"r.pdf"}},
            {"type":"text","text":"Ana"},{"type":"text","text":"#7"},
            {"type":"currency","currency":{"fallback_value":"$5","code":"USD","amount_1000":5000}},
            {"type":"text","text":"7"}])")
        << parse(R"({"name":"order_confirmation","language":{"code":"en_US"},"components":[
            {"type":"header","parameters":[{"type":"document","document":{"link":"https://x.test/r.pdf","filename":"r.pdf"}}]},
            {"type":"body","parameters":[{"type":"text","text":"Ana"},{"type":"text","text":"#7"},
              {"type":"currency","currency":{"fallback_value":"$5","code":"USD","amount_1000":5000}}]},
            {"type":"button","sub_type":"url","index":0,"parameters":[{"type":"text","text":"7"}]}]})");
    QTest::newRow("delivery_update, one payload left empty")
        << u"delivery_update"_s << u"ru"_s
        << values(R"([{"type":"text","text":"#9"},{"type":"text","text":"Анна"},
            {"type":"date_time","date_time":{"fallback_value":"завтра"}},
            {"type":"payload","payload":"yes"},{"type":"payload","payload":""}])")
        << parse(R"({"name":"delivery_update","language":{"code":"ru"},"components":[
            {"type":"header","parameters":[{"type":"text","text":"#9"}]},
            {"type":"body","parameters":[{"type":"text","text":"Анна"},
              {"type":"date_time","date_time":{"fallback_value":"завтра"}}]},
            {"type":"button","sub_type":"quick_reply","index":0,"parameters":[{"type":"payload","payload":"yes"}]}]})");
    QTest::newRow("spring_sale, named")
        << u"spring_sale"_s << u"en_US"_s
        << values(R"([{"type":"image","image":{"id":"4490"}},{"type":"text","text":"Ana"},
            {"type":"text","text":"30%"},{"type":"payload"},{"type":"payload","payload":"stop"}])")
        << parse(R"({"name":"spring_sale","language":{"code":"en_US"},"components":[
            {"type":"header","parameters":[{"type":"image","image":{"id":"4490"}}]},
            {"type":"body","parameters":[{"type":"text","parameter_name":"first_name","text":"Ana"},
              {"type":"text","parameter_name":"discount","text":"30%"}]},
            {"type":"button","sub_type":"quick_reply","index":1,"parameters":[{"type":"payload","payload":"stop"}]}]})");
    QTest::newRow("product_launch")
        << u"product_launch"_s << u"en_US"_s
        << values(R"([{"type":"video","video":{"link":"https://x.test/v.mp4"}},
            {"type":"text","text":"Aloe"},{"type":"text","text":"May"}])")
        << parse(R"({"name":"product_launch","language":{"code":"en_US"},"components":[
            {"type":"header","parameters":[{"type":"video","video":{"link":"https://x.test/v.mp4"}}]},
            {"type":"body","parameters":[{"type":"text","text":"Aloe"},{"type":"text","text":"May"}]}]})");
    QTest::newRow("coupon_offer")
        << u"coupon_offer"_s << u"en_US"_s
        << values(R"([{"type":"text","text":"25% off"},{"type":"text","text":"Friday"},
            {"type":"coupon_code","coupon_code":"SAVE25"},{"type":"text","text":"autumn"}])")
        << parse(R"({"name":"coupon_offer","language":{"code":"en_US"},"components":[
            {"type":"body","parameters":[{"type":"text","text":"25% off"},{"type":"text","text":"Friday"}]},
            {"type":"button","sub_type":"copy_code","index":0,"parameters":[{"type":"coupon_code","coupon_code":"SAVE25"}]},
            {"type":"button","sub_type":"url","index":1,"parameters":[{"type":"text","text":"autumn"}]}]})");
    QTest::newRow("store_pickup")
        << u"store_pickup"_s << u"pt_BR"_s
        << values(
               R"([{"type":"location","location":{"latitude":-23.5,"longitude":-46.6,"name":"Loja"}},
            {"type":"text","text":"Maria"}])")
        << parse(R"({"name":"store_pickup","language":{"code":"pt_BR"},"components":[
            {"type":"header","parameters":[{"type":"location","location":{"latitude":-23.5,"longitude":-46.6,"name":"Loja"}}]},
            {"type":"body","parameters":[{"type":"text","text":"Maria"}]}]})");
    QTest::newRow("verification_code, otp follows the body")
        << u"verification_code"_s << u"en_US"_s
        << values(R"([{"type":"text","text":"481516"},{"type":"text","text":""}])")
        << parse(R"({"name":"verification_code","language":{"code":"en_US"},"components":[
            {"type":"body","parameters":[{"type":"text","text":"481516"}]},
            {"type":"button","sub_type":"url","index":0,"parameters":[{"type":"text","text":"481516"}]}]})");
    QTest::newRow("appointment_booking")
        << u"appointment_booking"_s << u"en_US"_s << values(R"([{"type":"text","text":"Pablo"},
            {"type":"action","action":{"flow_token":"t-1","flow_action_data":{"day":"mon"}}}])")
        << parse(R"({"name":"appointment_booking","language":{"code":"en_US"},"components":[
            {"type":"body","parameters":[{"type":"text","text":"Pablo"}]},
            {"type":"button","sub_type":"flow","index":0,"parameters":[{"type":"action",
              "action":{"flow_token":"t-1","flow_action_data":{"day":"mon"}}}]}]})");
    QTest::newRow("hello_world") << u"hello_world"_s << u"en_US"_s << QList<TemplateParameter>()
                                 << parse(R"({"name":"hello_world","language":{"code":"en_US"}})");
}

void TestTemplateSlots::payloadPerShape()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    QFETCH(QList<TemplateParameter>, filled);
    QFETCH(QJsonObject, expected);
    const TemplateDefinition d = find(name, language);
    QStringList pointers;
    const QJsonObject built = TemplateSlots::build(d, filled, &pointers);
    QCOMPARE(QJsonDocument(built).toJson(), QJsonDocument(expected).toJson());
    QCOMPARE(pointers.size(), TemplateSlots::of(d).size());
    // What the form builds is what Graph accepts: no mismatch at all.
    QVERIFY(TemplateCheck::parameters(d, built).isEmpty());
}

void TestTemplateSlots::readBack()
{
    const TemplateDefinition d = find(u"spring_sale"_s, u"en_US"_s);
    // Named values in another order are read by name; the optional button stays empty.
    const QJsonObject sent =
        parse(R"({"name":"spring_sale","language":{"code":"en_US"},"components":[
        {"type":"body","parameters":[{"type":"text","parameter_name":"discount","text":"5%"},
          {"type":"text","parameter_name":"first_name","text":"Li"}]},
        {"type":"header","parameters":[{"type":"image","image":{"link":"https://x.test/a.jpg"}}]}]})");
    const QList<TemplateParameter> read = TemplateSlots::read(d, sent);
    QCOMPARE(read.size(), 6); // and the tap target, last
    QCOMPARE(read.at(0).media.link.value_or(QString()), u"https://x.test/a.jpg"_s);
    QCOMPARE(read.at(1).text.value_or(QString()), u"Li"_s);
    QCOMPARE(read.at(2).text.value_or(QString()), u"5%"_s);
    QVERIFY(TemplateSlots::isEmpty(read.at(3)));
}

void TestTemplateSlots::numberedVariablesGoInNumberOrder()
{
    // The text uses {{2}} before {{1}}: the first value sent is still {{1}}'s.
    const TemplateDefinition d = TemplateDefinition::fromJson(parse(R"({"name":"swap",
        "language":"en","status":"APPROVED","components":[{"type":"BODY",
        "text":"Due {{2}} for {{1}}, {{1}}.","example":{"body_text":[["Ana","May 3"]]}}]})"));
    QCOMPARE(d.bodyVariables, (QStringList {u"1"_s, u"2"_s}));
    QCOMPARE(d.bodyExamples, (QStringList {u"Ana"_s, u"May 3"_s}));
    const QJsonObject built = TemplateSlots::build(d, TemplateSlots::examples(d));
    QCOMPARE(built[u"components"][0][u"parameters"][0][u"text"].toString(), u"Ana"_s);
    // The hydrated length counts each value where it stands: here {{1}} twice.
    QJsonObject longer = built;
    QJsonArray components = longer[u"components"].toArray();
    QJsonObject body = components.at(0).toObject();
    body[u"parameters"] =
        QJsonArray {QJsonObject {{u"type"_s, u"text"_s}, {u"text"_s, QString(510, u'x')}},
            QJsonObject {{u"type"_s, u"text"_s}, {u"text"_s, u"y"_s}}};
    components[0] = body;
    longer[u"components"] = components;
    const QList<TemplateMismatch> found = TemplateCheck::parameters(d, longer);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().code, 132005);
}

void TestTemplateSlots::examples()
{
    const TemplateDefinition d = find(u"order_confirmation"_s, u"en_US"_s);
    const QJsonObject built = TemplateSlots::build(d, TemplateSlots::examples(d));
    const QJsonArray components = built[u"components"].toArray();
    QCOMPARE(components.at(0)[u"parameters"][0][u"document"][u"link"].toString(),
        u"https://example.com/receipt.pdf"_s);
    QCOMPARE(components.at(1)[u"parameters"][2][u"text"].toString(), u"$100.99"_s);
    // The URL button's example is the whole address; the send carries only its suffix.
    QCOMPARE(components.at(2)[u"parameters"][0][u"text"].toString(), u"1042"_s);
}

void TestTemplateSlots::mismatches_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QJsonObject>("sent");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("body count")
        << u"delivery_update"_s << u"ru"_s
        << parse(R"({"components":[{"type":"header","parameters":[{"type":"text","text":"#1"}]},
               {"type":"body","parameters":[{"type":"text","text":"a"}]}]})")
        << 132000 << u"/template/components/1/parameters"_s;
    QTest::newRow("header missing")
        << u"delivery_update"_s << u"ru"_s
        << parse(
               R"({"components":[{"type":"body","parameters":[{"type":"text","text":"a"},{"type":"text","text":"b"}]}]})")
        << 132000 << u"/template/components"_s;
    QTest::newRow("required button missing")
        << u"coupon_offer"_s << u"en_US"_s
        << parse(
               R"({"components":[{"type":"body","parameters":[{"type":"text","text":"a"},{"type":"text","text":"b"}]},
               {"type":"button","sub_type":"url","index":1,"parameters":[{"type":"text","text":"x"}]}]})")
        << 132000 << u"/template/components"_s;
    QTest::newRow("button index beyond")
        << u"store_pickup"_s << u"pt_BR"_s
        << parse(
               R"({"components":[{"type":"header","parameters":[{"type":"location","location":{"latitude":1,"longitude":2}}]},
               {"type":"body","parameters":[{"type":"text","text":"a"}]},
               {"type":"button","sub_type":"quick_reply","index":2,"parameters":[{"type":"payload","payload":"x"}]}]})")
        << 132000 << u"/template/components/2/index"_s;
    QTest::newRow("named sent positional")
        << u"spring_sale"_s << u"en_US"_s
        << parse(
               R"({"components":[{"type":"header","parameters":[{"type":"image","image":{"id":"1"}}]},
               {"type":"body","parameters":[{"type":"text","text":"a"},{"type":"text","text":"b"}]}]})")
        << 132012 << u"/template/components/1/parameters/0"_s;
    QTest::newRow("unknown variable name")
        << u"spring_sale"_s << u"en_US"_s
        << parse(
               R"({"components":[{"type":"header","parameters":[{"type":"image","image":{"id":"1"}}]},
               {"type":"body","parameters":[{"type":"text","parameter_name":"first_name","text":"a"},
                 {"type":"text","parameter_name":"percent","text":"b"}]}]})")
        << 132012 << u"/template/components/1/parameters/1/parameter_name"_s;
    QTest::newRow("positional sent named")
        << u"coupon_offer"_s << u"en_US"_s
        << parse(
               R"({"components":[{"type":"body","parameters":[{"type":"text","parameter_name":"a","text":"a"},
               {"type":"text","parameter_name":"b","text":"b"}]},
               {"type":"button","sub_type":"copy_code","index":0,"parameters":[{"type":"coupon_code","coupon_code":"X"}]},
               {"type":"button","sub_type":"url","index":1,"parameters":[{"type":"text","text":"x"}]}]})")
        << 132012 << u"/template/components/0/parameters/0"_s;
    QTest::newRow("header media type")
        << u"product_launch"_s << u"en_US"_s
        << parse(
               R"({"components":[{"type":"header","parameters":[{"type":"image","image":{"id":"1"}}]},
               {"type":"body","parameters":[{"type":"text","text":"a"},{"type":"text","text":"b"}]}]})")
        << 132012 << u"/template/components/0/parameters/0"_s;
    QTest::newRow("body value of a media type")
        << u"store_pickup"_s << u"pt_BR"_s
        << parse(
               R"({"components":[{"type":"header","parameters":[{"type":"location","location":{"latitude":1,"longitude":2}}]},
               {"type":"body","parameters":[{"type":"image","image":{"id":"1"}}]}]})")
        << 132012 << u"/template/components/1/parameters/0/type"_s;
    QTest::newRow("button sub_type")
        << u"delivery_update"_s << u"ru"_s
        << parse(R"({"components":[{"type":"header","parameters":[{"type":"text","text":"#1"}]},
               {"type":"body","parameters":[{"type":"text","text":"a"},{"type":"text","text":"b"}]},
               {"type":"button","sub_type":"url","index":0,"parameters":[{"type":"text","text":"x"}]}]})")
        << 132012 << u"/template/components/2/sub_type"_s;
    QTest::newRow("hydrated body too long")
        << u"store_pickup"_s << u"pt_BR"_s
        << parse(QByteArray(
               R"({"components":[{"type":"header","parameters":[{"type":"location","location":{"latitude":1,"longitude":2}}]},
               {"type":"body","parameters":[{"type":"text","text":")"
               + QByteArray(1000, 'x') + R"("}]}]})")
                     .constData())
        << 132005 << u"/template/components/1/parameters"_s;
}

void TestTemplateSlots::mismatches()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    QFETCH(QJsonObject, sent);
    QFETCH(int, code);
    QFETCH(QString, pointer);
    const QList<TemplateMismatch> found = TemplateCheck::parameters(find(name, language), sent);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().code, code);
    QCOMPARE(found.first().pointer, pointer);
    QVERIFY2(
        found.first().message.contains(QString::number(code)), qPrintable(found.first().message));
    QVERIFY(!found.first().details.isEmpty());
    QCOMPARE(found.first().toDiagnostic().severity, Severity::Error);
}

void TestTemplateSlots::status_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("code");
    QTest::newRow("approved") << u"hello_world"_s << u"en_US"_s << 0;
    QTest::newRow("pending") << u"feedback_request"_s << u"en_US"_s << 132001;
    QTest::newRow("rejected") << u"winback_offer"_s << u"en_US"_s << 132001;
    QTest::newRow("paused") << u"payment_reminder"_s << u"en_US"_s << 132015;
    QTest::newRow("not in the library") << u"hello_world"_s << u"ru"_s << 132001;
}

void TestTemplateSlots::status()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    QFETCH(int, code);
    std::optional<TemplateDefinition> d;
    for (const QJsonObject &t : m_library) {
        if (t[u"name"].toString() == name && t[u"language"].toString() == language)
            d = TemplateDefinition::fromJson(t);
    }
    const auto mismatch = TemplateCheck::status(d ? &*d : nullptr, name, language);
    QCOMPARE(mismatch ? mismatch->code : 0, code);
    if (mismatch) {
        QCOMPARE(mismatch->toDiagnostic().severity, Severity::Warning);
        QCOMPARE(mismatch->pointer, u"/template/name"_s);
    }
}

// Found by fuzz_templatedefinition: with only optional buttons, all left out, the send has no
// components, and their pointer "/template/components" named nothing.
void TestTemplateSlots::anOmittedButtonPointsIntoTheSend()
{
    const TemplateDefinition d = TemplateDefinition::fromJson(parse(R"({"name": "stop",
        "language": "en_US", "status": "APPROVED", "components": [{"type": "BUTTONS",
        "buttons": [{"type": "QUICK_REPLY", "text": "Stop promotions"}]}]})"));
    QStringList pointers;
    const QJsonObject send = TemplateSlots::build(d, {}, &pointers);
    QVERIFY(!send.contains(u"components"));
    QCOMPARE(pointers.size(), TemplateSlots::of(d).size());
    for (const QString &pointer : pointers)
        QVERIFY2(!JsonPointer::resolve(QJsonObject {{u"template"_qs, send}}, pointer).isUndefined(),
            qPrintable(pointer));
}

QTEST_GUILESS_MAIN(TestTemplateSlots)
#include "tst_templateslots.moc"

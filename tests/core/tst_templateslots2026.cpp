// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The template kinds Meta added through 2026 (carousels, limited-time offers, coupons, catalog,
// multi-product, voice-call and order_details buttons, call permission requests): what a
// definition asks for, and the send the values make, exactly as Meta's examples write it.
#include "core/templates/templatecomponents.h"
#include "core/templates/templateslots.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wac;

class TestTemplateSlots2026 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void slotsPerKind_data();
    void slotsPerKind();
    void sendRoundTrips_data();
    void sendRoundTrips();
    void cardValuesPointIntoTheirCard();
    void productCarouselSendsMoreCards();
    void offerExpirationIsMilliseconds();
    void voiceCallButtonLeftOutWhenEmpty();
    void tapTargetIsMetasArrayOrLeftOut();
    void orderStatusIsItsOwnComponent();

private:
    TemplateDefinition definition(const QString &name) const;

    QJsonObject m_file;
};

void TestTemplateSlots2026::initTestCase()
{
    QFile file(QStringLiteral(WACONSOLE_TEMPLATES_2026));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_file = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(m_file[u"data"].toArray().size(), 11);
}

TemplateDefinition TestTemplateSlots2026::definition(const QString &name) const
{
    for (const QJsonValue &t : m_file[u"data"].toArray()) {
        if (t[u"name"].toString() == name)
            return TemplateDefinition::fromJson(t.toObject());
    }
    qFatal("no template %s", qPrintable(name));
}

// Kind letters: m media header, P product header, t header text, b body, o offer expiration,
// u url suffix, p payload, c coupon, k catalog, M mpm, T ttl, O order details, S order status,
// X tap target; a card's slots
// carry its index ("0:m").
static QString signature(const QList<TemplateSlot> &slots)
{
    using K = TemplateSlot::Kind;
    QStringList out;
    for (const TemplateSlot &s : slots) {
        const char *letter = "?";
        switch (s.kind) {
        case K::HeaderMedia:
            letter = "m";
            break;
        case K::CardProduct:
            letter = "P";
            break;
        case K::HeaderText:
            letter = "t";
            break;
        case K::BodyVariable:
            letter = "b";
            break;
        case K::OfferExpiration:
            letter = "o";
            break;
        case K::ButtonUrl:
            letter = "u";
            break;
        case K::ButtonPayload:
            letter = "p";
            break;
        case K::ButtonCoupon:
            letter = "c";
            break;
        case K::ButtonCatalog:
            letter = "k";
            break;
        case K::ButtonMpm:
            letter = "M";
            break;
        case K::ButtonTtl:
            letter = "T";
            break;
        case K::ButtonOrderDetails:
            letter = "O";
            break;
        case K::OrderStatus:
            letter = "S";
            break;
        case K::TapTarget:
            letter = "X";
            break;
        default:
            break;
        }
        out.append(
            (s.inCard() ? QString::number(s.cardIndex) + u':' : QString()) + QLatin1String(letter));
    }
    return out.join(u' ');
}

void TestTemplateSlots2026::slotsPerKind_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    // Every template with a header or a body may override its tap target (X), last.
    QTest::newRow("media cards") << u"carousel_template_media_cards_v1"_s
                                 << u"b b b 0:m 0:p 0:u 1:m 1:p 1:u 2:m 2:p 2:u X"_s;
    QTest::newRow("product cards") << u"carousel_template_product_cards_v1"_s << u"b 0:P 1:P X"_s;
    QTest::newRow("limited-time offer")
        << u"limited_time_offer_caribbean_pkg_2023"_s << u"m b b o c u X"_s;
    QTest::newRow("coupon") << u"winter_sale_coupon"_s << u"b b p c X"_s;
    QTest::newRow("catalog") << u"intro_catalog_offer"_s << u"b b b k X"_s;
    QTest::newRow("mpm") << u"abandoned_cart"_s << u"t b M X"_s;
    QTest::newRow("voice call") << u"wa_voice_call"_s << u"T p X"_s;
    QTest::newRow("call permission") << u"sample_cpr_template"_s << u"t b b X"_s;
    QTest::newRow("order details") << u"order_details_payment"_s << u"m O X"_s;
    QTest::newRow("tap target") << u"august_promotion"_s << u"m b X"_s;
    QTest::newRow("order status") << u"order_shipped_update"_s << u"S X"_s;
}

void TestTemplateSlots2026::slotsPerKind()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(signature(TemplateSlots::of(definition(name))), expected);
}

void TestTemplateSlots2026::sendRoundTrips_data()
{
    QTest::addColumn<QString>("name");
    for (const QJsonValue &t : m_file[u"data"].toArray())
        QTest::newRow(qPrintable(t[u"name"].toString())) << t[u"name"].toString();
}

// The values read out of the send make that send again, byte for byte once written as it
// wrote its indexes and sub_types.
void TestTemplateSlots2026::sendRoundTrips()
{
    QFETCH(QString, name);
    const QJsonObject sent = m_file[u"sends"][name].toObject();
    QVERIFY(!sent.isEmpty());
    const TemplateDefinition d = definition(name).withCardCount(TemplateSlots::cardsSent(sent));
    const QJsonObject built = TemplateSlots::build(d, TemplateSlots::read(d, sent));
    const QJsonArray spelled = TemplateComponents::spelledAs(
        built.value(u"components").toArray(), sent.value(u"components").toArray());
    QCOMPARE(
        QJsonDocument(spelled).toJson(), QJsonDocument(sent[u"components"].toArray()).toJson());
    QCOMPARE(built.value(u"name"), sent.value(u"name"));
}

void TestTemplateSlots2026::cardValuesPointIntoTheirCard()
{
    const TemplateDefinition d = definition(u"carousel_template_media_cards_v1"_s);
    QList<TemplateParameter> values =
        TemplateSlots::read(d, m_file[u"sends"][u"carousel_template_media_cards_v1"].toObject());
    values[7].payload = QString(); // card 1's quick reply left empty: left out
    QStringList at;
    const QJsonObject built = TemplateSlots::build(d, values, &at);
    QCOMPARE(at.at(3), u"/template/components/1/cards/0/components/0/parameters/0"_s);
    QCOMPARE(at.at(8), u"/template/components/1/cards/1/components/1/parameters/0"_s);
    QCOMPARE(at.at(7), u"/template/components/1/cards/1/components"_s);
    const QJsonArray card1 = built[u"components"][1][u"cards"][1][u"components"].toArray();
    QCOMPARE(card1.size(), 2);
    QCOMPARE(card1.at(1)[u"sub_type"].toString(), u"url"_s);
    QCOMPARE(built[u"components"][1][u"cards"][2][u"card_index"].toInt(), 2);
}

void TestTemplateSlots2026::productCarouselSendsMoreCards()
{
    const TemplateDefinition approved = definition(u"carousel_template_product_cards_v1"_s);
    QCOMPARE(approved.cards.size(), 2);
    const TemplateDefinition four = approved.withCardCount(4);
    QCOMPARE(TemplateSlots::of(four).size(), 6); // a body, 4 products, the tap target
    // A media-card carousel always sends the cards it was approved with.
    QCOMPARE(definition(u"carousel_template_media_cards_v1"_s).withCardCount(5).cards.size(), 3);
    QList<TemplateParameter> values = TemplateSlots::read(four, {});
    values[4].object = {{u"product_retailer_id"_s, u"last"_s}, {u"catalog_id"_s, u"194"_s}};
    const QJsonObject built = TemplateSlots::build(four, values);
    const QJsonArray cards = built[u"components"][1][u"cards"].toArray();
    QCOMPARE(cards.size(), 4);
    QCOMPARE(cards.at(3)[u"card_index"].toInt(), 3);
    QCOMPARE(cards.at(3)[u"components"][0][u"parameters"][0][u"product"][u"product_retailer_id"]
                 .toString(),
        u"last"_s);
    QCOMPARE(approved.withCardCount(11).cards.size(), 11); // the validator says it is too many
}

void TestTemplateSlots2026::offerExpirationIsMilliseconds()
{
    const TemplateDefinition d = definition(u"limited_time_offer_caribbean_pkg_2023"_s);
    QVERIFY(d.hasOffer && d.offerExpires);
    QCOMPARE(d.offerText, u"Expiring offer!"_s);
    QList<TemplateParameter> values = TemplateSlots::read(d, {});
    values[3].object = {{u"expiration_time_ms"_s, 1698562800000.0}};
    const QJsonObject offer = TemplateSlots::build(d, values)[u"components"][2].toObject();
    QCOMPARE(QJsonDocument(offer).toJson(QJsonDocument::Compact),
        QByteArray(R"({"parameters":[{"limited_time_offer":{"expiration_time_ms":1698562800000},)"
                   R"("type":"limited_time_offer"}],"type":"limited_time_offer"})"));
}

void TestTemplateSlots2026::voiceCallButtonLeftOutWhenEmpty()
{
    const TemplateDefinition d = definition(u"wa_voice_call"_s);
    QList<TemplateParameter> values = TemplateSlots::read(d, {});
    QVERIFY(!TemplateSlots::build(d, values).contains(u"components"));
    values[0].ttlMinutes = 60;
    const QJsonArray components = TemplateSlots::build(d, values)[u"components"].toArray();
    QCOMPARE(QJsonDocument(components).toJson(QJsonDocument::Compact),
        QByteArray(R"([{"index":0,"parameters":[{"ttl_minutes":60,"type":"ttl_minutes"}],)"
                   R"("sub_type":"voice_call","type":"button"}])"));
}

void TestTemplateSlots2026::tapTargetIsMetasArrayOrLeftOut()
{
    const TemplateDefinition d = definition(u"august_promotion"_s);
    QList<TemplateParameter> values = TemplateSlots::examples(d);
    QCOMPARE(values.size(), 3);
    // Not turned on: the send has the header and body only.
    QCOMPARE(TemplateSlots::build(d, values)[u"components"].toArray().size(), 2);
    values[2].list = {QJsonObject {{u"url"_s, u"https://x.test/"_s}, {u"title"_s, u"Deal"_s}}};
    QStringList at;
    const QJsonObject built = TemplateSlots::build(d, values, &at);
    QCOMPARE(at.at(2), u"/template/components/2/parameters/0"_s);
    QCOMPARE(QJsonDocument(built[u"components"][2].toObject()).toJson(QJsonDocument::Compact),
        QByteArray(R"({"parameters":[{"tap_target_configuration":[{"title":"Deal",)"
                   R"("url":"https://x.test/"}],"type":"tap_target_configuration"}],)"
                   R"("type":"tap_target_configuration"})"));
    // whatsapp-api-js sends one object: it is read and written as one object (the validator
    // warns), never turned into something the user did not write.
    const QJsonObject sdk {{u"name"_s, d.name},
        {u"components"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"tap_target_configuration"_s},
                {u"parameters"_s,
                    QJsonArray {QJsonObject {{u"type"_s, u"tap_target_configuration"_s},
                        {u"tap_target_configuration"_s,
                            QJsonObject {
                                {u"title"_s, u"T"_s}, {u"url"_s, u"https://u.test"_s}}}}}}}}}};
    const QJsonObject again = TemplateSlots::build(d, TemplateSlots::read(d, sdk));
    QCOMPARE(again[u"components"][2], sdk[u"components"][0]);
}

void TestTemplateSlots2026::orderStatusIsItsOwnComponent()
{
    const TemplateDefinition d = definition(u"order_shipped_update"_s);
    QVERIFY(d.orderStatus);
    QList<TemplateParameter> values = TemplateSlots::read(d, {});
    QCOMPARE(values.first().type, u"order_status"_s);
    values[0].object = {
        {u"reference_id"_s, u"r-1"_s}, {u"order"_s, QJsonObject {{u"status"_s, u"canceled"_s}}}};
    QStringList at;
    const QJsonArray components = TemplateSlots::build(d, values, &at)[u"components"].toArray();
    QCOMPARE(at.first(), u"/template/components/0/parameters/0"_s);
    QCOMPARE(QJsonDocument(components).toJson(QJsonDocument::Compact),
        QByteArray(R"([{"parameters":[{"order_status":{"order":{"status":"canceled"},)"
                   R"("reference_id":"r-1"},"type":"order_status"}],"type":"order_status"}])"));
}

QTEST_GUILESS_MAIN(TestTemplateSlots2026)
#include "tst_templateslots2026.moc"

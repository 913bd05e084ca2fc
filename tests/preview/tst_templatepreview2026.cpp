// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The template kinds Meta added through 2026 as the phone draws them: a carousel's cards side
// by side, a limited-time offer's box, the copy-code, catalog, multi-product and call buttons,
// a call permission request, an order's status, a tap target override; from the definition
// plus what the send fills in.
#include "preview/previewrenderer.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wac;

class TestTemplatePreview2026 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void carouselShowsTheFirstCardAndTheNextOnesEdge();
    void productCarouselDrawsEachCardsProduct();
    void offerDrawsTitleExpiryAndCode();
    void offerInSecondsIsNamedAsSuch();
    void copyCatalogAndItemButtons();
    void voiceCallButtonHasAPhone();
    void lowercaseAndFormatlessHeadersAreDrawn();
    void tapTargetTitleIsTheLineUnderTheMessage();
    void orderStatusDrawsTheOrderCard();
    void everyKindInBothThemes();

private:
    PreviewScene render(const QString &name, PreviewTheme theme = PreviewTheme::Light,
        const std::function<void(QJsonObject &)> &edit = {}) const;

    QJsonObject m_file;
};

void TestTemplatePreview2026::initTestCase()
{
    QFile file(QStringLiteral(WACONSOLE_TEMPLATES_2026));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_file = QJsonDocument::fromJson(file.readAll()).object();
}

PreviewScene TestTemplatePreview2026::render(
    const QString &name, PreviewTheme theme, const std::function<void(QJsonObject &)> &edit) const
{
    QJsonObject sent = m_file[u"sends"][name].toObject();
    if (edit)
        edit(sent);
    PreviewOptions options;
    options.theme = theme;
    options.time = u"09:41"_s;
    for (const QJsonValue &d : m_file[u"data"].toArray()) {
        if (d[u"name"].toString() == name)
            options.templateDefinition = d.toObject();
    }
    if (!options.templateDefinition)
        qFatal("no definition %s", qPrintable(name));
    const QJsonObject payload {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, u"16505551234"_s},
        {u"type"_s, u"template"_s}, {u"template"_s, sent}};
    return renderPreview(OutgoingMessage::fromJson(payload), options);
}

static QList<QRectF> cards(const PreviewScene &scene)
{
    QList<QRectF> out;
    for (const SceneItem &item : scene.items) {
        if (item.kind == SceneItem::Kind::Bubble && item.role == u"card"_s)
            out.append(item.rect);
    }
    return out;
}

void TestTemplatePreview2026::carouselShowsTheFirstCardAndTheNextOnesEdge()
{
    const PreviewScene scene = render(u"carousel_template_media_cards_v1"_s);
    const QList<QRectF> drawn = cards(scene);
    // Three cards are sent; the third is past the edge, to be swiped to.
    QCOMPARE(drawn.size(), 2);
    const qreal width = PreviewOptions().width;
    QVERIFY(drawn.at(0).left() >= 0 && drawn.at(0).right() <= width);
    QVERIFY2(drawn.at(1).left() < width - 40 && drawn.at(1).right() > width,
        "the second card shows its edge at the screen's side");
    QCOMPARE(drawn.at(0).top(), drawn.at(1).top());
    QCOMPARE(drawn.at(0).width(), drawn.at(1).width());
    QVERIFY(scene.texts(u"body"_s).value(0).startsWith(u"Rare succulents for sale! Pablo"_s));
    QVERIFY(scene.texts(u"media"_s).contains(u"Media 1558081531584829"_s));
    QVERIFY(scene.texts(u"button"_s).count(u"Send me more like this!"_s) == 2);
    // The time and ticks are the message's, once.
    QCOMPARE(scene.texts(u"time"_s).size(), 1);
}

void TestTemplatePreview2026::productCarouselDrawsEachCardsProduct()
{
    const PreviewScene scene = render(u"carousel_template_product_cards_v1"_s);
    QCOMPARE(cards(scene).size(), 2);
    QCOMPARE(scene.texts(u"product"_s), (QStringList {u"vrpj01fvwp"_s, u"va2l5ioeat"_s}));
    QVERIFY(scene.texts(u"button"_s).contains(u"View"_s));
}

void TestTemplatePreview2026::offerDrawsTitleExpiryAndCode()
{
    const PreviewScene scene =
        render(u"limited_time_offer_caribbean_pkg_2023"_s, PreviewTheme::Light, [](QJsonObject &t) {
            QJsonArray components = t[u"components"].toArray();
            components.replace(2,
                QJsonDocument::fromJson(R"({"type":"limited_time_offer","parameters":[{"type":
                    "limited_time_offer","limited_time_offer":{"expiration_time_ms":1798761600000}}]})")
                    .object());
            t[u"components"] = components;
        });
    QCOMPARE(scene.texts(u"offer.title"_s), QStringList {u"Expiring offer!"_s});
    QCOMPARE(scene.texts(u"offer.expiry"_s), QStringList {u"Ends 1 Jan 2027, 00:00 UTC"_s});
    QCOMPARE(scene.texts(u"offer.code"_s), QStringList {u"Code CARIBE25"_s});
    QCOMPARE(scene.texts(u"button"_s), (QStringList {u"Copy offer code"_s, u"Book now!"_s}));
}

// Meta's own example sends 1209600000: 14 days as a duration, or 1970 as a date.
void TestTemplatePreview2026::offerInSecondsIsNamedAsSuch()
{
    const PreviewScene scene = render(u"limited_time_offer_caribbean_pkg_2023"_s);
    QCOMPARE(scene.texts(u"offer.expiry"_s),
        QStringList {u"Ends: 1209600000 ms is not a date (seconds, or a duration?)"_s});
}

void TestTemplatePreview2026::copyCatalogAndItemButtons()
{
    QCOMPARE(render(u"winter_sale_coupon"_s).texts(u"button"_s),
        (QStringList {u"Unsubscribe"_s, u"Copy code"_s}));
    const PreviewScene catalog = render(u"intro_catalog_offer"_s);
    QCOMPARE(catalog.texts(u"button"_s), QStringList {u"View catalog"_s});
    QCOMPARE(catalog.texts(u"thumbnail"_s), QStringList {u"2lc20305pt"_s});
    const PreviewScene mpm = render(u"abandoned_cart"_s);
    QCOMPARE(mpm.texts(u"button"_s), QStringList {u"View items"_s});
    QCOMPARE(mpm.texts(u"thumbnail.note"_s), QStringList {u"3 items to choose from"_s});
}

void TestTemplatePreview2026::voiceCallButtonHasAPhone()
{
    const PreviewScene scene = render(u"wa_voice_call"_s);
    QCOMPARE(scene.texts(u"button"_s), (QStringList {u"Call Now"_s, u"Contact Support"_s}));
    QRectF label;
    for (const SceneItem &item : scene.items) {
        if (item.role == u"button"_s && item.text == u"Call Now"_s)
            label = item.rect;
    }
    const bool phone =
        std::any_of(scene.items.cbegin(), scene.items.cend(), [&](const SceneItem &i) {
            return i.kind == SceneItem::Kind::Icon && i.icon == PreviewIcon::Phone
                && qAbs(i.rect.center().y() - label.center().y()) < 4
                && i.rect.right() <= label.left();
        });
    QVERIFY2(phone, "a phone icon before the call button's label");
}

// Meta's creation examples write "format": "image", and a text header with no format at all.
void TestTemplatePreview2026::lowercaseAndFormatlessHeadersAreDrawn()
{
    QVERIFY(render(u"limited_time_offer_caribbean_pkg_2023"_s)
                .texts(u"media"_s)
                .contains(u"Media 1602186516975000"_s));
    const PreviewScene cpr = render(u"sample_cpr_template"_s);
    QCOMPARE(cpr.texts(u"header"_s), QStringList {u"Support of Order No: ON-12853"_s});
    QCOMPARE(cpr.texts(u"callpermission"_s), QStringList {u"Allow voice calls?"_s});
}

void TestTemplatePreview2026::tapTargetTitleIsTheLineUnderTheMessage()
{
    const PreviewScene scene = render(u"august_promotion"_s);
    QCOMPARE(scene.texts(u"button"_s), QStringList {u"Offer Details"_s});
    QCOMPARE(scene.texts(u"taptarget.url"_s), QStringList {u"Opens www.luckyshrubs.com"_s});
    QVERIFY(scene.texts(u"body"_s).value(0).startsWith(u"Hello Andy..."_s));
    // Without the override there is no such line.
    const PreviewScene plain =
        render(u"august_promotion"_s, PreviewTheme::Light, [](QJsonObject &sent) {
            QJsonArray components = sent[u"components"].toArray();
            components.removeLast();
            sent.insert(u"components"_s, components);
        });
    QVERIFY(plain.texts(u"button"_s).isEmpty());
    QVERIFY(plain.texts(u"taptarget.url"_s).isEmpty());
}

void TestTemplatePreview2026::orderStatusDrawsTheOrderCard()
{
    const PreviewScene scene = render(u"order_shipped_update"_s);
    QCOMPARE(scene.texts(u"order.title"_s), QStringList {u"Shipped"_s});
    QCOMPARE(scene.texts(u"order.detail"_s), QStringList {u"Order order-ref_2026.0042"_s});
    QCOMPARE(
        scene.texts(u"order.amount"_s), QStringList {u"Your parcel left our Pune warehouse"_s});
    QCOMPARE(scene.texts(u"body"_s), QStringList {u"Here is the latest on your order."_s});
}

void TestTemplatePreview2026::everyKindInBothThemes()
{
    for (const QJsonValue &d : m_file[u"data"].toArray()) {
        for (const PreviewTheme theme : {PreviewTheme::Light, PreviewTheme::Dark}) {
            const PreviewScene scene = render(d[u"name"].toString(), theme);
            QVERIFY2(!scene.texts(u"body"_s).isEmpty(), qPrintable(d[u"name"].toString()));
            const QImage image = scene.toImage(1);
            QVERIFY(!image.isNull());
        }
    }
}

QTEST_MAIN(TestTemplatePreview2026)
#include "tst_templatepreview2026.moc"

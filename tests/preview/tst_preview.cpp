// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Every fixture drawn in both themes, without a Qt warning, with everything a person must see
// in the draw list; sheets, the carousel's cards and filled-in templates.
// How text and chrome are drawn (themes, emoji, wrapping, HiDPI) is tst_previewlook's.
#include "core/jsonpointer.h"
#include "core/waformatting.h"
#include "preview/previewrenderer.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;
using Expectation = QPair<QString, QString>; ///< (role, text it must contain)

Q_DECLARE_METATYPE(Wac::PreviewTheme)

namespace {

QStringList warnings;
QtMessageHandler previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        warnings.append(message);
    previous(type, context, message);
}

void addBlocks(QList<Expectation> &out, const QString &role, const QString &text)
{
    for (const Wac::WaFormat::Block &block : Wac::WaFormat::parse(text)) {
        if (!block.text().trimmed().isEmpty())
            out.append({role, block.text()});
    }
}

/// What must be visible, read from the payload alone.
QList<Expectation> expectedTexts(const Wac::OutgoingMessage &m)
{
    using T = Wac::MessageType;
    QList<Expectation> out;
    const T type = m.type();
    if (type == T::Text) {
        addBlocks(out, u"body"_s, m.text().body);
    } else if (type == T::Image || type == T::Video || type == T::Document) {
        addBlocks(out, u"caption"_s, m.media().caption.value_or(QString()));
        if (type == T::Document && m.media().filename)
            out.append({u"document"_s, *m.media().filename});
    } else if (type == T::Location) {
        out.append({u"location.name"_s, m.location().name.value_or(QString())});
        out.append({u"location.address"_s, m.location().address.value_or(QString())});
    } else if (type == T::Contacts) {
        out.append({u"contact.name"_s, m.contacts().value(0).formattedName});
    } else if (Wac::isInteractive(type)) {
        const Wac::InteractivePayload p = m.interactive();
        if (p.header && p.header->type == u"text"_s)
            out.append({u"header"_s, p.header->text.value_or(QString())});
        addBlocks(out, u"body"_s, p.body.value_or(QString()));
        out.append({u"footer"_s, p.footer.value_or(QString())});
        for (const Wac::ReplyButton &b : p.buttons)
            out.append({u"button"_s, b.title});
        if (type == T::InteractiveList)
            out.append({u"button"_s, p.listButton});
        if (type == T::InteractiveCtaUrl)
            out.append({u"button"_s, p.ctaDisplayText});
        if (type == T::InteractiveFlow)
            out.append({u"button"_s, p.flow.flowCta});
        if (type == T::InteractiveProduct)
            out.append({u"product"_s, p.productRetailerId});
        if (type == T::InteractiveCarousel && !p.cards.isEmpty()) { // the front card
            const Wac::CarouselCard &card = p.cards.first();
            addBlocks(out, u"card.body"_s,
                card.isProduct() ? card.productRetailerId : card.body.value_or(QString()));
            for (const Wac::QuickReply &reply : card.quickReplies)
                out.append({u"button"_s, reply.title});
            if (!card.isProduct() && card.buttons == Wac::CarouselCard::Buttons::Url)
                out.append({u"button"_s, card.displayText});
        }
        if (type == T::InteractiveOrderDetails) {
            out.append({u"button"_s, u"Review and pay"_s});
            if (!p.orderDetails.items.isEmpty()) // elided to one line: its start
                out.append({u"order.title"_s, p.orderDetails.items.first().name.left(12)});
        }
        if (type == T::InteractiveOrderStatus) {
            out.append({u"button"_s, u"Review order"_s});
            out.append({u"order.detail"_s, p.orderStatus.referenceId});
            out.append({u"order.amount"_s, p.orderStatus.description.value_or(QString())});
        }
    } else if (type == T::Template) {
        out.append({u"template.name"_s, m.templatePayload().name});
        for (const Wac::TemplateComponent &c : m.templatePayload().components) {
            for (const Wac::TemplateParameter &p : c.parameters) {
                if (p.type == u"text"_s)
                    out.append({u"param"_s, p.text.value_or(QString())});
                else if (p.type == u"currency"_s || p.type == u"date_time"_s)
                    out.append({u"param"_s, p.fallbackValue});
            }
        }
    } else if (type == T::Pin) {
        out.append({u"notice"_s, m.pin().messageId.left(16)}); // the short form of its ID
    } else if (type == T::Reaction && !m.reaction().emoji.isEmpty()) {
        out.append({u"reaction"_s, m.reaction().emoji});
    }
    out.removeIf([](const Expectation &e) { return e.second.trimmed().isEmpty(); });
    return out;
}

bool shows(const Wac::PreviewScene &scene, const Expectation &e)
{
    for (const QString &text : scene.texts(e.first)) {
        if (text.contains(e.second))
            return true;
    }
    return false;
}

QJsonObject example(const QString &name)
{
    QFile file(QStringLiteral(WACONSOLE_EXAMPLES_DIR) + u'/' + name + u".json"_s);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

} // namespace

class TestPreview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFixtureShowsWhatItMust_data();
    void everyFixtureShowsWhatItMust();
    void sheetsShowEveryRowAndProduct();
    void carouselShowsOneCardAtATime();
    void templateDefinitionIsFilledIn();
};

void TestPreview::initTestCase()
{
    previous = qInstallMessageHandler(capture);
}

void TestPreview::everyFixtureShowsWhatItMust_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<Wac::PreviewTheme>("theme");
    for (const QString &name : Wac::Test::validPayloadNames()) {
        for (const auto theme : {Wac::PreviewTheme::Light, Wac::PreviewTheme::Dark}) {
            QTest::addRow(
                "%s %s", qPrintable(name), theme == Wac::PreviewTheme::Light ? "light" : "dark")
                << Wac::Test::loadValidPayload(name) << theme;
        }
    }
}

void TestPreview::everyFixtureShowsWhatItMust()
{
    QFETCH(QJsonObject, payload);
    QFETCH(Wac::PreviewTheme, theme);
    const Wac::OutgoingMessage message = Wac::OutgoingMessage::fromJson(payload);
    Wac::PreviewOptions options;
    options.theme = theme;
    options.time = u"09:41"_s;
    options.sheetOpen = Wac::hasSheet(message.type());
    warnings.clear();
    const Wac::PreviewScene scene = Wac::renderPreview(message, options);
    const QImage image = scene.toImage(1);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QVERIFY(!image.isNull());
    // A pin is a line across the group chat, which has no time, as on the phone.
    if (message.type() != Wac::MessageType::Pin)
        QVERIFY(scene.texts(u"time"_s).contains(u"09:41"_s));
    for (const Expectation &e : expectedTexts(message)) {
        QVERIFY2(shows(scene, e),
            qPrintable(e.first + u": \""_s + e.second + u"\" not in "_s
                + scene.texts(e.first).join(u" | "_s)));
    }
}

void TestPreview::sheetsShowEveryRowAndProduct()
{
    const Wac::OutgoingMessage list =
        Wac::OutgoingMessage::fromJson(Wac::Test::loadValidPayload(u"max-list"_s));
    Wac::PreviewOptions options;
    const Wac::PreviewScene closed = Wac::renderPreview(list, options);
    QVERIFY(closed.texts(u"row.title"_s).isEmpty());
    // The list's button opens the sheet: it is where the scene says a click opens it.
    bool opener = false;
    for (const Wac::SceneItem &item : closed.items)
        opener = opener || item.action == u"open-sheet"_s;
    QVERIFY(opener);
    options.sheetOpen = true;
    const Wac::PreviewScene open = Wac::renderPreview(list, options);
    QStringList rows;
    QStringList sections;
    for (const Wac::ListSection &section : list.interactive().sections) {
        sections.append(section.title.value_or(QString()));
        for (const Wac::ListRow &row : section.rows)
            rows.append(row.title);
    }
    QCOMPARE(open.texts(u"row.title"_s), rows);
    QCOMPARE(open.texts(u"section.title"_s), sections);
    QCOMPARE(open.texts(u"sheet.title"_s), QStringList {list.interactive().listButton});
    QCOMPARE(open.actionAt(QPointF(2, 2)), u"close-sheet"_s);

    const Wac::OutgoingMessage products =
        Wac::OutgoingMessage::fromJson(Wac::Test::loadValidPayload(u"max-product-list"_s));
    const Wac::PreviewScene sheet = Wac::renderPreview(products, options);
    QStringList items;
    for (const Wac::ProductSection &section : products.interactive().productSections) {
        for (const Wac::ProductItem &item : section.items)
            items.append(item.productRetailerId);
    }
    QCOMPARE(sheet.texts(u"product.item"_s), items);
}

void TestPreview::carouselShowsOneCardAtATime()
{
    const Wac::OutgoingMessage message = Wac::OutgoingMessage::fromJson(
        Wac::Test::loadValidPayload(u"ref-interactive.carousel-url"_s));
    const QStringList names = {u"Blue Echeveria"_s, u"Zebra Haworthia"_s, u"Panda Plant"_s};
    Wac::PreviewOptions options;
    for (int front = 0; front < 4; ++front) {
        options.carouselCard = front;
        const Wac::PreviewScene scene = Wac::renderPreview(message, options);
        const QString shown = scene.texts(u"card.body"_s).join(u' ');
        for (int i = 0; i < names.size(); ++i) // past the last card, the last stays in front
            QCOMPARE(shown.contains(names.at(i)), i == std::min(front, 2));
        QCOMPARE(scene.texts(u"button"_s), QStringList {u"Buy now"_s});
        QCOMPARE(scene.texts(u"body"_s).join(u' ').contains(u"latest arrivals"_s), true);
        QStringList actions;
        for (const Wac::SceneItem &item : scene.items) {
            if (!item.action.isEmpty()) {
                actions << item.action;
                QCOMPARE(scene.actionAt(item.rect.center()), item.action);
            }
        }
        QCOMPARE(actions.contains(u"carousel-previous"_s), front > 0);
        QCOMPARE(actions.contains(u"carousel-next"_s), front < 2);
    }
    // The cards stand in card_index order, whatever the array's.
    QJsonValue json = message.toJson();
    QVERIFY(Wac::JsonPointer::assign(json, u"/interactive/action/cards/0/card_index"_s, 5));
    options.carouselCard = 0;
    const Wac::PreviewScene reordered =
        Wac::renderPreview(Wac::OutgoingMessage::fromJson(json.toObject()), options);
    QVERIFY(reordered.texts(u"card.body"_s).join(u' ').contains(u"Zebra Haworthia"_s));
}

void TestPreview::templateDefinitionIsFilledIn()
{
    QFile file(QStringLiteral(WACONSOLE_SIM_TEMPLATES));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject definition;
    for (const QJsonValue &t : QJsonDocument::fromJson(file.readAll())[u"data"].toArray()) {
        if (t[u"name"].toString() == u"order_confirmation"_s && t[u"language"] == u"en_US"_s)
            definition = t.toObject();
    }
    QVERIFY(!definition.isEmpty());
    const Wac::OutgoingMessage message = Wac::OutgoingMessage::fromJson(example(u"template"_s));
    Wac::PreviewOptions options;
    options.templateDefinition = definition;
    const Wac::PreviewScene scene = Wac::renderPreview(message, options);
    QCOMPARE(scene.texts(u"body"_s),
        QStringList {u"Hi Pablo, your order #4512 is confirmed. Total: $100.99."_s});
    QCOMPARE(scene.texts(u"footer"_s), QStringList {u"Lucky Shrub"_s});
    QCOMPARE(scene.texts(u"document"_s), QStringList {u"receipt-4512.pdf"_s});
    QCOMPARE(scene.texts(u"button"_s), (QStringList {u"Track order"_s, u"Call us"_s}));
    // The substituted values are drawn highlighted: they have a background of their own.
    for (const Wac::SceneItem &item : scene.items) {
        if (item.role != u"body"_s)
            continue;
        int highlighted = 0;
        for (const QTextLayout::FormatRange &range : item.layout->formats())
            highlighted += range.format.background().style() != Qt::NoBrush ? 1 : 0;
        QCOMPARE(highlighted, 3);
    }
}

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"

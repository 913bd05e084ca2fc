// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The carousel page driven as a user would: the page's choice of card kind and buttons goes to
// every card, a card added takes them and its place's card_index, product cards share the one
// catalog, and a pasted carousel of mixed cards stays as written for the validator to name.
#include "core/jsonpointer.h"
#include "widgets/composer/pages/carouselcomposerpage.h"
#include "widgets/composer/repeatedlist.h"

#include <QApplication>
#include <QJsonArray>
#include <QTest>

#include "formdriver.h"
#include "payloadcorpus.h"

using namespace Qt::StringLiterals;

namespace {

QJsonArray cardsOf(const Wac::ComposerPage &page)
{
    return Wac::JsonPointer::resolve(page.message().toJson(), u"/interactive/action/cards"_s)
        .toArray();
}

QStringList errorCodes(const Wac::ComposerPage &page)
{
    QStringList codes;
    for (const Wac::Diagnostic &d : page.message().validate()) {
        if (d.isError())
            codes << d.pointer + u' ' + d.code;
    }
    return codes;
}

} // namespace

class TestCarouselPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aBlankCarouselHasTwoCardsToFill();
    void theButtonsChoiceGoesToEveryCard();
    void anAddedCardTakesTheKindAndItsPlace();
    void productCardsShareOneCatalog();
    void aMixedPasteStaysForTheValidator();

private:
    std::unique_ptr<Wac::CarouselComposerPage> m_page;
};

void TestCarouselPage::init()
{
    m_page = std::make_unique<Wac::CarouselComposerPage>();
    m_page->setMessage(Wac::OutgoingMessage::fromJson(
        Wac::Test::loadValidPayload(u"ref-interactive.carousel-quick-reply"_s)));
    m_page->show();
}

void TestCarouselPage::aBlankCarouselHasTwoCardsToFill()
{
    m_page->clear();
    QCOMPARE(cardsOf(*m_page).size(), 2);
    QCOMPARE(Wac::Test::drive(m_page.get(),
                 {u"bodyTextEdit=Two new plants"_s,
                     u"cardsList/0/headerMediaEditor/linkLineEdit=https://a.example/1.jpeg"_s,
                     u"cardsList/0/displayTextLineEdit=Buy now"_s,
                     u"cardsList/0/urlLineEdit=https://a.example/1"_s,
                     u"cardsList/1/headerMediaEditor/linkLineEdit=https://a.example/2.jpeg"_s,
                     u"cardsList/1/displayTextLineEdit=Buy now"_s,
                     u"cardsList/1/urlLineEdit=https://a.example/2"_s}),
        QString());
    QJsonObject message = m_page->message().toJson();
    message.insert(u"to"_s, u"+16505551234"_s);
    QCOMPARE(Wac::OutgoingMessage::fromJson(message).validate().size(), 0);
    QCOMPARE(cardsOf(*m_page).at(1)[u"header"_s][u"image"_s][u"link"_s].toString(),
        u"https://a.example/2.jpeg"_s);
}

void TestCarouselPage::theButtonsChoiceGoesToEveryCard()
{
    QCOMPARE(Wac::Test::drive(m_page.get(), {u"buttonsComboBox@url"_s}), QString());
    const QJsonArray cards = cardsOf(*m_page);
    QCOMPARE(cards.size(), 3);
    for (const QJsonValue &card : cards) {
        const QJsonObject action = card[u"action"_s].toObject();
        QVERIFY(!action.contains(u"buttons"));
        QCOMPARE(action.value(u"name").toString(), u"cta_url"_s);
    }
    // Each card now asks for its URL button, and nothing says the cards differ.
    const QStringList errors = errorCodes(*m_page);
    QVERIFY2(errors.contains(u"/interactive/action/cards/2/action/parameters "
                             "interactive.action.cards.action.parameters.required"_s),
        qPrintable(errors.join(u'\n')));
    QVERIFY(!errors.join(u' ').contains(u"buttonsMismatch"_s));
    QCOMPARE(Wac::Test::drive(m_page.get(), {u"buttonsComboBox@quick_reply"_s}), QString());
    QCOMPARE(cardsOf(*m_page).at(0)[u"action"_s].toObject().keys(), QStringList {u"buttons"_s});
}

void TestCarouselPage::anAddedCardTakesTheKindAndItsPlace()
{
    QCOMPARE(Wac::Test::drive(m_page.get(),
                 {u"cardsList/add!"_s,
                     u"cardsList/3/headerMediaEditor/linkLineEdit=https://a.example/4.jpeg"_s,
                     u"cardsList/3/repliesList/add!"_s,
                     u"cardsList/3/repliesList/0/titleLineEdit=Learn more"_s,
                     u"cardsList/3/repliesList/0/idLineEdit=learn-4"_s}),
        QString());
    QJsonArray cards = cardsOf(*m_page);
    QCOMPARE(cards.size(), 4);
    QCOMPARE(cards.at(3)[u"card_index"_s].toInt(), 3);
    QCOMPARE(cards.at(3)[u"type"_s].toString(), u"cta_url"_s);
    QCOMPARE(cards.at(3)[u"action"_s][u"buttons"_s][0][u"quick_reply"_s][u"id"_s].toString(),
        u"learn-4"_s);
    // One reply where the others have two: the validator names the card.
    QVERIFY(errorCodes(*m_page).contains(
        u"/interactive/action/cards/3/action interactive.action.cards.action.buttonsMismatch"_s));
    QCOMPARE(Wac::Test::drive(m_page.get(), {u"cardsList/0/removeToolButton!"_s}), QString());
    cards = cardsOf(*m_page);
    QCOMPARE(cards.size(), 3);
    for (int i = 0; i < cards.size(); ++i)
        QCOMPARE(cards.at(i)[u"card_index"_s].toInt(), i);
    QCOMPARE(cards.at(0)[u"action"_s][u"buttons"_s][0][u"quick_reply"_s][u"id"_s].toString(),
        u"learn-zebra-haworthia"_s);
    auto *list = m_page->findChild<Wac::RepeatedList *>(u"cardsList"_s);
    for (int i = 0; i < 7; ++i)
        list->append();
    QCOMPARE(list->count(), 10);
    QVERIFY(!list->findChild<QWidget *>(u"addPushButton"_s)->isEnabled()); // ten at most
}

void TestCarouselPage::productCardsShareOneCatalog()
{
    QCOMPARE(Wac::Test::drive(m_page.get(),
                 {u"kindComboBox@product"_s, u"catalogIdLineEdit=123456789"_s,
                     u"cardsList/0/productLineEdit=abc123xyz"_s,
                     u"cardsList/1/productLineEdit=def456uvw"_s,
                     u"cardsList/2/productLineEdit=ghi789rst"_s}),
        QString());
    const QJsonArray cards = cardsOf(*m_page);
    for (int i = 0; i < cards.size(); ++i) {
        const QJsonObject card = cards.at(i).toObject();
        QCOMPARE(card.value(u"type").toString(), u"product"_s);
        QVERIFY(!card.contains(u"header") && !card.contains(u"body"));
        QCOMPARE(card[u"action"_s][u"catalog_id"_s].toString(), u"123456789"_s);
    }
    QCOMPARE(errorCodes(*m_page), QStringList());
    QVERIFY(!m_page->findChild<QWidget *>(u"buttonsComboBox"_s)->isVisible());
}

void TestCarouselPage::aMixedPasteStaysForTheValidator()
{
    QJsonObject payload = Wac::Test::loadValidPayload(u"ref-interactive.carousel-quick-reply"_s);
    QJsonValue json = payload;
    const QJsonValue url =
        Wac::JsonPointer::resolve(Wac::Test::loadValidPayload(u"ref-interactive.carousel-url"_s),
            u"/interactive/action/cards/1/action"_s);
    QVERIFY(Wac::JsonPointer::assign(json, u"/interactive/action/cards/1/action"_s, url));
    m_page->setMessage(Wac::OutgoingMessage::fromJson(json.toObject()));
    QCOMPARE(m_page->message().toJson(), json.toObject());
    QVERIFY(errorCodes(*m_page).contains(
        u"/interactive/action/cards/1/action interactive.action.cards.action.buttonsMismatch"_s));
    // Choosing the buttons for the page makes the cards alike again.
    QCOMPARE(Wac::Test::drive(m_page.get(), {u"buttonsComboBox@url"_s}), QString());
    QVERIFY(!errorCodes(*m_page).join(u' ').contains(u"buttonsMismatch"_s));
}

QTEST_MAIN(TestCarouselPage)
#include "tst_carouselpage.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/carouselcomposerpage.h"

#include "ui_carouselcomposerpage.h"

#include "core/jsonpointer.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/items/carouselcardeditor.h"
#include "widgets/composer/repeatedlist.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int maxCards = 10;
const QString cardsAt = u"/interactive/action/cards"_s;

} // namespace

CarouselComposerPage::CarouselComposerPage(QWidget *parent)
    : ComposerPage(MessageType::InteractiveCarousel, parent)
    , m_ui(std::make_unique<Ui::CarouselComposerPage>())
{
    m_ui->setupUi(this);
    m_ui->kindComboBox->addItem(tr("Media cards (image or video)"), u"media"_s);
    m_ui->kindComboBox->addItem(tr("Product cards"), u"product"_s);
    m_ui->buttonsComboBox->addItem(tr("One URL button"), u"url"_s);
    m_ui->buttonsComboBox->addItem(tr("Quick replies"), u"quick_reply"_s);
    m_ui->cardsList->setTexts(tr("Card %1"), tr("Add &card"));
    m_ui->cardsList->setMaximum(maxCards);
    m_ui->cardsList->setFactory([this](QWidget *owner) {
        auto *editor = new CarouselCardEditor(owner);
        editor->setKind(productCards(), cardButtons());
        return editor;
    });
    for (QComboBox *combo : {m_ui->kindComboBox, m_ui->buttonsComboBox})
        connect(combo, &QComboBox::currentIndexChanged, this, &CarouselComposerPage::applyKind);
    connect(m_ui->cardsList, &RepeatedList::structureChanged, this, [this] { m_renumber = true; });
    connect(
        m_ui->catalogIdLineEdit, &QLineEdit::textEdited, this, [this] { m_catalogEdited = true; });
    watchList(m_ui->cardsList);
    watchFields();
    updateRows();
}

CarouselComposerPage::~CarouselComposerPage() = default;

bool CarouselComposerPage::productCards() const
{
    return FieldText::readChoice(m_ui->kindComboBox) == u"product"_s;
}

CarouselCard::Buttons CarouselComposerPage::cardButtons() const
{
    return FieldText::readChoice(m_ui->buttonsComboBox) == u"quick_reply"_s
        ? CarouselCard::Buttons::QuickReplies
        : CarouselCard::Buttons::Url;
}

void CarouselComposerPage::applyKind()
{
    m_kindApplied = true;
    for (int i = 0; i < m_ui->cardsList->count(); ++i)
        m_ui->cardsList->itemAs<CarouselCardEditor>(i)->setKind(productCards(), cardButtons());
    updateRows();
    refreshFields(); // the cards' fields came or went
    edited();
}

void CarouselComposerPage::updateRows()
{
    m_ui->formLayout->setRowVisible(m_ui->buttonsComboBox, !productCards());
    m_ui->formLayout->setRowVisible(m_ui->catalogIdLineEdit, productCards());
}

void CarouselComposerPage::load(const OutgoingMessage &message)
{
    const InteractivePayload payload = message.interactive();
    FieldText::show(m_ui->bodyTextEdit, payload.body);
    // The first card's kind is the page's; a pasted card of another kind keeps its own.
    const CarouselCard first = payload.cards.value(0);
    const QSignalBlocker kind(m_ui->kindComboBox); // a loaded card keeps the kind it has
    const QSignalBlocker buttons(m_ui->buttonsComboBox);
    FieldText::showChoice(m_ui->kindComboBox, first.isProduct() ? u"product"_s : u"media"_s);
    FieldText::showChoice(m_ui->buttonsComboBox,
        first.buttons == CarouselCard::Buttons::QuickReplies ? u"quick_reply"_s : u"url"_s);
    FieldText::show(m_ui->catalogIdLineEdit, first.catalogId);
    m_ui->cardsList->load(JsonPointer::resolve(message.toJson(), cardsAt).toArray());
    m_renumber = false;
    m_catalogEdited = false;
    m_kindApplied = false;
    updateRows();
}

QJsonObject CarouselComposerPage::finishCard(QJsonObject card, int index) const
{
    // card_index follows the card's place once the user adds, moves or removes a card; until
    // then a loaded carousel stays as written, its indexes (or their absence) included.
    if (m_renumber)
        card.insert(u"card_index", index);
    if (card.value(u"type").toString() != u"product"_s)
        return card;
    QJsonObject action = card.value(u"action").toObject();
    // The one catalog goes on every card the user edited or made; a pasted card without one
    // stays so for the validator to name.
    if (m_catalogEdited || ((m_renumber || m_kindApplied) && !action.contains(u"catalog_id"))) {
        action.insert(u"catalog_id", FieldText::read(m_ui->catalogIdLineEdit).value_or(QString()));
        card.insert(u"action", action);
    }
    return card;
}

void CarouselComposerPage::store(OutgoingMessage &message) const
{
    InteractivePayload payload = message.interactive();
    payload.body = FieldText::read(m_ui->bodyTextEdit);
    message.setInteractive(payload);
    QJsonArray cards = m_ui->cardsList->toJson();
    for (int i = 0; i < cards.size(); ++i)
        cards[i] = finishCard(cards.at(i).toObject(), i);
    writeArray(message, cardsAt, cards);
}

void CarouselComposerPage::describeFields(FieldMap &fields) const
{
    fields.add(u"/interactive/body"_s, m_ui->bodyTextEdit);
    fields.add(u"/interactive/body/text"_s, m_ui->bodyTextEdit);
    // A main header or footer is not allowed: its finding shows by the body.
    fields.add(u"/interactive/header"_s, m_ui->bodyTextEdit);
    fields.add(u"/interactive/footer"_s, m_ui->bodyTextEdit);
    fields.add(u"/interactive/action"_s, m_ui->cardsList);
    m_ui->cardsList->describeFields(fields, cardsAt);
    for (int i = 0; i < m_ui->cardsList->count(); ++i) {
        if (m_ui->cardsList->itemAs<CarouselCardEditor>(i)->isProduct()) {
            fields.add(
                JsonPointer::child(JsonPointer::child(cardsAt, i), u"action"_s) + u"/catalog_id"_s,
                m_ui->catalogIdLineEdit);
        }
    }
}

} // namespace Wac

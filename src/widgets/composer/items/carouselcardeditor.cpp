// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/items/carouselcardeditor.h"

#include "ui_carouselcardeditor.h"

#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/items/quickreplyeditor.h"

using namespace Qt::StringLiterals;

namespace Wac {

CarouselCardEditor::CarouselCardEditor(QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::CarouselCardEditor>())
{
    m_ui->setupUi(this);
    m_ui->headerTypeComboBox->addItem(tr("Image"), u"image"_s);
    m_ui->headerTypeComboBox->addItem(tr("Video"), u"video"_s);
    m_ui->repliesList->setCompact(true);
    m_ui->repliesList->setTexts(tr("Quick reply %1"), tr("Add &quick reply"));
    m_ui->repliesList->setFactory([](QWidget *owner) { return new QuickReplyEditor(owner); });
    connect(m_ui->headerTypeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->headerMediaEditor->setMediaKind(FieldText::readChoice(m_ui->headerTypeComboBox));
    });
    watchList(m_ui->repliesList);
    watchFields();
    updateRows();
}

CarouselCardEditor::~CarouselCardEditor() = default;

void CarouselCardEditor::setKind(bool product, CarouselCard::Buttons buttons)
{
    m_product = product;
    m_buttons = buttons;
    updateRows();
}

int CarouselCardEditor::quickReplyCount() const
{
    return m_ui->repliesList->count();
}

void CarouselCardEditor::load(const QJsonObject &element)
{
    const CarouselCard card = CarouselCard::fromJson(element);
    if (!element.isEmpty()) { // a card just added takes the kind the page gave it
        m_product = card.isProduct();
        m_buttons = card.buttons;
    }
    const InteractiveHeader header = card.header.value_or(InteractiveHeader());
    FieldText::showChoice(
        m_ui->headerTypeComboBox, card.header && !header.type.isEmpty() ? header.type : u"image"_s);
    m_ui->headerMediaEditor->setMediaKind(FieldText::readChoice(m_ui->headerTypeComboBox));
    // Only a link is documented for a card's media: a new card starts with it.
    m_ui->headerMediaEditor->setMedia(
        header.media.id, element.isEmpty() ? std::optional<QString>(QString()) : header.media.link);
    FieldText::show(m_ui->bodyTextEdit, card.body);
    FieldText::show(m_ui->displayTextLineEdit, card.displayText);
    FieldText::show(m_ui->urlLineEdit, card.url);
    FieldText::show(m_ui->productLineEdit, card.productRetailerId);
    m_ui->repliesList->load(element.value(u"action").toObject().value(u"buttons").toArray());
    updateRows();
}

QJsonObject CarouselCardEditor::store(QJsonObject element) const
{
    CarouselCard card = CarouselCard::fromJson(element);
    if (element.isEmpty() || m_product != card.isProduct()) {
        // A card just added, or one whose kind the page switched: what the other kind had
        // does not apply.
        for (const QString &key : {u"header"_s, u"body"_s, u"action"_s})
            element.remove(key);
        element.insert(u"type", m_product ? u"product"_s : u"cta_url"_s);
        card = CarouselCard::fromJson(element);
    }
    if (m_product) {
        card.productRetailerId = FieldText::read(m_ui->productLineEdit).value_or(QString());
        return card.toJson(element);
    }
    storeMedia(card);
    card.buttons = m_buttons;
    card.displayText = FieldText::read(m_ui->displayTextLineEdit).value_or(QString());
    card.url = FieldText::read(m_ui->urlLineEdit).value_or(QString());
    QJsonObject json = card.toJson(element);
    if (m_buttons == CarouselCard::Buttons::QuickReplies) {
        // The list's own elements, so that a reordered reply takes its unknown keys along.
        QJsonObject action = json.value(u"action").toObject();
        const QJsonObject before = action;
        writeArray(action, u"buttons"_s, m_ui->repliesList->toJson());
        if (action != before)
            json.insert(u"action", action);
    }
    return json;
}

void CarouselCardEditor::storeMedia(CarouselCard &card) const
{
    const std::optional<QString> id = m_ui->headerMediaEditor->id();
    const std::optional<QString> link = m_ui->headerMediaEditor->link();
    // A card loaded without a header keeps none until the user gives its media.
    if (card.header || (id && !id->isEmpty()) || (link && !link->isEmpty())) {
        InteractiveHeader header = card.header.value_or(InteractiveHeader());
        header.type = FieldText::readChoice(m_ui->headerTypeComboBox);
        header.media.id = id;
        header.media.link = link;
        card.header = header;
    }
    card.body = FieldText::read(m_ui->bodyTextEdit);
}

void CarouselCardEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    const QString header = pointer + u"/header"_s;
    fields.add(pointer, firstField());
    fields.add(pointer + u"/card_index"_s, firstField());
    fields.add(pointer + u"/type"_s, firstField());
    fields.add(header, m_ui->headerTypeComboBox);
    fields.add(header + u"/type"_s, m_ui->headerTypeComboBox);
    for (const QString &kind : {u"image"_s, u"video"_s}) {
        fields.add(header + u'/' + kind, m_ui->headerMediaEditor);
        fields.add(header + u'/' + kind + u"/id"_s, m_ui->headerMediaEditor->idField());
        fields.add(header + u'/' + kind + u"/link"_s, m_ui->headerMediaEditor->linkField());
    }
    fields.add(pointer + u"/body"_s, m_ui->bodyTextEdit);
    fields.add(pointer + u"/body/text"_s, m_ui->bodyTextEdit);
    const QString action = pointer + u"/action"_s;
    fields.add(action, m_product ? m_ui->productLineEdit : m_ui->displayTextLineEdit);
    fields.add(action + u"/name"_s, m_ui->displayTextLineEdit);
    fields.add(action + u"/parameters"_s, m_ui->displayTextLineEdit);
    fields.add(action + u"/parameters/display_text"_s, m_ui->displayTextLineEdit);
    fields.add(action + u"/parameters/url"_s, m_ui->urlLineEdit);
    fields.add(action + u"/product_retailer_id"_s, m_ui->productLineEdit);
    m_ui->repliesList->describeFields(fields, action + u"/buttons"_s);
}

QWidget *CarouselCardEditor::firstField() const
{
    return m_product ? static_cast<QWidget *>(m_ui->productLineEdit) : m_ui->headerTypeComboBox;
}

void CarouselCardEditor::updateRows()
{
    const bool url = !m_product && m_buttons == CarouselCard::Buttons::Url;
    QFormLayout *form = m_ui->formLayout;
    form->setRowVisible(m_ui->headerTypeComboBox, !m_product);
    form->setRowVisible(m_ui->headerMediaEditor, !m_product);
    form->setRowVisible(m_ui->bodyTextEdit, !m_product);
    form->setRowVisible(m_ui->displayTextLineEdit, url);
    form->setRowVisible(m_ui->urlLineEdit, url);
    form->setRowVisible(m_ui->productLineEdit, m_product);
    const bool replies = !m_product && !url;
    m_ui->repliesLabel->setVisible(replies);
    m_ui->repliesList->setVisible(replies);
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/buildercarouselpage.h"

#include "ui_buildercarouselpage.h"

#include "core/templates/componentplace.h"
#include "widgets/composer/formstyle.h"
#include "widgets/composer/repeatedlist.h"
#include "widgets/templatebuilder/buildercardeditor.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

// cloud-api-2026.md §1.6: 2 to 10 cards, fixed at creation.
constexpr int minCards = 2;
constexpr int maxCards = 10;
const auto carouselType = u"CAROUSEL";

} // namespace

BuilderCarouselPage::BuilderCarouselPage(QWidget *parent)
    : BuilderFieldsPage(parent)
    , m_ui(std::make_unique<Ui::BuilderCarouselPage>())
{
    m_ui->setupUi(this);
    FormStyle::polish(this);
    RepeatedList *cards = m_ui->cardsList;
    cards->setTexts(tr("Card %1"), tr("Add &card"));
    cards->setMaximum(maxCards);
    cards->setMinimum(minCards);
    cards->setLimitTexts(tr("A carousel has at most %1 cards.").arg(maxCards),
        tr("A carousel has at least %1 cards: remove the carousel instead.").arg(minCards));
    cards->setFactory([](QWidget *owner) { return new BuilderCardEditor(owner); });
    connect(cards, &RepeatedList::changed, this, &BuilderPage::changed);
    connect(cards, &RepeatedList::structureChanged, this, [this] {
        const bool any = m_ui->cardsList->count() > 0;
        m_ui->cardsList->setVisible(any);
        m_ui->removeCarouselButton->setVisible(any);
        m_ui->addCarouselButton->setVisible(!any);
    });
    connect(
        m_ui->addCarouselButton, &QPushButton::clicked, this, &BuilderCarouselPage::addCarousel);
    connect(m_ui->removeCarouselButton, &QPushButton::clicked, this,
        &BuilderCarouselPage::removeCarousel);
    load({});
}

BuilderCarouselPage::~BuilderCarouselPage() = default;

void BuilderCarouselPage::addCarousel()
{
    for (int i = 0; i < minCards; ++i)
        m_ui->cardsList->append();
}

void BuilderCarouselPage::removeCarousel()
{
    m_ui->cardsList->load({});
    Q_EMIT m_ui->cardsList->structureChanged();
    Q_EMIT changed();
}

void BuilderCarouselPage::load(const QJsonObject &definition)
{
    {
        const QSignalBlocker blocker(m_ui->cardsList);
        m_ui->cardsList->load(
            ComponentPlace::find(definition, carouselType).value(u"cards").toArray());
    }
    const bool any = m_ui->cardsList->count() > 0;
    m_ui->cardsList->setVisible(any);
    m_ui->removeCarouselButton->setVisible(any);
    m_ui->addCarouselButton->setVisible(!any);
}

void BuilderCarouselPage::store(QJsonObject &definition) const
{
    QJsonObject component = ComponentPlace::find(definition, carouselType);
    const QJsonArray cards = m_ui->cardsList->toJson();
    if (cards.isEmpty()) {
        ComponentPlace::put(definition, carouselType, {});
        return;
    }
    if (component.isEmpty())
        component.insert(u"type", u"CAROUSEL"_s);
    if (component.value(u"cards") != QJsonValue(cards))
        component.insert(u"cards", cards);
    ComponentPlace::put(definition, carouselType, component);
}

void BuilderCarouselPage::describeFields(FieldMap &fields, const QJsonObject &definition) const
{
    const QString at = ComponentPlace::pointerOf(definition, carouselType);
    fields.add(at, m_ui->cardsList);
    fields.add(at + u"/cards"_s, m_ui->cardsList);
    m_ui->cardsList->describeFields(fields, at + u"/cards"_s);
}

QStringList BuilderCarouselPage::ownPointers(const QJsonObject &definition) const
{
    return {ComponentPlace::pointerOf(definition, carouselType)};
}

} // namespace Wac

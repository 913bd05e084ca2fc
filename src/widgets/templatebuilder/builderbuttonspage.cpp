// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/builderbuttonspage.h"

#include "ui_builderbuttonspage.h"

#include "core/templates/componentplace.h"
#include "widgets/composer/formstyle.h"
#include "widgets/composer/repeatedlist.h"
#include "widgets/templatebuilder/builderbuttoneditor.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int maxButtons = 10; // cloud-api-reference.md §5.1: at most 10 buttons in all
const auto buttonsType = u"BUTTONS";

} // namespace

BuilderButtonsPage::BuilderButtonsPage(QWidget *parent)
    : BuilderFieldsPage(parent)
    , m_ui(std::make_unique<Ui::BuilderButtonsPage>())
{
    m_ui->setupUi(this);
    FormStyle::polish(this);
    m_ui->buttonsList->setTexts(tr("Button %1"), tr("&Add button"));
    m_ui->buttonsList->setMaximum(maxButtons);
    m_ui->buttonsList->setLimitTexts(
        tr("A template has at most %1 buttons.").arg(maxButtons), QString());
    m_ui->buttonsList->setFactory([](QWidget *owner) { return new BuilderButtonEditor(owner); });
    connect(m_ui->buttonsList, &RepeatedList::changed, this, &BuilderPage::changed);
}

BuilderButtonsPage::~BuilderButtonsPage() = default;

void BuilderButtonsPage::load(const QJsonObject &definition)
{
    const QSignalBlocker blocker(m_ui->buttonsList);
    m_ui->buttonsList->load(
        ComponentPlace::find(definition, buttonsType).value(u"buttons").toArray());
}

void BuilderButtonsPage::store(QJsonObject &definition) const
{
    QJsonObject component = ComponentPlace::find(definition, buttonsType);
    const QJsonArray buttons = m_ui->buttonsList->toJson();
    if (buttons.isEmpty()) {
        QJsonObject rest = component;
        rest.remove(u"type"_s);
        rest.remove(u"buttons"_s);
        if (rest.isEmpty()) { // the page is empty: no component
            ComponentPlace::put(definition, buttonsType, {});
            return;
        }
    }
    if (component.isEmpty())
        component.insert(u"type", u"BUTTONS"_s);
    if (component.value(u"buttons") != QJsonValue(buttons))
        component.insert(u"buttons", buttons);
    ComponentPlace::put(definition, buttonsType, component);
}

void BuilderButtonsPage::describeFields(FieldMap &fields, const QJsonObject &definition) const
{
    const QString at = ComponentPlace::pointerOf(definition, buttonsType);
    fields.add(at, m_ui->buttonsList);
    fields.add(at + u"/buttons"_s, m_ui->buttonsList);
    m_ui->buttonsList->describeFields(fields, at + u"/buttons"_s);
}

QStringList BuilderButtonsPage::ownPointers(const QJsonObject &definition) const
{
    return {ComponentPlace::pointerOf(definition, buttonsType)};
}

} // namespace Wac

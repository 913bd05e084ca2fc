// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/slots/taptargetsloteditor.h"

#include "core/jsonfields.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Wac {

TapTargetSlotEditor::TapTargetSlotEditor(const TemplateSlot &slot, QWidget *parent)
    : TemplateSlotEditor(slot, parent)
    , m_group(new QGroupBox(tr("Override tap target"), this))
    , m_title(new QLineEdit(m_group))
    , m_url(new QLineEdit(m_group))
{
    m_group->setObjectName(u"tapTargetGroupBox"_s);
    m_group->setCheckable(true);
    m_group->setChecked(false);
    m_group->setToolTip(tr("Send another title and address for a tap on the message than the "
                           "template was approved with"));
    auto *form = new QFormLayout(m_group);
    m_title->setPlaceholderText(tr("e.g. Offer Details"));
    m_title->setAccessibleName(tr("Tap target title"));
    m_url->setPlaceholderText(tr("e.g. https://www.luckyshrubs.com/"));
    m_url->setAccessibleName(tr("Tap target URL"));
    auto *titleLabel = new QLabel(tr("&Title"), m_group);
    titleLabel->setBuddy(m_title);
    auto *urlLabel = new QLabel(tr("&URL"), m_group);
    urlLabel->setBuddy(m_url);
    form->addRow(titleLabel, m_title);
    form->addRow(urlLabel, m_url);
    grid()->addWidget(m_group, 0, 0);
    connect(m_group, &QGroupBox::toggled, this, &TemplateSlotEditor::changed);
}

QWidget *TapTargetSlotEditor::mainField() const
{
    return m_title;
}

TemplateParameter TapTargetSlotEditor::value() const
{
    TemplateParameter p = TemplateSlots::emptyValue(templateSlot());
    if (!m_group->isChecked())
        return p; // left out of the send
    // The fields edit the first target; further ones, or the one object an SDK sends, keep
    // their form and the rest of what they held.
    const bool single = m_loaded.list.isEmpty() && !m_loaded.object.isEmpty();
    QJsonObject target = single ? m_loaded.object : m_loaded.list.at(0).toObject();
    JsonFields::setString(target, u"url", optText(m_url));
    JsonFields::setString(target, u"title", optText(m_title));
    if (single) {
        p.object = target;
        return p;
    }
    p.list = m_loaded.list;
    if (p.list.isEmpty())
        p.list.append(target);
    else
        p.list.replace(0, target);
    return p;
}

void TapTargetSlotEditor::setValue(const TemplateParameter &p)
{
    m_loaded = p;
    const QJsonObject target = p.list.isEmpty() ? p.object : p.list.at(0).toObject();
    m_title->setText(target.value(u"title").toString());
    m_url->setText(target.value(u"url").toString());
    m_group->setChecked(!TemplateSlots::isEmpty(p));
}

} // namespace Wac

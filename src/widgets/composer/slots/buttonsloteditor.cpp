// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/slots/buttonsloteditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

using Kind = TemplateSlot::Kind;

constexpr int maxTtlMinutes = 43200; // 30 days: Meta's call-button page

} // namespace

ButtonSlotEditor::ButtonSlotEditor(const TemplateSlot &slot, QWidget *parent)
    : TemplateSlotEditor(slot, parent)
{
    switch (slot.kind) {
    case Kind::ButtonUrl: {
        // The fixed part of the address, so that the suffix is typed where it goes.
        auto *base = new QLabel(slot.url.left(slot.url.indexOf(u"{{"_s)), this);
        base->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid()->addWidget(base, 0, 0);
        m_value = new QLineEdit(this);
        m_value->setPlaceholderText(slot.example);
        m_value->setAccessibleName(tr("URL suffix"));
        m_value->setToolTip(slot.url);
        grid()->addWidget(m_value, 0, 1);
        grid()->setColumnStretch(1, 1);
        break;
    }
    case Kind::ButtonCoupon:
        m_value = addLine(slot.example, tr("Coupon code"));
        m_value->setToolTip(tr("At most 15 letters and digits"));
        break;
    case Kind::ButtonOtp:
        m_value = addLine(tr("Same as the body's first value"), tr("One-time code"));
        break;
    case Kind::ButtonCatalog:
        m_value = addLine(tr("Thumbnail product retailer ID (optional: the catalog's first)"),
            tr("Thumbnail product"));
        break;
    case Kind::ButtonTtl:
        m_value = addLine(tr("Minutes, 1 to %1 (optional: as approved)").arg(maxTtlMinutes),
            tr("Valid for minutes"));
        break;
    default:
        m_value = addLine(tr("Payload returned when tapped (optional)"), tr("Payload"));
    }
}

QWidget *ButtonSlotEditor::mainField() const
{
    return m_value;
}

QString ButtonSlotEditor::problem() const
{
    if (templateSlot().kind != Kind::ButtonTtl || m_value->text().trimmed().isEmpty())
        return QString();
    bool ok = false;
    m_value->text().trimmed().toInt(&ok);
    return ok ? QString() : tr("Write a whole number of minutes, e.g. 1440.");
}

TemplateParameter ButtonSlotEditor::value() const
{
    TemplateParameter p = TemplateSlots::emptyValue(templateSlot());
    switch (templateSlot().kind) {
    case Kind::ButtonPayload:
        p.payload = m_value->text();
        break;
    case Kind::ButtonCoupon:
        p.couponCode = m_value->text();
        break;
    case Kind::ButtonCatalog:
        if (!m_value->text().isEmpty())
            p.object.insert(u"thumbnail_product_retailer_id"_s, m_value->text());
        break;
    case Kind::ButtonTtl: {
        bool ok = false;
        const int minutes = m_value->text().trimmed().toInt(&ok);
        p.ttlMinutes = ok ? std::optional<double>(minutes) : std::nullopt;
        break;
    }
    default:
        p.text = m_value->text();
    }
    return p;
}

void ButtonSlotEditor::setValue(const TemplateParameter &p)
{
    switch (templateSlot().kind) {
    case Kind::ButtonPayload:
        m_value->setText(p.payload.value_or(QString()));
        break;
    case Kind::ButtonCoupon:
        m_value->setText(p.couponCode.value_or(QString()));
        break;
    case Kind::ButtonCatalog:
        m_value->setText(p.object.value(u"thumbnail_product_retailer_id").toString());
        break;
    case Kind::ButtonTtl:
        m_value->setText(numberText(p.ttlMinutes));
        break;
    default:
        m_value->setText(p.text.value_or(QString()));
    }
}

} // namespace Wac

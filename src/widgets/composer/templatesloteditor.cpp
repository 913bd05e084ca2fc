// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/templatesloteditor.h"

#include "widgets/composer/slots/buttonsloteditor.h"
#include "widgets/composer/slots/jsonsloteditor.h"
#include "widgets/composer/slots/locationsloteditor.h"
#include "widgets/composer/slots/mediasloteditor.h"
#include "widgets/composer/slots/mpmsloteditor.h"
#include "widgets/composer/slots/offersloteditor.h"
#include "widgets/composer/slots/orderstatussloteditor.h"
#include "widgets/composer/slots/productsloteditor.h"
#include "widgets/composer/slots/taptargetsloteditor.h"
#include "widgets/composer/slots/variablesloteditor.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Wac {

using Kind = TemplateSlot::Kind;

TemplateSlotEditor::TemplateSlotEditor(const TemplateSlot &slot, QWidget *parent)
    : QWidget(parent)
    , m_slot(slot)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

TemplateSlotEditor *TemplateSlotEditor::create(const TemplateSlot &slot, QWidget *parent)
{
    switch (slot.kind) {
    case Kind::HeaderText:
    case Kind::BodyVariable:
        return new VariableSlotEditor(slot, parent);
    case Kind::HeaderMedia:
        return new MediaSlotEditor(slot, parent);
    case Kind::HeaderLocation:
        return new LocationSlotEditor(slot, parent);
    case Kind::CardProduct:
        return new ProductSlotEditor(slot, parent);
    case Kind::OfferExpiration:
        return new OfferSlotEditor(slot, parent);
    case Kind::ButtonFlow:
    case Kind::ButtonOrderDetails:
        return new JsonSlotEditor(slot, parent);
    case Kind::ButtonMpm:
        return new MpmSlotEditor(slot, parent);
    case Kind::OrderStatus:
        return new OrderStatusSlotEditor(slot, parent);
    case Kind::TapTarget:
        return new TapTargetSlotEditor(slot, parent);
    default:
        break;
    }
    return new ButtonSlotEditor(slot, parent);
}

QGridLayout *TemplateSlotEditor::grid() const
{
    return static_cast<QGridLayout *>(layout());
}

QLineEdit *TemplateSlotEditor::addLine(const QString &placeholder, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleName);
    grid()->addWidget(edit, grid()->rowCount(), 0, 1, -1);
    return edit;
}

std::optional<double> TemplateSlotEditor::number(const QLineEdit *edit, bool *bad)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    *bad = *bad || !ok;
    return ok ? std::optional(value) : std::nullopt;
}

std::optional<QString> TemplateSlotEditor::optText(const QLineEdit *edit)
{
    return edit->text().isEmpty() ? std::nullopt : std::optional(edit->text());
}

QString TemplateSlotEditor::numberText(std::optional<double> value, int precision)
{
    return value ? QLocale::c().toString(*value, 'g', precision) : QString();
}

QString TemplateSlotEditor::badNumber()
{
    return tr("Write a number with a point, e.g. 12.5.");
}

QString TemplateSlotEditor::label() const
{
    QString text;
    switch (m_slot.kind) {
    case Kind::HeaderText:
        text = tr("Header {{%1}}").arg(m_slot.variable);
        break;
    case Kind::BodyVariable:
        text = u"{{%1}}"_s.arg(m_slot.variable);
        break;
    case Kind::HeaderMedia:
        text = m_slot.mediaType == u"image"_s ? tr("Header image")
            : m_slot.mediaType == u"video"_s  ? tr("Header video")
                                              : tr("Header document");
        break;
    case Kind::HeaderLocation:
        return tr("Header location");
    case Kind::CardProduct:
        text = tr("Product");
        break;
    case Kind::OfferExpiration:
        return tr("Offer expires");
    case Kind::ButtonTtl:
        return tr("Call button valid for");
    case Kind::OrderStatus:
        return tr("Order");
    case Kind::TapTarget:
        return tr("Tap target");
    default: {
        // A copy-code button has no text of its own: WhatsApp writes "Copy code".
        const QString title = !m_slot.buttonText.isEmpty() ? m_slot.buttonText
            : m_slot.kind == Kind::ButtonCoupon            ? tr("Copy code")
                                                : QString::number(m_slot.buttonIndex + 1);
        text = tr("Button \"%1\"").arg(title);
    }
    }
    // A card's fields sit under its heading ("Card 2"): the label stays as short as others.
    return text;
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/templatesloteditor.h"

#include "core/jsoninput.h"
#include "widgets/composer/mediasourceeditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

using Kind = TemplateSlot::Kind;

std::optional<double> number(const QLineEdit *edit, bool *bad)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    *bad = *bad || !ok;
    return ok ? std::optional(value) : std::nullopt;
}

std::optional<QString> optText(const QLineEdit *edit)
{
    return edit->text().isEmpty() ? std::nullopt : std::optional(edit->text());
}

} // namespace

TemplateSlotEditor::TemplateSlotEditor(const TemplateSlot &slot, QWidget *parent)
    : QWidget(parent)
    , m_slot(slot)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    switch (slot.kind) {
    case Kind::HeaderText:
    case Kind::BodyVariable:
        buildVariable();
        break;
    case Kind::HeaderMedia:
        m_media = new MediaSourceEditor(this);
        m_media->setMediaKind(slot.mediaType);
        grid->addWidget(m_media, 0, 0);
        if (slot.mediaType == u"document"_s)
            m_filename = addLine(tr("File name the customer sees (optional)"), tr("File name"));
        break;
    case Kind::HeaderLocation:
        buildLocation();
        break;
    case Kind::ButtonFlow:
        buildFlow();
        break;
    case Kind::ButtonUrl: {
        // The fixed part of the address, so that the suffix is typed where it goes.
        auto *base = new QLabel(slot.url.left(slot.url.indexOf(u"{{"_s)), this);
        base->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(base, 0, 0);
        m_value = new QLineEdit(this);
        m_value->setPlaceholderText(slot.example);
        m_value->setAccessibleName(tr("URL suffix"));
        m_value->setToolTip(slot.url);
        grid->addWidget(m_value, 0, 1);
        grid->setColumnStretch(1, 1);
        break;
    }
    case Kind::ButtonPayload:
        m_value = addLine(tr("Payload returned when tapped (optional)"), tr("Payload"));
        break;
    case Kind::ButtonCoupon:
        m_value = addLine(slot.example, tr("Coupon code"));
        m_value->setToolTip(tr("At most 15 letters and digits"));
        break;
    case Kind::ButtonOtp:
        m_value = addLine(tr("Same as the body's first value"), tr("One-time code"));
        break;
    }
}

QLineEdit *TemplateSlotEditor::addLine(const QString &placeholder, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleName);
    auto *grid = static_cast<QGridLayout *>(layout());
    grid->addWidget(edit, grid->rowCount(), 0, 1, -1);
    return edit;
}

void TemplateSlotEditor::buildVariable()
{
    auto *grid = static_cast<QGridLayout *>(layout());
    // Made in reading order, which is the order Tab takes: the value, its type, then the
    // amount and currency of a currency value.
    m_value = new QLineEdit(this);
    m_value->setPlaceholderText(m_slot.example);
    m_value->setAccessibleName(tr("Value of {{%1}}").arg(m_slot.variable));
    m_type = new QComboBox(this);
    m_type->addItem(tr("Text"), u"text"_s);
    m_type->addItem(tr("Currency"), u"currency"_s);
    m_type->addItem(tr("Date & time"), u"date_time"_s);
    m_type->setAccessibleName(tr("Value type"));
    m_amount = new QLineEdit(this);
    m_amount->setPlaceholderText(tr("Amount, e.g. 100.99"));
    m_amount->setAccessibleName(tr("Amount"));
    m_currency = new QLineEdit(this);
    m_currency->setPlaceholderText(tr("USD"));
    m_currency->setAccessibleName(tr("Currency code"));
    m_currency->setMaximumWidth(fontMetrics().horizontalAdvance(u"MMMMM"_s));
    grid->addWidget(m_value, 0, 0);
    grid->addWidget(m_type, 0, 1);
    grid->addWidget(m_amount, 1, 0);
    grid->addWidget(m_currency, 1, 1);
    grid->setColumnStretch(0, 1);
    connect(m_type, &QComboBox::currentIndexChanged, this, &TemplateSlotEditor::typeChanged);
    typeChanged();
}

void TemplateSlotEditor::typeChanged()
{
    const QString type = m_type->currentData().toString();
    m_currency->setVisible(type == u"currency"_s);
    m_amount->setVisible(type == u"currency"_s);
    // Graph shows the fallback value of currency and date_time parameters as written.
    m_value->setToolTip(
        type == u"text"_s ? QString() : tr("What the customer sees, e.g. $100.99 or May 3"));
}

void TemplateSlotEditor::buildLocation()
{
    m_location = {addLine(tr("Latitude, e.g. -23.5614"), tr("Latitude")),
        addLine(tr("Longitude, e.g. -46.6559"), tr("Longitude")),
        addLine(tr("Place name (optional)"), tr("Place name")),
        addLine(tr("Address (optional)"), tr("Address"))};
}

void TemplateSlotEditor::buildFlow()
{
    m_value = addLine(tr("Flow token (optional)"), tr("Flow token"));
    m_flowData = new QPlainTextEdit(this);
    m_flowData->setPlaceholderText(tr("flow_action_data as a JSON object (optional)"));
    m_flowData->setAccessibleName(tr("Flow action data"));
    m_flowData->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    auto *grid = static_cast<QGridLayout *>(layout());
    grid->addWidget(m_flowData, grid->rowCount(), 0, 1, -1);
}

QString TemplateSlotEditor::label() const
{
    switch (m_slot.kind) {
    case Kind::HeaderText:
        return tr("Header {{%1}}").arg(m_slot.variable);
    case Kind::BodyVariable:
        return u"{{%1}}"_s.arg(m_slot.variable);
    case Kind::HeaderMedia:
        return m_slot.mediaType == u"image"_s ? tr("Header image")
            : m_slot.mediaType == u"video"_s  ? tr("Header video")
                                              : tr("Header document");
    case Kind::HeaderLocation:
        return tr("Header location");
    default:
        break;
    }
    const QString title =
        m_slot.buttonText.isEmpty() ? QString::number(m_slot.buttonIndex + 1) : m_slot.buttonText;
    return tr("Button \"%1\"").arg(title);
}

QWidget *TemplateSlotEditor::mainField() const
{
    if (m_media)
        return m_media;
    if (!m_location.isEmpty())
        return m_location.first();
    return m_value;
}

QString TemplateSlotEditor::problem() const
{
    bool bad = false;
    if (m_amount && m_amount->isVisible())
        number(m_amount, &bad);
    for (const QLineEdit *edit : m_location.mid(0, 2))
        number(edit, &bad);
    if (bad)
        return tr("Write a number with a point, e.g. 12.5.");
    if (m_flowData && !m_flowData->toPlainText().trimmed().isEmpty()
        && !JsonInput::parse(m_flowData->toPlainText().toUtf8()).value.isObject())
        return tr("The flow data is not a JSON object.");
    return QString();
}

TemplateParameter TemplateSlotEditor::value() const
{
    TemplateParameter p = TemplateSlots::emptyValue(m_slot);
    bool bad = false;
    switch (m_slot.kind) {
    case Kind::HeaderText:
    case Kind::BodyVariable:
        p.type = m_type->currentData().toString();
        if (p.type == u"text"_s) {
            p.text = m_value->text();
        } else {
            p.fallbackValue = m_value->text();
        }
        if (p.type == u"currency"_s) {
            p.currencyCode = m_currency->text().trimmed().toUpper();
            if (const auto amount = number(m_amount, &bad))
                p.amount1000 = std::round(*amount * 1000);
        }
        break;
    case Kind::HeaderMedia:
        p.media.id = m_media->id();
        p.media.link = m_media->link();
        if (m_filename)
            p.media.filename = optText(m_filename);
        break;
    case Kind::HeaderLocation:
        p.location.latitude = number(m_location.at(0), &bad);
        p.location.longitude = number(m_location.at(1), &bad);
        p.location.name = optText(m_location.at(2));
        p.location.address = optText(m_location.at(3));
        break;
    case Kind::ButtonPayload:
        p.payload = m_value->text();
        break;
    case Kind::ButtonCoupon:
        p.couponCode = m_value->text();
        break;
    case Kind::ButtonFlow: {
        if (!m_value->text().isEmpty())
            p.object.insert(u"flow_token"_s, m_value->text());
        const JsonInput flowData = JsonInput::parse(m_flowData->toPlainText().toUtf8());
        if (flowData.value.isObject())
            p.object.insert(u"flow_action_data"_s, flowData.value.toObject());
        break;
    }
    case Kind::ButtonUrl:
    case Kind::ButtonOtp:
        p.text = m_value->text();
        break;
    }
    return p;
}

void TemplateSlotEditor::setValue(const TemplateParameter &p)
{
    switch (m_slot.kind) {
    case Kind::HeaderText:
    case Kind::BodyVariable: {
        const int at = m_type->findData(p.type);
        m_type->setCurrentIndex(at < 0 ? 0 : at);
        m_value->setText(p.type == u"text"_s ? p.text.value_or(QString()) : p.fallbackValue);
        m_currency->setText(p.currencyCode);
        m_amount->setText(
            p.amount1000 ? QLocale::c().toString(*p.amount1000 / 1000, 'g', 15) : QString());
        break;
    }
    case Kind::HeaderMedia:
        m_media->setMedia(p.media.id, p.media.link);
        if (m_filename)
            m_filename->setText(p.media.filename.value_or(QString()));
        break;
    case Kind::HeaderLocation: {
        const auto show = [](QLineEdit *edit, std::optional<double> v) {
            edit->setText(v ? QLocale::c().toString(*v, 'g', 12) : QString());
        };
        show(m_location.at(0), p.location.latitude);
        show(m_location.at(1), p.location.longitude);
        m_location.at(2)->setText(p.location.name.value_or(QString()));
        m_location.at(3)->setText(p.location.address.value_or(QString()));
        break;
    }
    case Kind::ButtonPayload:
        m_value->setText(p.payload.value_or(QString()));
        break;
    case Kind::ButtonCoupon:
        m_value->setText(p.couponCode.value_or(QString()));
        break;
    case Kind::ButtonFlow: {
        m_value->setText(p.object.value(u"flow_token").toString());
        const QJsonObject flowData = p.object.value(u"flow_action_data").toObject();
        m_flowData->setPlainText(
            flowData.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(flowData).toJson()));
        break;
    }
    case Kind::ButtonUrl:
    case Kind::ButtonOtp:
        m_value->setText(p.text.value_or(QString()));
        break;
    }
}

} // namespace Wac

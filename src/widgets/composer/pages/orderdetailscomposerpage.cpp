// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/orderdetailscomposerpage.h"

#include "ui_orderdetailscomposerpage.h"

#include "core/jsonpointer.h"
#include "widgets/composer/fieldassist.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/items/orderitemeditor.h"
#include "widgets/composer/moneyfield.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

const QString orderParametersAt = u"/interactive/action/parameters"_s;
const QString orderAt = u"/interactive/action/parameters/order"_s;
const QString itemsAt = u"/interactive/action/parameters/order/items"_s;

/// The amount at `pointer`, or nothing when the message has none there (absent stays absent).
std::optional<Money> moneyAt(const OutgoingMessage &message, const QString &pointer)
{
    const QJsonValue value = JsonPointer::resolve(message.toJson(), pointer);
    return value.isObject() ? std::optional<Money>(Money::fromJson(value.toObject()))
                            : std::nullopt;
}

QString amountText(double amount)
{
    return QLocale().toString(amount, 'f', 2);
}

bool same(double a, double b)
{
    return std::abs(a - b) < 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

OrderDetailsComposerPage::OrderDetailsComposerPage(QWidget *parent)
    : InteractiveComposerPage(MessageType::InteractiveOrderDetails, parent)
    , m_ui(std::make_unique<Ui::OrderDetailsComposerPage>())
{
    m_ui->setupUi(this);
    setCommonFields(m_ui->interactiveFields);
    m_ui->goodsTypeComboBox->addItem(tr("Digital goods"), u"digital-goods"_s);
    m_ui->goodsTypeComboBox->addItem(tr("Physical goods"), u"physical-goods"_s);
    m_ui->currencyComboBox->addItem(tr("INR · India"), u"INR"_s);
    m_ui->currencyComboBox->addItem(tr("BRL · Brazil"), u"BRL"_s);
    m_ui->currencyComboBox->addItem(tr("SGD · Singapore"), u"SGD"_s);
    m_ui->itemsList->setTexts(tr("Item %1"), tr("Add &item"));
    m_ui->itemsList->setFactory([](QWidget *owner) { return new OrderItemEditor(owner); });
    watchList(m_ui->itemsList);
    watchFields();
    connect(this, &ComposerPage::changed, this, &OrderDetailsComposerPage::updateTotals);
    connect(this, &ComposerPage::loaded, this, &OrderDetailsComposerPage::updateTotals);
    connect(
        m_ui->fillTotalsButton, &QPushButton::clicked, this, &OrderDetailsComposerPage::fillTotals);
}

OrderDetailsComposerPage::~OrderDetailsComposerPage() = default;

void OrderDetailsComposerPage::loadAction(
    const OutgoingMessage &message, const InteractivePayload &payload)
{
    const OrderDetails &d = payload.orderDetails;
    FieldText::show(m_ui->referenceIdLineEdit, d.referenceId);
    FieldText::showChoice(m_ui->goodsTypeComboBox, d.goodsType);
    FieldText::showChoice(m_ui->currencyComboBox, d.currency);
    FieldText::show(m_ui->paymentConfigurationLineEdit, d.paymentConfiguration);
    FieldText::show(m_ui->paymentTypeLineEdit, d.paymentType);
    m_ui->itemsList->load(actionArray(message, u"parameters/order/items"_s));
    showPaymentSettings(actionArray(message, u"parameters/payment_settings"_s));
    MoneyField::show(m_ui->subtotalLineEdit, moneyAt(message, orderAt + u"/subtotal"_s));
    MoneyField::show(m_ui->taxLineEdit, moneyAt(message, orderAt + u"/tax"_s));
    MoneyField::show(m_ui->shippingLineEdit, d.shipping);
    MoneyField::show(m_ui->discountLineEdit, d.discount);
    MoneyField::show(m_ui->totalLineEdit, moneyAt(message, orderParametersAt + u"/total_amount"_s));
}

void OrderDetailsComposerPage::showPaymentSettings(const QJsonArray &settings)
{
    // The ways to pay are kept as written and edited in the JSON tab; the form says which they are.
    QStringList ways;
    for (const QJsonValue &value : settings) {
        const QJsonObject setting = value.toObject();
        const QString type = setting.value(u"type").toString();
        const QJsonObject detail = setting.value(type).toObject();
        if (type == u"payment_gateway"_s) {
            ways << tr("payment gateway %1 (%2)")
                        .arg(detail.value(u"type").toString(),
                            detail.value(u"configuration_name").toString());
        } else {
            ways << type;
        }
    }
    m_ui->paymentSettingsLabel->setVisible(!ways.isEmpty());
    m_ui->paymentSettingsLabel->setText(
        tr("Payment settings, kept as written (edit them in the JSON tab): %1")
            .arg(ways.join(u", "_s)));
}

void OrderDetailsComposerPage::storeAction(InteractivePayload &payload) const
{
    OrderDetails &d = payload.orderDetails;
    d.referenceId = FieldText::read(m_ui->referenceIdLineEdit).value_or(QString());
    d.goodsType = FieldText::readChoice(m_ui->goodsTypeComboBox);
    d.currency = FieldText::readChoice(m_ui->currencyComboBox);
    d.paymentConfiguration = FieldText::read(m_ui->paymentConfigurationLineEdit);
    d.paymentType = FieldText::read(m_ui->paymentTypeLineEdit);
    d.subtotal = MoneyField::read(m_ui->subtotalLineEdit).value.value_or(Money());
    d.tax = MoneyField::read(m_ui->taxLineEdit).value.value_or(Money());
    d.shipping = MoneyField::read(m_ui->shippingLineEdit).value;
    d.discount = MoneyField::read(m_ui->discountLineEdit).value;
    d.total = MoneyField::read(m_ui->totalLineEdit).value.value_or(Money());
}

void OrderDetailsComposerPage::storeLists(OutgoingMessage &message) const
{
    writeArray(message, itemsAt, m_ui->itemsList->toJson());
}

QList<Diagnostic> OrderDetailsComposerPage::formProblems() const
{
    QList<Diagnostic> out;
    addProblem(out, orderAt + u"/subtotal"_s, MoneyField::read(m_ui->subtotalLineEdit).error);
    addProblem(out, orderAt + u"/tax"_s, MoneyField::read(m_ui->taxLineEdit).error);
    addProblem(out, orderAt + u"/shipping"_s, MoneyField::read(m_ui->shippingLineEdit).error);
    addProblem(out, orderAt + u"/discount"_s, MoneyField::read(m_ui->discountLineEdit).error);
    addProblem(
        out, orderParametersAt + u"/total_amount"_s, MoneyField::read(m_ui->totalLineEdit).error);
    m_ui->itemsList->collectProblems(out, itemsAt);
    return out;
}

void OrderDetailsComposerPage::describeAction(FieldMap &fields) const
{
    fields.add(u"/interactive/action"_s, m_ui->referenceIdLineEdit);
    fields.add(orderParametersAt, m_ui->referenceIdLineEdit);
    fields.add(orderParametersAt + u"/reference_id"_s, m_ui->referenceIdLineEdit);
    fields.add(orderParametersAt + u"/type"_s, m_ui->goodsTypeComboBox);
    fields.add(orderParametersAt + u"/currency"_s, m_ui->currencyComboBox);
    fields.add(orderParametersAt + u"/payment_configuration"_s, m_ui->paymentConfigurationLineEdit);
    fields.add(orderParametersAt + u"/payment_settings"_s, m_ui->paymentConfigurationLineEdit);
    fields.add(orderParametersAt + u"/payment_type"_s, m_ui->paymentTypeLineEdit);
    fields.add(orderParametersAt + u"/total_amount"_s, m_ui->totalLineEdit);
    fields.add(orderAt, m_ui->itemsList);
    fields.add(orderAt + u"/subtotal"_s, m_ui->subtotalLineEdit);
    fields.add(orderAt + u"/tax"_s, m_ui->taxLineEdit);
    fields.add(orderAt + u"/shipping"_s, m_ui->shippingLineEdit);
    fields.add(orderAt + u"/discount"_s, m_ui->discountLineEdit);
    m_ui->itemsList->describeFields(fields, itemsAt);
}

OrderDetailsComposerPage::Sums OrderDetailsComposerPage::sums() const
{
    Sums s;
    s.items = 0.0;
    for (int i = 0; i < m_ui->itemsList->count() && s.items; ++i) {
        const auto line = m_ui->itemsList->itemAs<OrderItemEditor>(i)->lineTotal();
        s.items = line ? std::optional<double>(*s.items + *line) : std::nullopt;
    }
    const auto subtotal = MoneyField::current(m_ui->subtotalLineEdit);
    const auto tax = MoneyField::current(m_ui->taxLineEdit);
    if (subtotal && tax) {
        s.total = *subtotal + *tax + MoneyField::current(m_ui->shippingLineEdit).value_or(0)
            - MoneyField::current(m_ui->discountLineEdit).value_or(0);
    }
    return s;
}

void OrderDetailsComposerPage::updateTotals()
{
    const Sums s = sums();
    const auto subtotal = MoneyField::current(m_ui->subtotalLineEdit);
    const auto total = MoneyField::current(m_ui->totalLineEdit);
    const bool subtotalOff = s.items && subtotal && !same(*s.items, *subtotal);
    const bool totalOff = s.total && total && !same(*s.total, *total);
    const QString items = s.items ? amountText(*s.items) : tr("—");
    const QString computed = s.total ? amountText(*s.total) : tr("—");
    FieldAssist::setTotal(m_ui->totalsLabel,
        tr("Items add up to %1 · subtotal + tax + shipping − discount = %2").arg(items, computed),
        subtotalOff || totalOff);
    m_ui->fillTotalsButton->setEnabled(bool(s.items));
}

void OrderDetailsComposerPage::fillTotals()
{
    // The subtotal first: the total is computed from it.
    const Sums before = sums();
    if (!before.items)
        return;
    const auto setAmount = [](QLineEdit *edit, double amount) {
        edit->setText(QLocale::c().toString(amount, 'f', 2));
        FieldText::touch(edit);
    };
    setAmount(m_ui->subtotalLineEdit, *before.items);
    if (const auto total = sums().total)
        setAmount(m_ui->totalLineEdit, *total);
    edited();
}

} // namespace Wac

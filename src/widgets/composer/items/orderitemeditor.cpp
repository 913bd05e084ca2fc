// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/items/orderitemeditor.h"

#include "ui_orderitemeditor.h"

#include "core/payloads/orderitem.h"
#include "widgets/composer/composerpage.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/moneyfield.h"

using namespace Qt::StringLiterals;

namespace Wac {

OrderItemEditor::OrderItemEditor(QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::OrderItemEditor>())
{
    m_ui->setupUi(this);
    watchFields();
}

OrderItemEditor::~OrderItemEditor() = default;

void OrderItemEditor::load(const QJsonObject &element)
{
    const OrderItem item = OrderItem::fromJson(element);
    FieldText::show(m_ui->retailerIdLineEdit, item.retailerId);
    FieldText::show(m_ui->nameLineEdit, item.name);
    MoneyField::show(m_ui->amountLineEdit,
        element.contains(u"amount") ? std::optional<Money>(item.amount) : std::nullopt);
    MoneyField::show(m_ui->saleAmountLineEdit, item.saleAmount);
    // A new item is one of something: the quantity Meta requires, filled in for the user.
    FieldValues::showNumber(
        m_ui->quantityLineEdit, element.isEmpty() ? std::optional<double>(1) : item.quantity);
}

QJsonObject OrderItemEditor::store(QJsonObject element) const
{
    OrderItem item = OrderItem::fromJson(element);
    item.retailerId = FieldText::read(m_ui->retailerIdLineEdit).value_or(QString());
    item.name = FieldText::read(m_ui->nameLineEdit).value_or(QString());
    // A cleared amount is an empty object, which the writer drops: "amount" is then missing,
    // and the validator says so.
    item.amount = MoneyField::read(m_ui->amountLineEdit).value.value_or(Money());
    item.saleAmount = MoneyField::read(m_ui->saleAmountLineEdit).value;
    item.quantity = FieldValues::readNumber(m_ui->quantityLineEdit).value;
    return item.toJson(element);
}

std::optional<double> OrderItemEditor::lineTotal() const
{
    const auto sale = MoneyField::current(m_ui->saleAmountLineEdit);
    const auto unit = sale ? sale : MoneyField::current(m_ui->amountLineEdit);
    const auto quantity = FieldValues::readNumber(m_ui->quantityLineEdit).value;
    if (!unit || !quantity)
        return std::nullopt;
    return *unit * *quantity;
}

void OrderItemEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    fields.add(pointer, m_ui->retailerIdLineEdit);
    fields.add(pointer + u"/retailer_id"_s, m_ui->retailerIdLineEdit);
    fields.add(pointer + u"/name"_s, m_ui->nameLineEdit);
    fields.add(pointer + u"/amount"_s, m_ui->amountLineEdit);
    fields.add(pointer + u"/sale_amount"_s, m_ui->saleAmountLineEdit);
    fields.add(pointer + u"/quantity"_s, m_ui->quantityLineEdit);
}

QWidget *OrderItemEditor::firstField() const
{
    return m_ui->retailerIdLineEdit;
}

void OrderItemEditor::collectProblems(QList<Diagnostic> &out, const QString &pointer) const
{
    ComposerPage::addProblem(
        out, pointer + u"/amount"_s, MoneyField::read(m_ui->amountLineEdit).error);
    ComposerPage::addProblem(
        out, pointer + u"/sale_amount"_s, MoneyField::read(m_ui->saleAmountLineEdit).error);
    ComposerPage::addProblem(
        out, pointer + u"/quantity"_s, FieldValues::readNumber(m_ui->quantityLineEdit).error);
}

} // namespace Wac

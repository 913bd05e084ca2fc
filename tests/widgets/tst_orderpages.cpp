// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The order details, order status and pin pages driven as a user drives them: amounts typed as
// decimals become {value, offset}, the live totals add up and flag a mismatch, an amount the
// offset cannot hold is a form problem (never rounded), and the days exist for a pin only.
#include "core/jsonpointer.h"
#include "widgets/composer/composerpage.h"
#include "widgets/mainwindow.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

#include "formdriver.h"

using namespace Qt::StringLiterals;
using Wac::MessageType;

namespace {

const QString orderAt = u"/interactive/action/parameters/order"_s;

QJsonValue at(const Wac::MainWindow &window, const QString &pointer)
{
    return Wac::JsonPointer::resolve(window.message().toJson(), pointer);
}

QJsonObject money(int value)
{
    return {{u"value"_s, value}, {u"offset"_s, 100}};
}

Wac::OutgoingMessage example(const QString &id)
{
    QFile file(u":/examples/"_s + id + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return Wac::OutgoingMessage::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

} // namespace

class TestOrderPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void typedItemsAddUpAndFillTheTotals();
    void anAmountTheOffsetCannotHoldIsAProblem();
    void theTotalsLineFlagsAMismatch();
    void orderStatusIsChosenFromTheFive();
    void daysArePinOnly();

private:
    Wac::MainWindow m_window;
};

void TestOrderPages::typedItemsAddUpAndFillTheTotals()
{
    Wac::OutgoingMessage blank = Wac::OutgoingMessage::create(MessageType::InteractiveOrderDetails);
    blank.setRecipient(u"+919876543210"_s);
    m_window.setMessage(blank);
    QWidget *page = Wac::Test::currentPage(m_window);
    const QString problem = Wac::Test::drive(page,
        {u"referenceIdLineEdit=GOB-7"_s, u"bodyTextEdit=Your order"_s,
            u"paymentConfigurationLineEdit=shop-config"_s, u"itemsList/add!"_s,
            u"itemsList/0/retailerIdLineEdit=bread"_s, u"itemsList/0/nameLineEdit=Bread"_s,
            u"itemsList/0/amountLineEdit=12.50"_s, u"itemsList/0/quantityLineEdit=2"_s,
            u"itemsList/add!"_s, u"itemsList/1/retailerIdLineEdit=jam"_s,
            u"itemsList/1/nameLineEdit=Jam"_s, u"itemsList/1/amountLineEdit=4"_s,
            u"itemsList/1/saleAmountLineEdit=3,5"_s, u"taxLineEdit=1.25"_s,
            u"shippingLineEdit=2"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto *totals = page->findChild<QLabel *>(u"totalsLabel"_s);
    QVERIFY(totals->text().contains(u"28.50"_s)); // 12.50 × 2 + 3.50 × 1
    QVERIFY2(totals->text().contains(u"3.25"_s), qPrintable(totals->text())); // 0 + 1.25 + 2
    QVERIFY(totals->font().bold()); // the subtotal of 0.00 is not what the items add up to
    QCOMPARE(Wac::Test::drive(page, {u"fillTotalsButton!"_s}), QString());
    QVERIFY(!totals->font().bold());
    QCOMPARE(at(m_window, orderAt + u"/subtotal"_s).toObject(), money(2850));
    QCOMPARE(
        at(m_window, u"/interactive/action/parameters/total_amount"_s).toObject(), money(3175));
    QCOMPARE(at(m_window, orderAt + u"/items/0"_s).toObject(),
        QJsonObject({{u"retailer_id"_s, u"bread"_s}, {u"name"_s, u"Bread"_s},
            {u"amount"_s, money(1250)}, {u"quantity"_s, 2}}));
    QCOMPARE(at(m_window, orderAt + u"/items/1/sale_amount"_s).toObject(), money(350));
    QCOMPARE(at(m_window, orderAt + u"/tax"_s).toObject(), money(125));
    QCOMPARE(at(m_window, orderAt + u"/shipping"_s).toObject(), money(200));
    for (const Wac::Diagnostic &d : m_window.message().validate())
        QVERIFY2(!d.isError(), qPrintable(d.pointer + u' ' + d.message));
}

void TestOrderPages::anAmountTheOffsetCannotHoldIsAProblem()
{
    m_window.setMessage(example(u"interactive.order_details"_s));
    auto *page = qobject_cast<Wac::ComposerPage *>(Wac::Test::currentPage(m_window));
    QVERIFY(page);
    QCOMPARE(Wac::Test::drive(page, {u"itemsList/0/amountLineEdit=320.005"_s}), QString());
    const QList<Wac::Diagnostic> problems = page->formProblems();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().pointer, orderAt + u"/items/0/amount"_s);
    QVERIFY2(problems.first().message.contains(u"320.005"_s), qPrintable(problems.first().message));
    // The amount sent stays what it was: nothing is rounded to fit.
    QCOMPARE(at(m_window, orderAt + u"/items/0/amount"_s).toObject(), money(32000));
    QCOMPARE(Wac::Test::drive(page, {u"itemsList/0/amountLineEdit=abc"_s}), QString());
    QCOMPARE(page->formProblems().size(), 1);
    QCOMPARE(Wac::Test::drive(page, {u"itemsList/0/amountLineEdit=320.10"_s}), QString());
    QVERIFY(page->formProblems().isEmpty());
    QCOMPARE(at(m_window, orderAt + u"/items/0/amount"_s).toObject(), money(32010));
    // 0.29 × 100 is 28.999… in binary: the digits are read as digits, not through a double.
    QCOMPARE(Wac::Test::drive(page, {u"itemsList/0/amountLineEdit=0.29"_s}), QString());
    QCOMPARE(at(m_window, orderAt + u"/items/0/amount"_s).toObject(), money(29));
}

void TestOrderPages::theTotalsLineFlagsAMismatch()
{
    m_window.setMessage(example(u"interactive.order_details"_s));
    QWidget *page = Wac::Test::currentPage(m_window);
    const auto *totals = page->findChild<QLabel *>(u"totalsLabel"_s);
    QVERIFY2(totals->text().contains(u"790.00"_s), qPrintable(totals->text()));
    QVERIFY(totals->text().contains(u"798.00"_s));
    QVERIFY(!totals->font().bold());
    QCOMPARE(Wac::Test::drive(page, {u"discountLineEdit=70"_s}), QString());
    QVERIFY(totals->text().contains(u"799.50"_s));
    QVERIFY(totals->font().bold());
    const QList<Wac::Diagnostic> diagnostics = m_window.message().validate();
    QVERIFY(std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Wac::Diagnostic &d) {
        return d.code == u"interactive.action.parameters.total_amount.mismatch"_s;
    }));
}

void TestOrderPages::orderStatusIsChosenFromTheFive()
{
    m_window.setMessage(Wac::OutgoingMessage::create(MessageType::InteractiveOrderStatus));
    QWidget *page = Wac::Test::currentPage(m_window);
    QCOMPARE(page->findChild<QComboBox *>(u"statusComboBox"_s)->count(), 5);
    QCOMPARE(
        Wac::Test::drive(page,
            {u"referenceIdLineEdit=GOB-7"_s, u"statusComboBox@partially_shipped"_s,
                u"descriptionLineEdit=Two of three boxes left"_s, u"bodyTextEdit=On its way"_s}),
        QString());
    QCOMPARE(at(m_window, u"/interactive/action"_s).toObject(),
        QJsonObject({{u"name"_s, u"review_order"_s},
            {u"parameters"_s,
                QJsonObject {{u"reference_id"_s, u"GOB-7"_s},
                    {u"order"_s,
                        QJsonObject {{u"status"_s, u"partially_shipped"_s},
                            {u"description"_s, u"Two of three boxes left"_s}}}}}}));
}

void TestOrderPages::daysArePinOnly()
{
    m_window.setMessage(example(u"pin"_s));
    QWidget *page = Wac::Test::currentPage(m_window);
    auto *days = page->findChild<QSpinBox *>(u"daysSpinBox"_s);
    QCOMPARE(days->value(), 7);
    QVERIFY(days->isEnabled());
    QCOMPARE(Wac::Test::drive(page, {u"operationComboBox@unpin"_s}), QString());
    QVERIFY(!days->isEnabled());
    QCOMPARE(at(m_window, u"/pin"_s).toObject(),
        QJsonObject({{u"type"_s, u"unpin"_s},
            {u"message_id"_s, u"wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA"_s}}));
    QCOMPARE(Wac::Test::drive(page, {u"operationComboBox@pin"_s}), QString());
    QVERIFY(days->isEnabled());
    days->setFocus();
    days->selectAll();
    QTest::keyClicks(days, u"30"_s);
    QCOMPARE(at(m_window, u"/pin/expiration_days"_s).toInt(), 30);
    days->selectAll();
    QTest::keyClicks(days, u"45"_s); // the spin box stops at 30 days
    QCOMPARE(at(m_window, u"/pin/expiration_days"_s).toInt(), 4);
    for (const Wac::Diagnostic &d : m_window.message().validate())
        QVERIFY2(!d.isError(), qPrintable(d.pointer + u' ' + d.message));
}

QTEST_MAIN(TestOrderPages)
#include "tst_orderpages.moc"

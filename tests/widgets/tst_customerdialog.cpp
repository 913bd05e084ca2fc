// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Writing to the Sandbox as a customer, and reading what the receiver accepted: real widgets
// driven with QTest, the Sandbox's simulator posting to its receiver over loopback.
#include "storage/historystore.h"
#include "widgets/dialogs/customerdialog.h"
#include "widgets/dialogs/deliveriesdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "services/historylog.h"
#include "services/inbox.h"
#include "services/sandbox.h"

using namespace Qt::StringLiterals;
using namespace Wac;

class TestCustomerDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aCustomersLocationArrivesAndItsDeliveryIsKept();
    void aNumberThatIsNotOneIsSaidAndNothingIsSent();
    void answersToTheCallingKindsArrive_data();
    void answersToTheCallingKindsArrive();
    void aPermissionAnswerToNothingIsSaidAndNothingIsSent();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryLog> m_log;
    std::unique_ptr<Inbox> m_inbox;
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestCustomerDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(u"history.sqlite"_s));
    QVERIFY(m_store->open());
    m_log = std::make_unique<HistoryLog>(m_store.get());
    m_inbox = std::make_unique<Inbox>(m_log.get());
    m_sandbox = std::make_unique<Sandbox>(m_inbox.get());
    QString error;
    QVERIFY2(m_sandbox->start(0, &error), qPrintable(error));
}

void TestCustomerDialog::cleanup()
{
    m_sandbox.reset();
    m_inbox.reset();
    m_log.reset();
    m_store.reset();
    m_dir.reset();
}

void TestCustomerDialog::aCustomersLocationArrivesAndItsDeliveryIsKept()
{

    CustomerDialog dialog(m_sandbox.get());
    dialog.setCustomer(u"+55 11 91234-5678"_s, u"Ana Souza"_s);
    auto *kind = dialog.findChild<QComboBox *>(u"customerKindComboBox"_s);
    kind->setCurrentIndex(kind->findData(u"location"_s));
    dialog.findChild<QDoubleSpinBox *>(u"customerLatitudeSpinBox"_s)->setValue(-23.5613);
    dialog.findChild<QDoubleSpinBox *>(u"customerLongitudeSpinBox"_s)->setValue(-46.6565);
    auto *place = dialog.findChild<QLineEdit *>(u"customerPlaceLineEdit"_s);
    place->clear();
    QTest::keyClicks(place, u"MASP"_s);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"customerSendButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_inbox->store().inboundCount(), 1, 5000);
    const Conversation c = m_inbox->store().conversations({}, {}, 1).first();
    QCOMPARE(c.name, u"Ana Souza"_s);
    QCOMPARE(c.waId, u"5511912345678"_s);
    QCOMPARE(c.lastType, u"location"_s);
    QVERIFY2(c.lastText.startsWith(u"MASP"_s), qPrintable(c.lastText));

    DeliveriesDialog deliveries(&m_inbox->deliveries());
    deliveries.show();
    auto *list = deliveries.findChild<QTreeWidget *>(u"deliveriesTreeWidget"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(2), u"verified"_s);
    QCOMPARE(list->topLevelItem(0)->text(4), u"messages"_s);
    // Shown readable, copied exactly as it came (Meta's \u-escaped bytes).
    QVERIFY(deliveries.findChild<QPlainTextEdit *>(u"deliveryBodyTextEdit"_s)
                ->toPlainText()
                .contains(u"\"MASP\""_s));
    QTest::mouseClick(deliveries.findChild<QPushButton *>(u"copyDeliveryButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text().toUtf8(),
        m_inbox->deliveries().deliveries(0, 1).first().body);
    if (const QString out = qEnvironmentVariable("WACONSOLE_SCREENSHOT_DIR"); !out.isEmpty()) {
        dialog.grab().save(out + u"/simulate-customer.png"_s);
        deliveries.grab().save(out + u"/webhook-deliveries.png"_s);
    }
}

void TestCustomerDialog::aNumberThatIsNotOneIsSaidAndNothingIsSent()
{
    CustomerDialog dialog(m_sandbox.get());
    dialog.setCustomer(u"my friend"_s, {});
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"customerSendButton"_s), Qt::LeftButton);
    QVERIFY(dialog.findChild<QLabel *>(u"customerStatusLabel"_s)->text().contains(u"From"_s));
    QTest::qWait(300);
    QCOMPARE(m_inbox->store().inboundCount(), 0);
}

void TestCustomerDialog::answersToTheCallingKindsArrive_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("type"); ///< the webhook message's
    QTest::addColumn<QString>("text"); ///< what the inbox reads in it
    QTest::newRow("calls declined")
        << u"call_permission_reply"_s << u"interactive"_s << u"reject"_s;
    QTest::newRow("number shared") << u"contact_info"_s << u"contacts"_s << u"+16505551234"_s;
}

void TestCustomerDialog::answersToTheCallingKindsArrive()
{
    QFETCH(QString, kind);
    QFETCH(QString, type);
    QFETCH(QString, text);
    CustomerDialog dialog(m_sandbox.get());
    dialog.setCustomer(u"+1 650 555 1234"_s, u"Pablo Morales"_s);
    auto *kinds = dialog.findChild<QComboBox *>(u"customerKindComboBox"_s);
    kinds->setCurrentIndex(kinds->findData(kind));
    dialog.show();
    auto *response = dialog.findChild<QComboBox *>(u"customerResponseComboBox"_s);
    response->setCurrentIndex(response->findData(u"reject"_s));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"customerRequestLineEdit"_s), u"wamid.ask"_s);
    QTest::keyClicks(
        dialog.findChild<QLineEdit *>(u"customerUserIdLineEdit"_s), u"US.13491208655302741918"_s);
    const QJsonObject request = dialog.request();
    QCOMPARE(request.value(u"type").toString(), kind);
    if (kind == u"call_permission_reply"_s) {
        QCOMPARE(request.value(u"context_id").toString(), u"wamid.ask"_s);
        QCOMPARE(request.value(u"is_permanent").toBool(true), false);
    } else {
        QCOMPARE(request.value(u"user_id").toString(), u"US.13491208655302741918"_s);
    }
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"customerSendButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_inbox->store().inboundCount(), 1, 5000);
    const Conversation c = m_inbox->store().conversations({}, {}, 1).first();
    QCOMPARE(c.waId, u"16505551234"_s);
    QCOMPARE(c.lastType, type);
    QCOMPARE(c.lastText, text);
}

void TestCustomerDialog::aPermissionAnswerToNothingIsSaidAndNothingIsSent()
{
    CustomerDialog dialog(m_sandbox.get());
    auto *kinds = dialog.findChild<QComboBox *>(u"customerKindComboBox"_s);
    kinds->setCurrentIndex(kinds->findData(u"call_permission_reply"_s));
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"customerSendButton"_s), Qt::LeftButton);
    QVERIFY(
        dialog.findChild<QLabel *>(u"customerStatusLabel"_s)->text().contains(u"In reply to"_s));
    QTest::qWait(300);
    QCOMPARE(m_inbox->store().inboundCount(), 0);
}

QTEST_MAIN(TestCustomerDialog)
#include "tst_customerdialog.moc"

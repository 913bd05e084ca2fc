// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/outgoingmessage.h"
#include "widgets/mainwindow.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;

namespace {

const QString groupId = u"Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD"_s;

QTreeWidgetItem *typeItem(const Wac::MainWindow &window, const QString &title)
{
    auto *tree = window.findChild<QTreeWidget *>(u"typeTreeWidget"_s);
    const auto found = tree->findItems(title, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}

} // namespace

/// The envelope fields, driven as a user does: one recipient field for a phone number or a
/// business-scoped user ID, and the person/group choice.
class TestEnvelopeFields final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void cleanup() { m_window.reset(); }

    void bsuidIsSentAsRecipient();
    void loadedRecipientFillsTheField();
    void groupIsChosenAndRefusesInteractiveTypes();
    void loadedPinIsTheTypeOnShow();
    void loadedGroupChoosesGroup();

private:
    QLineEdit *recipient() const
    {
        return m_window->findChild<QLineEdit *>(u"recipientLineEdit"_s);
    }

    QComboBox *kind() const { return m_window->findChild<QComboBox *>(u"recipientKindComboBox"_s); }

    QString note() const { return m_window->findChild<QLabel *>(u"recipientNoteLabel"_s)->text(); }

    std::unique_ptr<Wac::MainWindow> m_window;
};

void TestEnvelopeFields::init()
{
    m_window = std::make_unique<Wac::MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestEnvelopeFields::bsuidIsSentAsRecipient()
{
    QTest::keyClicks(recipient(), u"US.13491208655302741918"_s);
    QCOMPARE(note(), u"User ID: sent as \"recipient\""_s);
    QJsonObject json = m_window->message().toJson();
    QCOMPARE(json.value(u"recipient").toString(), u"US.13491208655302741918"_s);
    QVERIFY(!json.contains(u"to"));

    recipient()->clear();
    QTest::keyClicks(recipient(), u"US.ENT.11815799212886844830"_s);
    QCOMPARE(note(), u"Parent user ID: sent as \"recipient\""_s);

    // Back to a phone number: "to" again, and no "recipient" left behind.
    recipient()->clear();
    QTest::keyClicks(recipient(), u"+1 650 555 1234"_s);
    QCOMPARE(note(), u"Sends to +16505551234"_s);
    json = m_window->message().toJson();
    QCOMPARE(json.value(u"to").toString(), u"+1 650 555 1234"_s);
    QVERIFY(!json.contains(u"recipient"));
}

void TestEnvelopeFields::loadedRecipientFillsTheField()
{
    const QJsonObject bsuid = Wac::Test::loadValidPayload(u"ref-bsuid-recipient"_s);
    m_window->setMessage(Wac::OutgoingMessage::fromJson(bsuid));
    QCOMPARE(recipient()->text(), u"US.13491208655302741918"_s);
    QCOMPARE(note(), u"User ID: sent as \"recipient\""_s);
    QCOMPARE(m_window->message().toJson(), bsuid);

    // Both: "to" wins, so the field shows it, and both are kept as loaded.
    const QJsonObject both = Wac::Test::loadValidPayload(u"ref-bsuid-and-phone"_s);
    m_window->setMessage(Wac::OutgoingMessage::fromJson(both));
    QCOMPARE(recipient()->text(), u"+16505551234"_s);
    QCOMPARE(m_window->message().toJson(), both);

    // A number Graph takes is shown as its digits and stays a number.
    QJsonObject numeric = Wac::Test::loadValidPayload(u"seed-text"_s);
    numeric.insert(u"to"_s, 16505551234.0);
    m_window->setMessage(Wac::OutgoingMessage::fromJson(numeric));
    QCOMPARE(recipient()->text(), u"16505551234"_s);
    QVERIFY(m_window->message().toJson().value(u"to").isDouble());
}

void TestEnvelopeFields::groupIsChosenAndRefusesInteractiveTypes()
{
    QTreeWidgetItem *buttons = typeItem(*m_window, u"Reply buttons"_s);
    QTreeWidgetItem *pin = typeItem(*m_window, u"Pin"_s);
    QVERIFY(buttons);
    QVERIFY(pin);
    QVERIFY(!buttons->isDisabled());
    QVERIFY(pin->isDisabled()); // only a group's messages are pinned
    kind()->setCurrentIndex(kind()->findText(u"Group"_s));
    QVERIFY(!pin->isDisabled());
    QTest::keyClicks(recipient(), groupId);
    const QJsonObject json = m_window->message().toJson();
    QCOMPARE(json.value(u"recipient_type").toString(), u"group"_s);
    QCOMPARE(json.value(u"to").toString(), groupId);
    QVERIFY(!json.contains(u"recipient"));
    QCOMPARE(note(), QString()); // a group ID is not read as a phone number
    QVERIFY(buttons->isDisabled());
    QVERIFY(!typeItem(*m_window, u"Image"_s)->isDisabled());

    kind()->setCurrentIndex(kind()->findText(u"Person"_s));
    QVERIFY(!buttons->isDisabled());
    QVERIFY(pin->isDisabled());
    QCOMPARE(m_window->message().toJson().value(u"recipient_type").toString(), u"individual"_s);
}

void TestEnvelopeFields::loadedPinIsTheTypeOnShow()
{
    const QJsonObject pin = Wac::Test::loadValidPayload(u"ref-pin-quoted-days"_s);
    m_window->setMessage(Wac::OutgoingMessage::fromJson(pin));
    QCOMPARE(kind()->currentText(), u"Group"_s);
    QTreeWidgetItem *item = typeItem(*m_window, u"Pin"_s);
    QVERIFY(item);
    QVERIFY(!item->isDisabled());
    QVERIFY(item->isSelected());
    QCOMPARE(m_window->message().toJson(), pin);
}

void TestEnvelopeFields::loadedGroupChoosesGroup()
{
    const QJsonObject group = Wac::Test::loadValidPayload(u"ref-group-text"_s);
    m_window->setMessage(Wac::OutgoingMessage::fromJson(group));
    QCOMPARE(kind()->currentText(), u"Group"_s);
    QCOMPARE(recipient()->text(), groupId);
    QVERIFY(typeItem(*m_window, u"Reply buttons"_s)->isDisabled());
    QCOMPARE(m_window->message().toJson(), group);
}

QTEST_MAIN(TestEnvelopeFields)
#include "tst_envelopefields.moc"

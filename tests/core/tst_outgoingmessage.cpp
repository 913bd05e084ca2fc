// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/outgoingmessage.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Wac::MessageType)

class TestOutgoingMessage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createEveryType_data();
    void createEveryType();
    void typeIdsRoundTrip();
    void switchingTypeKeepsTheEnvelope();
    void markAsReadHasNoEnvelope();
    void recipientFieldTakesAPhoneOrABsuid();
    void groupIsTheRecipientType();
    void buildingAListFromTheModel();
};

void TestOutgoingMessage::createEveryType_data()
{
    QTest::addColumn<Wac::MessageType>("type");
    for (const Wac::MessageType type : Wac::allMessageTypes())
        QTest::newRow(qPrintable(Wac::messageTypeId(type))) << type;
}

// A blank message of each type is recognised as that type, and the validator names what the
// user still has to fill in rather than failing on its structure.
void TestOutgoingMessage::createEveryType()
{
    QFETCH(Wac::MessageType, type);
    const auto message = Wac::OutgoingMessage::create(type);
    QCOMPARE(message.type(), type);
    for (const Wac::Diagnostic &d : message.validate()) {
        QVERIFY2(!d.code.endsWith(u".wrongType"_s), qPrintable(d.code));
        QVERIFY2(!d.code.endsWith(u".unknown"_s), qPrintable(d.code));
    }
}

void TestOutgoingMessage::typeIdsRoundTrip()
{
    for (const Wac::MessageType type : Wac::allMessageTypes())
        QCOMPARE(Wac::messageTypeFromId(Wac::messageTypeId(type)), type);
    QCOMPARE(Wac::messageTypeFromId(u"nonsense"_s), Wac::MessageType::Unknown);
}

void TestOutgoingMessage::switchingTypeKeepsTheEnvelope()
{
    auto message = Wac::OutgoingMessage::create(Wac::MessageType::Text);
    message.setRecipient(u"+16505551234"_s);
    message.setReplyTo(u"wamid.ABC"_s);
    message.setCallbackData(u"tracking"_s);
    message.setType(Wac::MessageType::InteractiveList);
    QCOMPARE(message.type(), Wac::MessageType::InteractiveList);
    QCOMPARE(message.recipient(), u"+16505551234"_s);
    QCOMPARE(message.replyTo(), u"wamid.ABC"_s);
    QCOMPARE(message.callbackData(), u"tracking"_s);
    QVERIFY(!message.toJson().contains(u"text"));
    message.setReplyTo(std::nullopt);
    QVERIFY(!message.toJson().contains(u"context"));
}

void TestOutgoingMessage::markAsReadHasNoEnvelope()
{
    auto message = Wac::OutgoingMessage::create(Wac::MessageType::Text);
    message.setRecipient(u"+16505551234"_s);
    message.setType(Wac::MessageType::MarkAsRead);
    message.setMarkRead({u"wamid.XYZ"_s, true});
    const QJsonObject expected {{u"messaging_product"_s, u"whatsapp"_s}, {u"status"_s, u"read"_s},
        {u"message_id"_s, u"wamid.XYZ"_s},
        {u"typing_indicator"_s, QJsonObject {{u"type"_s, u"text"_s}}}};
    QCOMPARE(message.toJson(), expected);
    QVERIFY(message.validate().isEmpty());
}

void TestOutgoingMessage::recipientFieldTakesAPhoneOrABsuid()
{
    Wac::OutgoingMessage message;
    message.setRecipient(u"US.13491208655302741918"_s);
    QCOMPARE(message.toJson().value(u"recipient").toString(), u"US.13491208655302741918"_s);
    QVERIFY(!message.toJson().contains(u"to"));
    QCOMPARE(message.recipient(), u"US.13491208655302741918"_s);
    message.setRecipient(u"+16505551234"_s);
    QCOMPARE(message.toJson().value(u"to").toString(), u"+16505551234"_s);
    QVERIFY(!message.toJson().contains(u"recipient"));

    // "to" wins when both are there: the field shows it, and giving it back keeps both.
    QJsonObject both = message.toJson();
    both.insert(u"recipient", u"US.ENT.11815799212886844830"_s);
    Wac::OutgoingMessage loaded = Wac::OutgoingMessage::fromJson(both);
    QCOMPARE(loaded.recipient(), u"+16505551234"_s);
    loaded.setRecipient(loaded.recipient());
    QCOMPARE(loaded.toJson(), both);

    // A number Graph accepts shows its digits and stays a number until edited.
    QJsonObject numeric = both;
    numeric.remove(u"recipient");
    numeric.insert(u"to", 13437772910.0);
    Wac::OutgoingMessage number = Wac::OutgoingMessage::fromJson(numeric);
    QCOMPARE(number.recipient(), u"13437772910"_s);
    number.setRecipient(number.recipient());
    QVERIFY(number.toJson().value(u"to").isDouble());
    number.setRecipient(u"+13437772910"_s);
    QCOMPARE(number.toJson().value(u"to").toString(), u"+13437772910"_s);
}

void TestOutgoingMessage::groupIsTheRecipientType()
{
    Wac::OutgoingMessage message;
    QVERIFY(!message.isGroup());
    message.setGroup(true);
    QCOMPARE(message.toJson().value(u"recipient_type").toString(), u"group"_s);
    QVERIFY(message.isGroup());
    message.setGroup(false);
    QCOMPARE(message.toJson().value(u"recipient_type").toString(), u"individual"_s);

    // Left out, it stays left out while the message is an individual's.
    QJsonObject bare = message.toJson();
    bare.remove(u"recipient_type");
    Wac::OutgoingMessage loaded = Wac::OutgoingMessage::fromJson(bare);
    loaded.setGroup(false);
    QCOMPARE(loaded.toJson(), bare);
}

void TestOutgoingMessage::buildingAListFromTheModel()
{
    auto message = Wac::OutgoingMessage::create(Wac::MessageType::InteractiveList);
    message.setRecipient(u"+5511987654321"_s);
    Wac::InteractivePayload list = message.interactive();
    list.body = u"Pick a slot"_s;
    list.listButton = u"Slots"_s;
    Wac::ListSection section;
    section.title = u"Tomorrow"_s;
    section.rows = {{u"am"_s, u"Morning"_s, u"9-12"_s}, {u"pm"_s, u"Afternoon"_s, std::nullopt}};
    list.sections = {section};
    message.setInteractive(list);
    QVERIFY2(message.validate().isEmpty(), qPrintable(message.validate().value(0).code));
    QCOMPARE(message.interactive().sections.at(0).rows.at(1).title, u"Afternoon"_s);
}

QTEST_APPLESS_MAIN(TestOutgoingMessage)
#include "tst_outgoingmessage.moc"

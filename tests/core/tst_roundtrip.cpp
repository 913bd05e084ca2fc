// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsoninput.h"
#include "core/outgoingmessage.h"
#include "core/validation/validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;

namespace {

/// Reads the message through its typed view and writes the view back, as a composer page does.
Wac::OutgoingMessage throughView(const Wac::OutgoingMessage &original)
{
    Wac::OutgoingMessage m = original;
    m.setRecipient(m.recipient());
    m.setReplyTo(m.replyTo());
    m.setCallbackData(m.callbackData());
    switch (m.type()) {
    case Wac::MessageType::Text:
        m.setText(m.text());
        break;
    case Wac::MessageType::Reaction:
        m.setReaction(m.reaction());
        break;
    case Wac::MessageType::Location:
        m.setLocation(m.location());
        break;
    case Wac::MessageType::Contacts:
        m.setContacts(m.contacts());
        break;
    case Wac::MessageType::Template:
        m.setTemplatePayload(m.templatePayload());
        break;
    case Wac::MessageType::MarkAsRead:
        m.setMarkRead(m.markRead());
        break;
    case Wac::MessageType::Unknown:
        break;
    default:
        if (Wac::isMedia(m.type()))
            m.setMedia(m.media());
        else
            m.setInteractive(m.interactive());
    }
    return m;
}

QByteArray dump(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestRoundTrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchanged_data();
    void unchanged();
    void textSerialisationKeepsNumbersAndStrings();
    void viewEditsTouchOnlyWhatChanged();
    void templateIndexKeepsItsJsonType();
};

void TestRoundTrip::unchanged_data()
{
    QTest::addColumn<QJsonObject>("payload");
    for (const QString &name : Wac::Test::validPayloadNames())
        QTest::newRow(qPrintable(u"valid/"_s + name)) << Wac::Test::loadValidPayload(name);
    for (const auto &c : Wac::Test::loadCases()) {
        if (c.errors.isEmpty() && c.payload.isObject())
            QTest::newRow(qPrintable(u"case: "_s + c.name)) << c.payload.toObject();
    }
}

void TestRoundTrip::unchanged()
{
    QFETCH(QJsonObject, payload);
    const auto message = Wac::OutgoingMessage::fromJson(payload);
    QCOMPARE(dump(message.toJson()), dump(payload));
    // Through the typed views, as the composer pages will load and save it.
    QCOMPARE(dump(throughView(message).toJson()), dump(payload));
    // And through text, as the CLI and the JSON tab do.
    const QByteArray text = QJsonDocument(message.toJson()).toJson(QJsonDocument::Indented);
    QCOMPARE(QJsonDocument::fromJson(text).object(), payload);
    // And through the text in the reference's key order (the JSON tab, saved files).
    QCOMPARE(
        dump(QJsonDocument::fromJson(Wac::indentedJson(message.toJson())).object()), dump(payload));
}

void TestRoundTrip::textSerialisationKeepsNumbersAndStrings()
{
    const QByteArray input = R"({"a":100990,"b":"0","c":1.5,"d":12345678901234,"e":true,"f":null})";
    const QJsonObject object = QJsonDocument::fromJson(input).object();
    const QByteArray output = QJsonDocument(Wac::OutgoingMessage::fromJson(object).toJson())
                                  .toJson(QJsonDocument::Compact);
    QCOMPARE(output, input);
}

void TestRoundTrip::viewEditsTouchOnlyWhatChanged()
{
    auto message =
        Wac::OutgoingMessage::fromJson(Wac::Test::loadValidPayload(u"ref-unknown-fields"_s));
    auto text = message.text();
    text.body = u"Changed"_s;
    message.setText(text);
    const QJsonObject json = message.toJson();
    QCOMPARE(json.value(u"text").toObject().value(u"body").toString(), u"Changed"_s);
    QCOMPARE(json.value(u"text").toObject().value(u"x_tracking").toObject().value(u"nested"),
        QJsonValue(QJsonArray {1, 2.5, u"3"_s}));
    QCOMPARE(json.value(u"x_vendor_field").toInteger(), 12345678901234);

    auto list = Wac::OutgoingMessage::fromJson(Wac::Test::loadValidPayload(u"seed-list"_s));
    auto interactive = list.interactive();
    interactive.sections[1].rows.removeLast();
    interactive.sections[0].rows[0].description.reset();
    list.setInteractive(interactive);
    const QJsonArray sections = list.toJson()
                                    .value(u"interactive")
                                    .toObject()
                                    .value(u"action")
                                    .toObject()
                                    .value(u"sections")
                                    .toArray();
    QCOMPARE(sections.at(1).toObject().value(u"rows").toArray().size(), 1);
    QVERIFY(!sections.at(0).toObject().value(u"rows").toArray().at(0).toObject().contains(
        u"description"));
    QVERIFY(Wac::validate(list.toJson()).isEmpty());
}

void TestRoundTrip::templateIndexKeepsItsJsonType()
{
    auto message = Wac::OutgoingMessage::fromJson(Wac::Test::loadValidPayload(u"seed-template"_s));
    auto tpl = message.templatePayload();
    QCOMPARE(tpl.components.at(2).index, 0);
    Wac::TemplateComponent extra;
    extra.type = u"button"_s;
    extra.subType = u"quick_reply"_s;
    extra.index = 2;
    Wac::TemplateParameter payload;
    payload.type = u"payload"_s;
    payload.payload = u"MORE"_s;
    extra.parameters.append(payload);
    tpl.components.append(extra);
    message.setTemplatePayload(tpl);
    const QJsonArray components =
        message.toJson().value(u"template").toObject().value(u"components").toArray();
    QCOMPARE(components.size(), 5);
    QCOMPARE(components.at(2).toObject().value(u"index"), QJsonValue(u"0"_s)); // as loaded
    QCOMPARE(components.at(4).toObject().value(u"index"), QJsonValue(2)); // as created
    QVERIFY(Wac::validate(message.toJson()).isEmpty());
}

QTEST_APPLESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"

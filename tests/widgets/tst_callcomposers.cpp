// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The pages of the voice-call button, the call permission request and the contact info request,
// driven as a user would: typing builds exactly the payload, the payload loads back into the
// same fields, a call permission request offers no footer, and a duration that is not a number
// is named beside its field while the message keeps its last good value.
#include "widgets/composer/fieldassist.h"
#include "widgets/mainwindow.h"

#include <QFile>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include "formdriver.h"

using namespace Qt::StringLiterals;
using Wac::MessageType;

Q_DECLARE_METATYPE(Wac::MessageType)

namespace {

QJsonObject example(const QString &id)
{
    QFile file(u":/examples/"_s + id + u".json"_s);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

QString shown(QWidget *field)
{
    if (auto *line = qobject_cast<QLineEdit *>(field))
        return line->text();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(field))
        return edit->toPlainText();
    return u"(no field)"_s;
}

} // namespace

class TestCallComposers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingBuildsThePayloadAndItLoadsBack_data();
    void typingBuildsThePayloadAndItLoadsBack();
    void emptiedParametersLeaveWhatsAppsDefaults();
    void aPermissionRequestHasNoFooterUnlessOneIsLoaded();
    void aDurationThatIsNotANumberIsNamedAndNothingIsLost();
};

void TestCallComposers::typingBuildsThePayloadAndItLoadsBack_data()
{
    QTest::addColumn<MessageType>("type");
    QTest::addColumn<QStringList>("steps"); ///< field=value, as typed
    QTest::addColumn<QString>("interactive");

    QTest::newRow("voice call")
        << MessageType::InteractiveVoiceCall
        << QStringList {u"interactiveFields/bodyTextEdit=Call us"_s,
               u"displayTextLineEdit=Call support"_s, u"ttlMinutesLineEdit=1440"_s,
               u"payloadLineEdit=order-4512"_s}
        << uR"({"type":"voice_call","body":{"text":"Call us"},"action":{"name":"voice_call",
               "parameters":{"display_text":"Call support","ttl_minutes":1440,
               "payload":"order-4512"}}})"_s;
    QTest::newRow("call permission request")
        << MessageType::InteractiveCallPermissionRequest
        << QStringList {u"interactiveFields/bodyTextEdit=May we call you?"_s}
        << uR"({"type":"call_permission_request","body":{"text":"May we call you?"},
               "action":{"name":"call_permission_request"}})"_s;
    QTest::newRow("contact info request")
        << MessageType::InteractiveRequestContactInfo
        << QStringList {u"interactiveFields/bodyTextEdit=Your number, please"_s,
               u"interactiveFields/footerLineEdit=Returns desk"_s}
        << uR"({"type":"request_contact_info","body":{"text":"Your number, please"},
               "footer":{"text":"Returns desk"},"action":{"name":"request_contact_info"}})"_s;
}

void TestCallComposers::typingBuildsThePayloadAndItLoadsBack()
{
    QFETCH(MessageType, type);
    QFETCH(QStringList, steps);
    QFETCH(QString, interactive);
    Wac::MainWindow window;
    window.show();
    QTest::keyClicks(window.findChild<QLineEdit *>(u"recipientLineEdit"_s), u"+16505551234"_s);
    Wac::Test::chooseType(window, type);
    const QString problem = Wac::Test::drive(Wac::Test::currentPage(window), steps);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject expected {{u"messaging_product"_s, u"whatsapp"_s},
        {u"recipient_type"_s, u"individual"_s}, {u"to"_s, u"+16505551234"_s},
        {u"type"_s, u"interactive"_s},
        {u"interactive"_s, QJsonDocument::fromJson(interactive.toUtf8()).object()}};
    QVERIFY(!expected.value(u"interactive").toObject().isEmpty());
    QCOMPARE(window.message().toJson(), expected);
    QVERIFY(window.message().validate().isEmpty()); // no error, and no warning either

    // Loaded into a window of its own, each value is back in the field it was typed into.
    Wac::MainWindow other;
    other.setMessage(Wac::OutgoingMessage::fromJson(expected));
    for (const QString &step : std::as_const(steps)) {
        const QString path = step.section(u'=', 0, 0);
        QCOMPARE(
            shown(Wac::Test::field(Wac::Test::currentPage(other), path)), step.section(u'=', 1));
    }
    QCOMPARE(other.message().toJson(), expected);
}

void TestCallComposers::emptiedParametersLeaveWhatsAppsDefaults()
{
    Wac::MainWindow window;
    window.show();
    window.setMessage(Wac::OutgoingMessage::fromJson(example(u"interactive.voice_call"_s)));
    const QString problem = Wac::Test::drive(Wac::Test::currentPage(window),
        {u"displayTextLineEdit="_s, u"ttlMinutesLineEdit="_s, u"payloadLineEdit="_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject action = window.message().toJson()[u"interactive"_s][u"action"_s].toObject();
    QCOMPARE(action, QJsonObject({{u"name"_s, u"voice_call"_s}}));
    QVERIFY(window.message().validate().isEmpty());
}

void TestCallComposers::aPermissionRequestHasNoFooterUnlessOneIsLoaded()
{
    Wac::MainWindow window;
    window.show();
    Wac::Test::chooseType(window, MessageType::InteractiveCallPermissionRequest);
    QWidget *page = Wac::Test::currentPage(window);
    auto *footer =
        qobject_cast<QLineEdit *>(Wac::Test::field(page, u"interactiveFields/footerLineEdit"_s));
    QVERIFY(footer);
    QVERIFY(!footer->isVisible());
    QVERIFY(!Wac::Test::field(page, u"interactiveFields/headerTypeComboBox"_s)->isVisible());

    // A pasted footer stays, shown, with the validator's error beside it, and is kept.
    QJsonObject payload = example(u"interactive.call_permission_request"_s);
    QJsonObject interactive = payload.value(u"interactive").toObject();
    interactive.insert(u"footer"_s, QJsonObject {{u"text"_s, u"Talk soon"_s}});
    payload.insert(u"interactive"_s, interactive);
    window.setMessage(Wac::OutgoingMessage::fromJson(payload));
    QVERIFY(footer->isVisible());
    QCOMPARE(footer->text(), u"Talk soon"_s);
    QCOMPARE(window.message().toJson(), payload);
    QTRY_VERIFY(Wac::FieldAssist::problemLine(footer)
        && Wac::FieldAssist::problemLine(footer)->isVisible());

    // A payload without one hides the row again.
    window.setMessage(
        Wac::OutgoingMessage::fromJson(example(u"interactive.call_permission_request"_s)));
    QVERIFY(!footer->isVisible());
}

void TestCallComposers::aDurationThatIsNotANumberIsNamedAndNothingIsLost()
{
    Wac::MainWindow window;
    window.show();
    const QJsonObject loaded = example(u"interactive.voice_call"_s);
    window.setMessage(Wac::OutgoingMessage::fromJson(loaded));
    QWidget *page = Wac::Test::currentPage(window);
    QCOMPARE(Wac::Test::drive(page, {u"ttlMinutesLineEdit=a week"_s}), QString());
    QWidget *ttl = Wac::Test::field(page, u"ttlMinutesLineEdit"_s);
    const QString at = u"/interactive/action/parameters/ttl_minutes"_s;
    auto *tree = window.findChild<QTreeWidget *>(u"problemsTreeWidget"_s);
    const auto listed = [tree, at] {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == at)
                return true;
        }
        return false;
    };
    const auto besideTheField = [ttl](const QString &says) {
        QWidget *line = Wac::FieldAssist::problemLine(ttl);
        return line && line->isVisible()
            && line->findChild<QLabel *>(u"problemLabel"_s)->text().contains(says);
    };
    // The message keeps the last number, the field its text, and the problem names the field.
    QTRY_VERIFY(listed());
    QCOMPARE(window.message().toJson(), loaded);
    QCOMPARE(shown(ttl), u"a week"_s);
    QVERIFY(!window.findChild<QPushButton *>(u"sendPushButton"_s)->isEnabled());

    // Over the limit: written as typed, and the validator's range stands beside the field.
    QCOMPARE(Wac::Test::drive(page, {u"ttlMinutesLineEdit=43201"_s}), QString());
    QCOMPARE(window.message()
                 .toJson()[u"interactive"_s][u"action"_s][u"parameters"_s][u"ttl_minutes"_s]
                 .toInt(),
        43201);
    QTRY_VERIFY(besideTheField(u"43200"_s));
    QVERIFY(listed());
}

QTEST_MAIN(TestCallComposers)
#include "tst_callcomposers.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"
#include "storage/profilestore.h"
#include "widgets/composer/fieldassist.h"
#include "widgets/mainwindow.h"
#include "widgets/sendpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

#include "formdriver.h"
#include "payloadcorpus.h"

using namespace Qt::StringLiterals;
using Wac::MessageType;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingJsonSwitchesThePageAndShowsProblems();
    void brokenJsonSaysWhereAndCanBeDiscarded();
    void envelopeKeepsItsValuesAcrossTypes();
    void eachPageKeepsItsContent();
    void repeatedPartsMoveWithWhatTheyHold();
    void tabVisitsAnElementsFieldsBeforeItsButtons();
    void recipientShowsItsNormalisedForm();
    void untouchedEmptyFieldsStayQuietUntilSend();
    void iconResourceReachesTheExecutable();
    void statusBarShowsTheSandbox();
    void closingTheWindowFreesItsSendPanel();

private:
    static QStringList problemPointers(const Wac::MainWindow &window);
    static void typeJson(Wac::MainWindow &window, const QJsonObject &body);
};

QStringList TestMainWindow::problemPointers(const Wac::MainWindow &window)
{
    auto *tree = window.findChild<QTreeWidget *>(u"problemsTreeWidget"_s);
    QStringList pointers;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        pointers.append(tree->topLevelItem(i)->data(0, Qt::UserRole).toString());
    return pointers;
}

void TestMainWindow::typeJson(Wac::MainWindow &window, const QJsonObject &body)
{
    auto *json = window.findChild<QPlainTextEdit *>(u"jsonTextEdit"_s);
    json->setFocus();
    json->selectAll();
    QTest::keyClicks(json, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

void TestMainWindow::typingJsonSwitchesThePageAndShowsProblems()
{
    Wac::MainWindow window;
    window.show();
    typeJson(window,
        QJsonDocument::fromJson(R"({"messaging_product":"whatsapp","to":"+16505551234",
            "type":"reaction","reaction":{"message_id":"wamid.A","emoji":"ab"}})")
            .object());
    QTRY_COMPARE(problemPointers(window), QStringList {u"/reaction/emoji"_s});
    QCOMPARE(window.findChild<QLabel *>(u"pageTitleLabel"_s)->text(), u"Reaction"_s);
    QCOMPARE(Wac::Test::field(Wac::Test::currentPage(window), u"emojiLineEdit"_s)
                 ->property("text")
                 .toString(),
        u"ab"_s);

    // Fixed in the form, the problem goes away and the JSON follows.
    auto *emoji = qobject_cast<QLineEdit *>(
        Wac::Test::field(Wac::Test::currentPage(window), u"emojiLineEdit"_s));
    emoji->clear();
    emoji->insert(u"\U0001F44D"_s); // an emoji arrives through the input method
    QTRY_COMPARE(problemPointers(window), QStringList());
    QTRY_VERIFY(window.findChild<QPlainTextEdit *>(u"jsonTextEdit"_s)
                    ->toPlainText()
                    .contains(u"\U0001F44D"_s));
    QVERIFY(window.findChild<QPushButton *>(u"sendPushButton"_s)->isVisible());
}

void TestMainWindow::brokenJsonSaysWhereAndCanBeDiscarded()
{
    Wac::MainWindow window;
    window.show();
    window.setMessage(Wac::OutgoingMessage::fromJson(Wac::Test::loadValidPayload(u"seed-text"_s)));
    const QJsonObject before = window.message().toJson();
    window.findChild<QTabWidget *>(u"viewTabWidget"_s)
        ->setCurrentWidget(window.findChild<QWidget *>(u"jsonPane"_s));
    auto *json = window.findChild<QPlainTextEdit *>(u"jsonTextEdit"_s);
    json->setFocus();
    json->selectAll();
    json->insertPlainText(u"{\n  \"to\": \"+1\",\n  \n}"_s);
    QTest::keyClick(json, Qt::Key_Up);
    QTest::keyClicks(json, u"oops"_s);
    auto *status = window.findChild<QLabel *>(u"jsonStatusLabel"_s);
    QTRY_VERIFY2(status->text().contains(u"line 3"_s), qPrintable(status->text()));
    // The list follows its own debounce after the status line.
    QTRY_VERIFY(problemPointers(window).contains(QString()));
    QCOMPARE(window.message().toJson(), before); // the form is untouched
    auto *discard = window.findChild<QPushButton *>(u"discardJsonPushButton"_s);
    QVERIFY(discard->isVisible());
    QTest::mouseClick(discard, Qt::LeftButton);
    QTRY_COMPARE(QJsonDocument::fromJson(json->toPlainText().toUtf8()).object(), before);
    QVERIFY(!discard->isVisible());
}

void TestMainWindow::envelopeKeepsItsValuesAcrossTypes()
{
    Wac::MainWindow window;
    window.show();
    QTest::keyClicks(window.findChild<QLineEdit *>(u"recipientLineEdit"_s), u"+16505551234"_s);
    QTest::keyClicks(window.findChild<QLineEdit *>(u"replyToLineEdit"_s), u"wamid.QUOTED"_s);
    QTest::keyClicks(window.findChild<QLineEdit *>(u"callbackDataLineEdit"_s), u"ticket-7"_s);
    auto *chip = window.findChild<QToolButton *>(u"replyChipToolButton"_s);
    QVERIFY(chip->isVisible());
    QVERIFY(chip->text().contains(u"wamid.QUOTED"_s));
    for (const MessageType type : {MessageType::Image, MessageType::Template, MessageType::Text}) {
        Wac::Test::chooseType(window, type);
        const Wac::OutgoingMessage message = window.message();
        QCOMPARE(message.type(), type);
        QCOMPARE(message.recipient(), u"+16505551234"_s);
        QCOMPARE(message.replyTo(), std::optional<QString>(u"wamid.QUOTED"_s));
        QCOMPARE(message.callbackData(), std::optional<QString>(u"ticket-7"_s));
    }
    // Mark as read has no envelope: the fields wait, disabled, for the next type.
    Wac::Test::chooseType(window, MessageType::MarkAsRead);
    QVERIFY(!window.message().toJson().contains(u"to"));
    QVERIFY(!window.findChild<QLineEdit *>(u"recipientLineEdit"_s)->isEnabled());
    QVERIFY(!chip->isVisible());
    Wac::Test::chooseType(window, MessageType::Reaction);
    QCOMPARE(window.message().recipient(), u"+16505551234"_s);

    // The chip ends the reply.
    QTest::mouseClick(chip, Qt::LeftButton);
    QVERIFY(!window.message().replyTo());
    QVERIFY(!chip->isVisible());
}

void TestMainWindow::eachPageKeepsItsContent()
{
    Wac::MainWindow window;
    window.show();
    QCOMPARE(Wac::Test::drive(Wac::Test::currentPage(window), {u"bodyTextEdit=Draft reply"_s}),
        QString());
    Wac::Test::chooseType(window, MessageType::Image);
    QCOMPARE(Wac::Test::drive(
                 Wac::Test::currentPage(window), {u"sourceEditor/idLineEdit=1037543291543636"_s}),
        QString());
    Wac::Test::chooseType(window, MessageType::Text);
    QCOMPARE(window.message().text().body, u"Draft reply"_s);
    Wac::Test::chooseType(window, MessageType::Image);
    QCOMPARE(window.message().media().id, std::optional<QString>(u"1037543291543636"_s));
}

void TestMainWindow::repeatedPartsMoveWithWhatTheyHold()
{
    QJsonObject payload = Wac::Test::loadValidPayload(u"seed-button"_s);
    QJsonObject interactive = payload.value(u"interactive").toObject();
    QJsonObject action = interactive.value(u"action").toObject();
    QJsonArray buttons = action.value(u"buttons").toArray();
    QJsonObject second = buttons.at(1).toObject();
    second.insert(u"x_trace"_s, 7); // a field waconsole does not know travels with its button
    buttons.replace(1, second);
    action.insert(u"buttons"_s, buttons);
    interactive.insert(u"action"_s, action);
    payload.insert(u"interactive"_s, interactive);

    Wac::MainWindow window;
    window.show();
    window.setMessage(Wac::OutgoingMessage::fromJson(payload));
    QWidget *page = Wac::Test::currentPage(window);
    QCOMPARE(Wac::Test::drive(page, {u"buttonsList/1/moveUpToolButton!"_s}), QString());
    const QJsonArray moved =
        window.message().toJson()[u"interactive"][u"action"][u"buttons"].toArray();
    QCOMPARE(moved.at(0).toObject(), second);
    QCOMPARE(moved.at(1).toObject(), buttons.at(0).toObject());

    QCOMPARE(Wac::Test::drive(page, {u"buttonsList/0/removeToolButton!"_s}), QString());
    QCOMPARE(window.message().toJson()[u"interactive"][u"action"][u"buttons"].toArray().size(),
        buttons.size() - 1);
    // At three buttons the list takes no more.
    auto *add = qobject_cast<QPushButton *>(Wac::Test::field(page, u"buttonsList/add"_s));
    while (add->isEnabled())
        QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(window.message().toJson()[u"interactive"][u"action"][u"buttons"].toArray().size(), 3);
}

void TestMainWindow::tabVisitsAnElementsFieldsBeforeItsButtons()
{
    Wac::MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setMessage(
        Wac::OutgoingMessage::fromJson(Wac::Test::loadValidPayload(u"seed-contacts"_s)));
    QWidget *page = Wac::Test::currentPage(window);
    const QString phone = u"contactsList/0/phonesList/1/"_s;
    Wac::Test::field(page, phone + u"valueLineEdit"_s)->setFocus();
    const QStringList expected {u"typeComboBox"_s, u"waIdLineEdit"_s, u"moveUpToolButton"_s,
        u"removeToolButton"_s}; // Move down is disabled on the last phone
    for (const QString &name : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *target = Wac::Test::field(page, phone + name);
        QVERIFY2(target
                && (target == QApplication::focusWidget()
                    || target->isAncestorOf(QApplication::focusWidget())),
            qPrintable(
                name + u" expected, focus on "_s + QApplication::focusWidget()->objectName()));
    }
}

void TestMainWindow::recipientShowsItsNormalisedForm()
{
    Wac::MainWindow window;
    window.show();
    auto *recipient = window.findChild<QLineEdit *>(u"recipientLineEdit"_s);
    auto *note = window.findChild<QLabel *>(u"recipientNoteLabel"_s);
    QTest::keyClicks(recipient, u"+1 (650) 555-1234"_s);
    QCOMPARE(note->text(), u"Sends to +16505551234"_s);
    recipient->clear();
    QTest::keyClicks(recipient, u"650 555 1234"_s);
    QVERIFY2(note->text().contains(u"No country code"_s), qPrintable(note->text()));
    QTRY_VERIFY(problemPointers(window).contains(u"/to"_s));
}

void TestMainWindow::untouchedEmptyFieldsStayQuietUntilSend()
{
    Wac::MainWindow window;
    window.show();
    window.activateWindow(); // for the Ctrl+Return shortcut
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *body = Wac::Test::field(Wac::Test::currentPage(window), u"bodyTextEdit"_s);
    QTRY_VERIFY(problemPointers(window).contains(u"/text/body"_s));
    const auto lineVisible = [body] {
        QWidget *line = Wac::FieldAssist::problemLine(body);
        return line && line->isVisible()
            && !line->findChild<QLabel *>(u"problemLabel"_s)->text().isEmpty();
    };
    QVERIFY(!lineVisible());
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier); // try to send
    QTRY_VERIFY(lineVisible());
}

// Resources live in a static library; Qt 6 must still initialise them in the executable.
void TestMainWindow::iconResourceReachesTheExecutable()
{
    QVERIFY(QFile::exists(u":/icons/waconsole.svg"_s));
    Wac::MainWindow window;
    QVERIFY(!window.windowIcon().pixmap(32, 32).isNull());
}

void TestMainWindow::statusBarShowsTheSandbox()
{
    Wac::Sim::SimulatorServer sandbox(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    QTemporaryDir dir;
    Wac::ProfileStore profiles(dir.filePath(u"p.ini"_s));
    Wac::WindowServices services;
    services.profiles = &profiles;
    Wac::MainWindow window(services);
    window.setSandbox(sandbox.baseUrl());
    const QString text = window.findChild<QLabel *>(u"profileLabel"_s)->text();
    QVERIFY2(
        text.contains(sandbox.baseUrl().toString()) && text.contains(u"v25.0"_s), qPrintable(text));
}

void TestMainWindow::closingTheWindowFreesItsSendPanel()
{
    // The send panel is a QObject, not a widget: it goes with the window only as its child.
    auto window = std::make_unique<Wac::MainWindow>();
    const QPointer<Wac::SendPanel> panel = window->findChild<Wac::SendPanel *>();
    QVERIFY2(panel, "the window does not own its send panel");
    window.reset();
    QVERIFY(panel.isNull());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

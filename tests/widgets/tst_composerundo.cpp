// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Edit > Undo and Redo in the window, by their keys: back and forth through the message's
// states (the envelope and the type included), typing coalesced into one step until it pauses,
// a change of type, a load, New message and an added element each a step of its own.
#include "core/jsonpointer.h"
#include "widgets/dialogs/confirm.h"
#include "widgets/jsonpane.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "formdriver.h"
#include "windowfixture.h"

using namespace Qt::StringLiterals;

class TestComposerUndo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typingIsUndoneAndRedoneInTheField();
    void typeChangeAndEnvelopeAreSteps();
    void loadAndNewMessageAreOneStepEach();
    void addingAnElementIsAStep();
    void jsonEditorKeepsItsOwnUndo();

private:
    template <typename T> T *find(const QString &name) const
    {
        return m_f.window->findChild<T *>(name);
    }

    /// Types into `field` as a user does, then waits for the pause that ends a step.
    void type(QWidget *field, const QString &text);
    /// Presses `key` with `modifiers` where the focus is.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier);

    QString body() const { return m_f.window->message().text().body; }

    QString json() const { return find<Wac::JsonPane>(u"jsonPane"_s)->editor()->toPlainText(); }

    Wac::Test::WindowFixture m_f;
};

void TestComposerUndo::init()
{
    const QString error = m_f.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_f.window.get()));
    QVERIFY(find<QAction>(u"undoAction"_s));
    QVERIFY(!find<QAction>(u"undoAction"_s)->isEnabled());
    QVERIFY(!find<QAction>(u"redoAction"_s)->isEnabled());
}

void TestComposerUndo::cleanup()
{
    m_f.stop();
}

void TestComposerUndo::type(QWidget *field, const QString &text)
{
    field->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(field->hasFocus());
    QSignalSpy pause(find<QTimer>(u"typingPauseTimer"_s), &QTimer::timeout);
    QTest::keyClicks(field, text);
    QVERIFY(pause.wait());
}

void TestComposerUndo::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

void TestComposerUndo::typingIsUndoneAndRedoneInTheField()
{
    auto *field = Wac::Test::field(Wac::Test::currentPage(*m_f.window), u"bodyTextEdit"_s);
    auto *edit = qobject_cast<QPlainTextEdit *>(field);
    QVERIFY(edit);
    type(edit, u"Hello"_s);
    // Typed on without a pause: " world" is one step, not six.
    edit->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(edit, u" world"_s);
    QVERIFY(find<QAction>(u"undoAction"_s)->isEnabled());

    // Ctrl+Z in the field undoes the message's step, not the field's own typing.
    press(Qt::Key_Z);
    QCOMPARE(edit->toPlainText(), u"Hello"_s);
    QCOMPARE(body(), u"Hello"_s);
    QVERIFY(json().contains(u"\"Hello\""_s));
    QVERIFY(!json().contains(u"world"_s));
    QVERIFY(find<QAction>(u"redoAction"_s)->isEnabled());
    QVERIFY(edit->hasFocus());
    press(Qt::Key_Z);
    QCOMPARE(edit->toPlainText(), QString());
    QVERIFY(!find<QAction>(u"undoAction"_s)->isEnabled());
    press(Qt::Key_Z); // nothing left: the field does not undo on its own either
    QCOMPARE(edit->toPlainText(), QString());

    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(edit->toPlainText(), u"Hello"_s);
    press(Qt::Key_Y);
    QCOMPARE(edit->toPlainText(), u"Hello world"_s);
    QVERIFY(json().contains(u"\"Hello world\""_s));
    QVERIFY(!find<QAction>(u"redoAction"_s)->isEnabled());

    // The cursor stays where the text changed, and a new edit drops what could be redone.
    press(Qt::Key_Z);
    QTest::keyClicks(edit, u"!"_s);
    QCOMPARE(body(), u"Hello!"_s);
    QVERIFY(!find<QAction>(u"redoAction"_s)->isEnabled());
}

void TestComposerUndo::typeChangeAndEnvelopeAreSteps()
{
    type(find<QLineEdit>(u"recipientLineEdit"_s), u"+16505551234"_s);
    type(Wac::Test::field(Wac::Test::currentPage(*m_f.window), u"bodyTextEdit"_s), u"Hi"_s);
    Wac::Test::chooseType(*m_f.window, Wac::MessageType::Location);
    QCOMPARE(m_f.window->message().type(), Wac::MessageType::Location);

    press(Qt::Key_Z);
    QCOMPARE(m_f.window->message().type(), Wac::MessageType::Text);
    QCOMPARE(body(), u"Hi"_s);
    QVERIFY(json().contains(u"\"type\": \"text\""_s));
    press(Qt::Key_Z);
    QCOMPARE(body(), QString());
    QCOMPARE(m_f.window->message().recipient(), u"+16505551234"_s);
    press(Qt::Key_Z);
    QCOMPARE(find<QLineEdit>(u"recipientLineEdit"_s)->text(), QString());

    find<QAction>(u"redoAction"_s)->trigger();
    find<QAction>(u"redoAction"_s)->trigger();
    find<QAction>(u"redoAction"_s)->trigger();
    QCOMPARE(m_f.window->message().type(), Wac::MessageType::Location);
    QCOMPARE(m_f.window->message().recipient(), u"+16505551234"_s);
}

void TestComposerUndo::loadAndNewMessageAreOneStepEach()
{
    m_f.window->setMessage(Wac::OutgoingMessage::fromJson({{u"messaging_product"_s, u"whatsapp"_s},
        {u"to"_s, u"+5511987654321"_s}, {u"type"_s, u"text"_s},
        {u"text"_s, QJsonObject {{u"body"_s, u"Your order has shipped"_s}}}}));
    auto *edit = Wac::Test::field(Wac::Test::currentPage(*m_f.window), u"bodyTextEdit"_s);
    edit->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(edit, Qt::Key_End, Qt::ControlModifier);
    type(edit, u"!"_s);
    Wac::Confirm::setNextAnswer(true); // it was neither sent nor saved: New message asks
    find<QAction>(u"newAction"_s)->trigger();
    QCOMPARE(body(), QString());

    press(Qt::Key_Z);
    QCOMPARE(body(), u"Your order has shipped!"_s);
    press(Qt::Key_Z);
    QCOMPARE(body(), u"Your order has shipped"_s);
    press(Qt::Key_Z);
    QCOMPARE(body(), QString());
    QCOMPARE(m_f.window->message().recipient(), QString());
    QVERIFY(!find<QAction>(u"undoAction"_s)->isEnabled());
}

void TestComposerUndo::addingAnElementIsAStep()
{
    Wac::Test::chooseType(*m_f.window, Wac::MessageType::InteractiveButton);
    QWidget *page = Wac::Test::currentPage(*m_f.window);
    QCOMPARE(Wac::Test::drive(page, {u"buttonsList/add!"_s}), QString());
    auto *title = Wac::Test::field(page, u"buttonsList/0/titleLineEdit"_s);
    QVERIFY(title);
    QTest::keyClicks(title, u"Yes"_s); // at once after the click: still a step of its own
    const auto at = [this](const QString &pointer) {
        return Wac::JsonPointer::resolve(m_f.window->message().toJson(), pointer);
    };
    const auto buttons = [&] { return at(u"/interactive/action/buttons"_s).toArray(); };
    QCOMPARE(buttons().size(), 1);

    press(Qt::Key_Z);
    QCOMPARE(buttons().size(), 1);
    QCOMPARE(at(u"/interactive/action/buttons/0/reply/title"_s).toString(), QString());
    press(Qt::Key_Z);
    QCOMPARE(buttons().size(), 0);
    QCOMPARE(m_f.window->message().type(), Wac::MessageType::InteractiveButton);
    press(Qt::Key_Z);
    QCOMPARE(m_f.window->message().type(), Wac::MessageType::Text);
}

void TestComposerUndo::jsonEditorKeepsItsOwnUndo()
{
    type(Wac::Test::field(Wac::Test::currentPage(*m_f.window), u"bodyTextEdit"_s), u"Hi"_s);
    QPlainTextEdit *editor = find<Wac::JsonPane>(u"jsonPane"_s)->editor();
    editor->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(editor->hasFocus());
    // Its text may not parse yet: Ctrl+Z there is the editor's, not the message's.
    press(Qt::Key_Z);
    QCOMPARE(body(), u"Hi"_s);
    find<QAction>(u"undoAction"_s)->trigger(); // the menu still undoes the message
    QCOMPARE(body(), QString());
    QVERIFY(!json().contains(u"Hi"_s));
}

QTEST_MAIN(TestComposerUndo)
#include "tst_composerundo.moc"

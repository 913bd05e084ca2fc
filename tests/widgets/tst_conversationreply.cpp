// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Answering from a conversation: Reply puts the customer and their message's WAMID in the
// composer and the preview quotes their words; React fills the reaction page; the 24-hour
// countdown follows the clock, and once it closes a free-form message is an error at /type that
// blocks Send, with a way to the Template page; a customer who never wrote is no error; Copy,
// Raw JSON; a desktop notice while the window is away.
#include "core/customerwindow.h"
#include "storage/historystore.h"
#include "storage/settings.h"
#include "widgets/composer/composercontroller.h"
#include "widgets/conversations/conversationlistmodel.h"
#include "widgets/conversations/conversationsdock.h"
#include "widgets/conversations/conversationspane.h"
#include "widgets/conversations/customernotifier.h"
#include "widgets/conversations/rawjsondialog.h"
#include "widgets/conversations/threadmodel.h"
#include "widgets/conversations/threadview.h"
#include "widgets/previewwidget.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include "formdriver.h"
#include "webhookbodies.h"
#include "windowfixture.h"

using namespace Qt::StringLiterals;
using namespace Wac;
using Hooks = Test::WebhookBodies;

namespace {

constexpr qint64 hour = 3600;
const QString pablo = u"16505551234"_s;

} // namespace

class TestConversationReply final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void replyQuotesTheCustomersMessage();
    void reactFillsTheReactionPage();
    void theCountdownFollowsTheClockAndAClosedWindowTakesOnlyTemplates();
    void aCustomerWhoNeverWroteIsNoError();
    void copyAndRawJson();
    void aMessageWhileAwayIsNotified();

private:
    ConversationsPane *pane() const { return m_f->window->conversations()->pane(); }

    /// Pablo wrote `text` `agoSeconds` before the clock; his conversation is chosen and his
    /// message too.
    void pabloWrote(const QString &text, qint64 agoSeconds, const QString &type = u"text"_s);
    QAction *action(const QString &name) const;
    QStringList problems() const;

    std::unique_ptr<Test::WindowFixture> m_f;
    std::unique_ptr<HistoryStore> m_history;
    Hooks m_hooks;
    int m_written = 0; ///< Pablo's messages so far
    /// On a whole second: webhooks count in seconds.
    QDateTime m_clock = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch()).toUTC();
};

void TestConversationReply::init()
{
    m_written = 0;
    m_f = std::make_unique<Test::WindowFixture>();
    m_f->clock = [this] { return m_clock; };
    m_history = std::make_unique<HistoryStore>(m_f->dir.filePath(u"history.sqlite"_s));
    QVERIFY(m_history->open());
    QCOMPARE(m_f->start(m_history.get()), QString());
    m_f->window->resize(1280, 900);
    m_f->window->conversations()->dock()->raise();
    QVERIFY(QTest::qWaitForWindowExposed(m_f->window.get()));
}

void TestConversationReply::cleanup()
{
    m_f->stop();
    m_history.reset();
    m_f.reset();
    Settings::reset(Settings::Key::ConversationsNotify);
}

void TestConversationReply::pabloWrote(const QString &text, qint64 agoSeconds, const QString &type)
{
    const qint64 at = m_clock.toSecsSinceEpoch() - agoSeconds;
    const QString wamid = m_written++ == 0 ? u"wamid.P"_s : u"wamid.P%1"_s.arg(m_written);
    const QJsonObject message = type == u"text"_s
        ? Hooks::text(pablo, wamid, at, text)
        : Hooks::message(pablo, wamid, at, type, QJsonObject {{u"text"_s, text}});
    QVERIFY(m_f->receive(m_hooks.messages({message}, {Hooks::contact(pablo, u"Pablo Morales"_s)})));
    QVERIFY(pane()->select(pane()->conversations()->at(0)->id));
    ThreadView *view = pane()->threadView();
    QTRY_COMPARE(view->model()->rowCount(), m_written);
    view->setCurrentIndex(view->model()->index(m_written - 1, 0));
}

QAction *TestConversationReply::action(const QString &name) const
{
    return pane()->threadView()->findChild<QAction *>(name);
}

QStringList TestConversationReply::problems() const
{
    auto *list = m_f->window->findChild<QTreeWidget *>(u"problemsTreeWidget"_s);
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out << list->topLevelItem(i)->toolTip(0);
    return out;
}

void TestConversationReply::replyQuotesTheCustomersMessage()
{
    // Whatever was being composed, a reaction cannot quote: the reply is a text.
    Test::chooseType(*m_f->window, MessageType::Reaction);
    pabloWrote(u"Where is my order?"_s, hour);
    QVERIFY(action(u"replyAction"_s)->isEnabled());
    action(u"replyAction"_s)->trigger();
    const QJsonObject body = m_f->window->message().toJson();
    QCOMPARE(body.value(u"type"_s).toString(), u"text"_s);
    QCOMPARE(body.value(u"to"_s).toString(), u"+16505551234"_s);
    QCOMPARE(body[u"context"_s][u"message_id"_s].toString(), u"wamid.P"_s);
    auto *chip = m_f->window->findChild<QToolButton *>(u"replyChipToolButton"_s);
    QVERIFY2(chip->text().contains(u"Where is my order?"_s), qPrintable(chip->text()));
    auto *preview = m_f->window->findChild<PreviewWidget *>();
    Test::field(Test::currentPage(*m_f->window), u"bodyTextEdit"_s)->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), u"It ships today"_s);
    preview->flush();
    QTRY_COMPARE(preview->scene().texts(u"quote"_s), QStringList {u"Where is my order?"_s});
    QCOMPARE(preview->scene().texts(u"quote.name"_s), QStringList {u"Pablo Morales"_s});
    // Ctrl+R in the thread does the same.
    m_f->window->findChild<QLineEdit *>(u"replyToLineEdit"_s)->clear();
    pane()->threadView()->setFocus();
    QTest::keyClick(pane()->threadView(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(m_f->window->message().replyTo(), std::optional(u"wamid.P"_s));
}

void TestConversationReply::reactFillsTheReactionPage()
{
    pabloWrote(u"Thanks, it came!"_s, hour);
    action(u"reactAction"_s)->trigger();
    const OutgoingMessage message = m_f->window->message();
    QCOMPARE(message.type(), MessageType::Reaction);
    QCOMPARE(message.reaction().messageId, u"wamid.P"_s);
    QCOMPARE(message.recipient(), u"+16505551234"_s);
    auto *preview = m_f->window->findChild<PreviewWidget *>();
    preview->flush();
    QCOMPARE(preview->scene().texts(u"reaction.target"_s), QStringList {u"Thanks, it came!"_s});
}

void TestConversationReply::theCountdownFollowsTheClockAndAClosedWindowTakesOnlyTemplates()
{
    pabloWrote(u"Where is my order?"_s, 23 * hour);
    auto *header = pane()->findChild<QLabel *>(u"threadWindowLabel"_s);
    auto *note = m_f->window->findChild<QLabel *>(u"customerWindowLabel"_s);
    QCOMPARE(header->text(), u"24-hour window open · 1 h 0 min left"_s);
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(note->text(), u"24-hour window open · 1 h 0 min left"_s);
    Test::chooseType(*m_f->window, MessageType::Text);
    Test::field(Test::currentPage(*m_f->window), u"bodyTextEdit"_s)->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), u"It ships today"_s);
    auto *send = m_f->window->findChild<QPushButton *>(u"sendPushButton"_s);
    QTRY_VERIFY(send->isEnabled());

    m_clock = m_clock.addSecs(59 * 60);
    m_f->window->conversations()->clockTicked();
    QCOMPARE(header->text(), u"24-hour window open · 1 min left"_s);
    m_clock = m_clock.addSecs(2 * 60);
    m_f->window->conversations()->clockTicked();
    QCOMPARE(header->text(), u"24-hour window closed 1 min ago: only templates"_s);
    QTRY_VERIFY(note->text().contains(u"closed 1 min ago"_s));
    // The error stands at /type in Graph's words and blocks Send; Send anyway stays.
    QTRY_COMPARE(problems().filter(u"[window.closed]"_s).size(), 1);
    QVERIFY(problems().first().contains(u"Re-engagement message"_s));
    QVERIFY(problems().first().contains(u"/type"_s));
    QVERIFY(!send->isEnabled());
    QVERIFY(m_f->window->findChild<QPushButton *>(u"sendAnywayPushButton"_s)->isVisible());
    // Choosing the problem opens the Template page, where it does not stand.
    auto *list = m_f->window->findChild<QTreeWidget *>(u"problemsTreeWidget"_s);
    const QRect item = list->visualItemRect(list->topLevelItem(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, item.center());
    QCOMPARE(m_f->window->findChild<ComposerController *>()->currentType(), MessageType::Template);
    QTRY_COMPARE(problems().filter(u"[window.closed]"_s).size(), 0);
    // Back on Text, the note's link does it too.
    Test::chooseType(*m_f->window, MessageType::Text);
    QTRY_COMPARE(problems().filter(u"[window.closed]"_s).size(), 1);
    Q_EMIT note->linkActivated(u"template"_s);
    QCOMPARE(m_f->window->findChild<ComposerController *>()->currentType(), MessageType::Template);
    // Pablo writes again: open for a day from now.
    pabloWrote(u"Hello?"_s, 0, u"text"_s);
    QTRY_COMPARE(header->text(), u"24-hour window open · 24 h 0 min left"_s);
    Test::chooseType(*m_f->window, MessageType::Text);
    QTRY_VERIFY(note->text().contains(u"open"_s));
    QTRY_COMPARE(problems().filter(u"[window.closed]"_s).size(), 0);
    QTRY_VERIFY(send->isEnabled());
}

void TestConversationReply::aCustomerWhoNeverWroteIsNoError()
{
    Test::chooseType(*m_f->window, MessageType::Text);
    m_f->window->findChild<QLineEdit *>(u"recipientLineEdit"_s)->setText(u"+15550009999"_s);
    Test::field(Test::currentPage(*m_f->window), u"bodyTextEdit"_s)->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), u"Hello"_s);
    auto *note = m_f->window->findChild<QLabel *>(u"customerWindowLabel"_s);
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(note->text(), u"24-hour window unknown"_s);
    QVERIFY(note->toolTip().contains(u"has not written to the console"_s));
    QVERIFY(problems().filter(u"window."_s).isEmpty());
    QTRY_VERIFY(m_f->window->findChild<QPushButton *>(u"sendPushButton"_s)->isEnabled());
}

void TestConversationReply::copyAndRawJson()
{
    pabloWrote(u"hologram depth 3"_s, hour, u"hologram"_s);
    action(u"copyTextAction"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QString()); // an unknown type has no words
    action(u"copyWamidAction"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"wamid.P"_s);
    action(u"rawJsonAction"_s)->trigger();
    RawJsonDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_f->window->findChild<RawJsonDialog *>()));
    QVERIFY2(dialog->text().contains(u"\"hologram\": {"_s), qPrintable(dialog->text()));
    dialog->findChild<QPushButton *>(u"copyJsonPushButton"_s)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), dialog->text());
    dialog->close();
}

void TestConversationReply::aMessageWhileAwayIsNotified()
{
    auto *notifier = m_f->window->findChild<CustomerNotifier *>();
    QVERIFY(notifier);
    QSignalSpy notified(notifier, &CustomerNotifier::notified);
    auto *other = new QWidget;
    other->show();
    other->activateWindow();
    QTRY_VERIFY(!m_f->window->isActiveWindow());
    QVERIFY(m_f->receive(m_hooks.messages(
        {Hooks::text(pablo, u"wamid.N1"_s, m_clock.toSecsSinceEpoch(), u"Are you there?"_s)},
        {Hooks::contact(pablo, u"Pablo Morales"_s)})));
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.first().at(0).toString(), u"Pablo Morales wrote"_s);
    QCOMPARE(notified.first().at(1).toString(), u"Are you there?"_s);
    // Turned off in the View menu: none.
    m_f->window->findChild<QAction *>(u"notifyConversationsAction"_s)->trigger();
    QVERIFY(!Settings::conversationsNotify());
    QVERIFY(m_f->receive(m_hooks.messages(
        {Hooks::text(pablo, u"wamid.N2"_s, m_clock.toSecsSinceEpoch(), u"Hello?"_s)},
        {Hooks::contact(pablo, u"Pablo Morales"_s)})));
    QCOMPARE(notified.size(), 1);
    delete other;
}

QTEST_MAIN(TestConversationReply)
#include "tst_conversationreply.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The Conversations dock fed as the receiver feeds it (Inbox::record, a real SQLite file): the
// customers newest first with their unread counts, a thread of every kind of message in time
// order whose ticks move as statuses come, the History dock moving with them, the search, the
// older page read as the thread scrolls up, another process's write keeping the choice.
#include "storage/historystore.h"
#include "storage/inboxwriter.h"
#include "storage/settings.h"
#include "widgets/conversations/conversationlistmodel.h"
#include "widgets/conversations/conversationsdock.h"
#include "widgets/conversations/conversationspane.h"
#include "widgets/conversations/threaddelegate.h"
#include "widgets/conversations/threadmodel.h"
#include "widgets/conversations/threadview.h"
#include "widgets/history/historymodel.h"
#include "widgets/history/historypane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>

#include "formdriver.h"
#include "webhookbodies.h"
#include "windowfixture.h"

using namespace Qt::StringLiterals;
using namespace Wac;
using Hooks = Test::WebhookBodies;

class TestConversations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listIsNewestFirstWithUnreadCounts();
    void theListReadsItsNextPageAsItScrolls();
    void threadMixesTypesInTimeOrderAndTicksMoveLive();
    void historyDockFollowsAStatus();
    void searchFindsACustomerByAWordOfTheirs();
    void olderMessagesComeAsTheThreadScrollsUp();
    void anotherProcessesWriteKeepsTheChoice();
    void aFileFetchedOnAnotherComputerIsFetchedHereOnRequest();
    void aLayoutSavedBeforeTheConversationsPutsThemBesideTheHistory();
    void thePaneBehindTheHistoryIsMadeWhenItsTabIsChosen();

private:
    ConversationsPane *pane() const { return m_f->window->conversations()->pane(); }

    ConversationListModel *list() const { return pane()->conversations(); }

    ThreadModel *thread() const { return pane()->thread(); }

    /// The thread's drawing of `row`, what the tick of ours there says.
    QString tickAt(int row) const;
    QString failureAt(int row) const;
    /// Sends `body` to `to` from the composer; the WAMID the Sandbox answered with.
    QString sendText(const QString &to, const QString &body);

    qint64 ago(int seconds) const { return m_now - seconds; }

    std::unique_ptr<Test::WindowFixture> m_f;
    std::unique_ptr<HistoryStore> m_history;
    Hooks m_hooks;
    qint64 m_now = QDateTime::currentSecsSinceEpoch();
};

void TestConversations::init()
{
    m_f = std::make_unique<Test::WindowFixture>();
    m_history = std::make_unique<HistoryStore>(m_f->dir.filePath(u"history.sqlite"_s));
    QVERIFY(m_history->open());
    QCOMPARE(m_f->start(m_history.get()), QString());
    m_f->window->resize(1280, 900);
    QDockWidget *dock = m_f->window->conversations()->dock();
    dock->raise();
    m_f->window->resizeDocks({dock}, {420}, Qt::Vertical);
    QVERIFY(QTest::qWaitForWindowExposed(m_f->window.get()));
}

void TestConversations::cleanup()
{
    Settings::reset(Settings::Key::WindowState);
    Settings::reset(Settings::Key::ConversationsSplitter);
    m_f->stop();
    m_history.reset();
    m_f.reset();
}

QString TestConversations::tickAt(int row) const
{
    auto *delegate = qobject_cast<ThreadDelegate *>(pane()->threadView()->itemDelegate());
    for (const SceneItem &item : delegate->sceneAt(row, 500).items) {
        if (item.role == u"ticks"_s)
            return item.text;
    }
    return {};
}

QString TestConversations::failureAt(int row) const
{
    auto *delegate = qobject_cast<ThreadDelegate *>(pane()->threadView()->itemDelegate());
    return delegate->sceneAt(row, 500).texts(u"failure"_s).join(u' ');
}

QString TestConversations::sendText(const QString &to, const QString &body)
{
    MainWindow &window = *m_f->window;
    Test::chooseType(window, MessageType::Text);
    auto *recipient = window.findChild<QLineEdit *>(u"recipientLineEdit"_s);
    recipient->setText(to);
    auto *text = window.findChild<QPlainTextEdit *>(u"bodyTextEdit"_s);
    text->setPlainText(body);
    auto *send = window.findChild<QPushButton *>(u"sendPushButton"_s);
    HistoryModel *model = window.historyPane()->model();
    const int before = model->rowCount();
    [&] { QTRY_VERIFY(send->isEnabled()); }();
    QTest::mouseClick(send, Qt::LeftButton);
    [&] {
        QTRY_COMPARE(model->rowCount(), before + 1);
        QTRY_VERIFY(model->recordAt(0)->answer.outcome == HistoryOutcome::Accepted);
    }();
    return model->recordAt(0)->answer.wamid;
}

void TestConversations::listIsNewestFirstWithUnreadCounts()
{
    QAbstractItemModelTester tester(list(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_f->receive(
        m_hooks.messages({Hooks::text(u"15550001"_s, u"wamid.A1"_s, ago(300), u"Hi"_s)},
            {Hooks::contact(u"15550001"_s, u"Ana"_s)})));
    QVERIFY(m_f->receive(
        m_hooks.messages({Hooks::text(u"15550002"_s, u"wamid.B1"_s, ago(200), u"Hello"_s)},
            {Hooks::contact(u"15550002"_s, u"Bruno"_s)})));
    QVERIFY(m_f->receive(
        m_hooks.messages({Hooks::text(u"15550003"_s, u"wamid.C1"_s, ago(100), u"Hey"_s)},
            {Hooks::contact(u"15550003"_s, u"Carla"_s)})));
    // Ana again: she comes first, with two unread.
    QVERIFY(m_f->receive(
        m_hooks.messages({Hooks::text(u"15550001"_s, u"wamid.A2"_s, ago(50), u"Anyone?"_s)},
            {Hooks::contact(u"15550001"_s, u"Ana"_s)})));
    QCOMPARE(list()->rowCount(), 3);
    QStringList names;
    QList<int> unread;
    for (int row = 0; row < 3; ++row) {
        names << list()->at(row)->name;
        unread << list()->at(row)->unread;
    }
    QCOMPARE(names, (QStringList {u"Ana"_s, u"Carla"_s, u"Bruno"_s}));
    QCOMPARE(unread, (QList<int> {2, 1, 1}));
    QCOMPARE(list()->at(0)->lastText, u"Anyone?"_s);
    // Choosing Carla reads her and puts her number in the composer.
    QVERIFY(pane()->select(list()->at(1)->id));
    QTRY_COMPARE(list()->at(1)->unread, 0);
    QCOMPARE(m_f->window->message().recipient(), u"+15550003"_s);
    QCOMPARE(list()->at(0)->unread, 2);
}

void TestConversations::theListReadsItsNextPageAsItScrolls()
{
    QJsonArray messages, contacts;
    for (int i = 0; i < 130; ++i) {
        const QString number = u"1555100%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        messages.append(Hooks::text(number, u"wamid.M%1"_s.arg(i), ago(2000 - i), u"Hi"_s));
        contacts.append(Hooks::contact(number, u"Customer %1"_s.arg(i)));
    }
    QVERIFY(m_f->receive(m_hooks.messages(messages, contacts)));
    // Read again from the start: a page, never the whole of it.
    list()->reload();
    QCOMPARE(list()->rowCount(), 100);
    QCOMPARE(list()->at(0)->name, u"Customer 129"_s);
    auto *view = pane()->findChild<QListView *>(u"conversationListView"_s);
    view->scrollToBottom();
    QTRY_COMPARE(list()->rowCount(), 130);
    QCOMPARE(list()->at(129)->name, u"Customer 0"_s);
}

void TestConversations::threadMixesTypesInTimeOrderAndTicksMoveLive()
{
    const QString pablo = u"16505551234"_s;
    const QJsonArray messages {Hooks::text(pablo, u"wamid.T"_s, ago(600), u"Where is my order?"_s),
        Hooks::message(pablo, u"wamid.I"_s, ago(500), u"image"_s,
            QJsonObject {{u"id"_s, u"1037"_s}, {u"mime_type"_s, u"image/jpeg"_s},
                {u"sha256"_s, u"x"_s}, {u"caption"_s, u"The box arrived open"_s}}),
        Hooks::message(pablo, u"wamid.L"_s, ago(400), u"location"_s,
            QJsonObject {
                {u"latitude"_s, 38.9}, {u"longitude"_s, -77.0}, {u"name"_s, u"Main St store"_s}}),
        Hooks::message(pablo, u"wamid.B"_s, ago(300), u"interactive"_s,
            QJsonObject {{u"type"_s, u"button_reply"_s},
                {u"button_reply"_s, QJsonObject {{u"id"_s, u"yes"_s}, {u"title"_s, u"Yes"_s}}}}),
        Hooks::message(
            pablo, u"wamid.U"_s, ago(200), u"hologram"_s, QJsonObject {{u"depth"_s, 3}})};
    QVERIFY(m_f->receive(m_hooks.messages(messages, {Hooks::contact(pablo, u"Pablo Morales"_s)})));
    QVERIFY(pane()->select(list()->at(0)->id));
    QTRY_COMPARE(thread()->rowCount(), 5);
    const QString wamid = sendText(u"+16505551234"_s, u"It ships today"_s);
    QTRY_COMPARE(thread()->rowCount(), 6);
    QStringList types;
    for (int row = 0; row < thread()->rowCount(); ++row)
        types << (thread()->itemAt(row)->inbound ? u"<"_s : u">"_s) + thread()->itemAt(row)->type;
    QCOMPARE(types,
        (QStringList {u"<text"_s, u"<image"_s, u"<location"_s, u"<interactive"_s, u"<hologram"_s,
            u">text"_s}));
    QVERIFY(!thread()->itemAt(4)->understood);
    QCOMPARE(tickAt(5), u"pending"_s); // accepted, no status yet
    for (const auto &[status, tick] : {std::pair {u"sent"_s, u"sent"_s},
             std::pair {u"delivered"_s, u"delivered"_s}, std::pair {u"read"_s, u"read"_s}}) {
        QVERIFY(m_f->receive(m_hooks.statuses({Hooks::status(wamid, status, m_now + 1, pablo)})));
        QTRY_COMPARE(tickAt(5), tick);
    }
    // Another that Graph refused after accepting it: a red cross and why, in the thread.
    const QString refused = sendText(u"+16505551234"_s, u"And a coupon"_s);
    QTRY_COMPARE(thread()->rowCount(), 7);
    QVERIFY(m_f->receive(
        m_hooks.statuses({Hooks::status(refused, u"failed"_s, m_now + 2, pablo, 131047)})));
    QTRY_COMPARE(tickAt(6), u"failed"_s);
    QVERIFY2(failureAt(6).contains(u"24-hour window is closed"_s), qPrintable(failureAt(6)));
    QVERIFY(failureAt(6).contains(u"#131047"_s));
    QCOMPARE(tickAt(5), u"read"_s);
}

void TestConversations::historyDockFollowsAStatus()
{
    const QString wamid = sendText(u"+16505551234"_s, u"Your order has shipped"_s);
    HistoryModel *model = m_f->window->historyPane()->model();
    const auto status = [model] {
        return model->data(model->index(0, HistoryModel::Status)).toString();
    };
    QCOMPARE(status(), u"Accepted"_s);
    auto *timeline = m_f->window->findChild<QPlainTextEdit *>(u"timelinePlainTextEdit"_s);
    QVERIFY(m_f->receive(
        m_hooks.statuses({Hooks::status(wamid, u"delivered"_s, m_now + 5, u"16505551234"_s)})));
    QTRY_COMPARE(status(), u"Delivered"_s);
    QTRY_VERIFY2(
        timeline->toPlainText().contains(u"delivered"_s), qPrintable(timeline->toPlainText()));
    QVERIFY(m_f->receive(
        m_hooks.statuses({Hooks::status(wamid, u"read"_s, m_now + 9, u"16505551234"_s)})));
    QTRY_COMPARE(status(), u"Read"_s);
    QTRY_VERIFY(timeline->toPlainText().contains(u"read"_s));
}

void TestConversations::searchFindsACustomerByAWordOfTheirs()
{
    QVERIFY(m_f->receive(m_hooks.messages(
        {Hooks::text(u"15550001"_s, u"wamid.S1"_s, ago(300), u"My parcel is late again"_s),
            Hooks::text(u"15550002"_s, u"wamid.S2"_s, ago(200), u"Hello there"_s)},
        {Hooks::contact(u"15550001"_s, u"Ana"_s),
            Hooks::contact(u"15550002"_s, u"Bruno Morales"_s)})));
    QCOMPARE(list()->rowCount(), 2);
    auto *search = pane()->findChild<QLineEdit *>(u"conversationSearchLineEdit"_s);
    QTest::keyClicks(search, u"parcel"_s);
    QTRY_COMPARE(list()->rowCount(), 1);
    QCOMPARE(list()->at(0)->name, u"Ana"_s);
    search->clear();
    QTest::keyClicks(search, u"Morales"_s);
    QTRY_COMPARE(list()->search(), u"Morales"_s);
    QCOMPARE(list()->rowCount(), 1);
    QCOMPARE(list()->at(0)->name, u"Bruno Morales"_s);
    // A message that now matches brings its customer into the list as it comes.
    QVERIFY(m_f->receive(
        m_hooks.messages({Hooks::text(u"15550001"_s, u"wamid.S3"_s, ago(100), u"Ask Morales"_s)},
            {Hooks::contact(u"15550001"_s, u"Ana"_s)})));
    QCOMPARE(list()->rowCount(), 2);
    QCOMPARE(list()->at(0)->name, u"Ana"_s);
}

void TestConversations::olderMessagesComeAsTheThreadScrollsUp()
{
    QJsonArray messages;
    for (int i = 0; i < 120; ++i)
        messages.append(Hooks::text(u"15550009"_s, u"wamid.P%1"_s.arg(i), ago(3000 - i * 10),
            u"Message number %1"_s.arg(i)));
    QVERIFY(m_f->receive(m_hooks.messages(messages, {Hooks::contact(u"15550009"_s, u"Dora"_s)})));
    QVERIFY(pane()->select(list()->at(0)->id));
    QTRY_COMPARE(thread()->rowCount(), 40);
    ThreadView *view = pane()->threadView();
    QCOMPARE(thread()->itemAt(39)->text, u"Message number 119"_s);
    QTRY_VERIFY(view->isAtEnd()); // the newest is in view
    const qint64 oldest = thread()->keyAt(0);
    view->verticalScrollBar()->setValue(0);
    QTRY_COMPARE(thread()->rowCount(), 80);
    QCOMPARE(thread()->itemAt(0)->text, u"Message number 40"_s);
    // What was at the top is still at the top: the page came above it.
    QCOMPARE(thread()->keyAt(view->indexAt(QPoint(4, 2)).row()), oldest);
    QVERIFY(thread()->hasOlder());
}

void TestConversations::anotherProcessesWriteKeepsTheChoice()
{
    for (int i = 0; i < 3; ++i) {
        const QString number = u"1555000%1"_s.arg(i);
        QVERIFY(m_f->receive(
            m_hooks.messages({Hooks::text(number, u"wamid.E%1"_s.arg(i), ago(100 - i), u"Hi"_s)},
                {Hooks::contact(number, u"Customer %1"_s.arg(i))})));
    }
    const qint64 chosen = list()->at(1)->id;
    QVERIFY(pane()->select(chosen));
    Q_EMIT m_f->historyLog->changedElsewhere();
    auto *view = pane()->findChild<QListView *>(u"conversationListView"_s);
    QCOMPARE(list()->at(view->currentIndex().row())->id, chosen);
    QCOMPARE(pane()->current()->id, chosen);
}

// A team's row says another console has the customer's file: this one says it is not here
// and its menu offers to fetch it, in place of opening a file it does not have.
void TestConversations::aFileFetchedOnAnotherComputerIsFetchedHereOnRequest()
{
    const QString pablo = u"16505551234"_s;
    QVERIFY(m_f->receive(
        m_hooks.messages({Hooks::message(pablo, u"wamid.I"_s, ago(60), u"image"_s,
                             QJsonObject {{u"id"_s, u"1037"_s}, {u"mime_type"_s, u"image/jpeg"_s},
                                 {u"sha256"_s, u"x"_s}})},
            {Hooks::contact(pablo, u"Pablo Morales"_s)})));
    QVERIFY(pane()->select(list()->at(0)->id));
    QTRY_COMPARE(thread()->rowCount(), 1);
    const qint64 id = thread()->itemAt(0)->id;
    InboxWriter writer(m_history.get());
    QVERIFY(writer.setMedia(
        id, InboundMedia::Fetched, m_f->dir.filePath(u"their-computer/1037.jpg"_s), {}));
    Q_EMIT m_f->historyLog->changedElsewhere();
    QTRY_COMPARE(thread()->itemAt(0)->media, InboundMedia::Fetched);
    QVERIFY(!thread()->itemAt(0)->mediaHere);
    auto *delegate = qobject_cast<ThreadDelegate *>(pane()->threadView()->itemDelegate());
    QCOMPARE(delegate->sceneAt(0, 500).texts(u"media.state"_s),
        QStringList {u"not on this computer: right-click to fetch it here"_s});

    ThreadView *view = pane()->threadView();
    view->setCurrentIndex(thread()->index(0, 0));
    auto *fetch = view->findChild<QAction *>(u"fetchAgainAction"_s);
    QTRY_VERIFY(fetch->isVisible());
    QCOMPARE(fetch->text(), u"&Fetch the file here"_s);
    QVERIFY(!view->findChild<QAction *>(u"openFileAction"_s)->isVisible());
    QSignalSpy asked(pane(), &ConversationsPane::fetchRequested);
    fetch->trigger();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().toLongLong(), id);
}

void TestConversations::aLayoutSavedBeforeTheConversationsPutsThemBesideTheHistory()
{
    // What a console without the Conversations saved: restored, it would put them side by
    // side with the History, wider than a 1024 px screen.
    {
        MainWindow older;
        older.show();
        Settings::setValue(Settings::Key::WindowState, older.saveState());
    }
    QCOMPARE(m_f->start(m_history.get()), QString());
    auto *history = m_f->window->findChild<QDockWidget *>(u"historyDock"_s);
    QDockWidget *conversations = m_f->window->conversations()->dock();
    QVERIFY(m_f->window->tabifiedDockWidgets(history).contains(conversations));
    m_f->window->resize(1024, 700);
    QTRY_COMPARE(m_f->window->width(), 1024);
}

void TestConversations::thePaneBehindTheHistoryIsMadeWhenItsTabIsChosen()
{
    QVERIFY(m_f->receive(
        m_hooks.messages({Hooks::text(u"15550001"_s, u"wamid.A1"_s, ago(300), u"Hi"_s)},
            {Hooks::contact(u"15550001"_s, u"Ana"_s)})));
    // The user narrows the list and closes with the History in front.
    auto *splitter = pane()->findChild<QSplitter *>(u"conversationsSplitter"_s);
    splitter->setSizes({120, 880});
    m_f->window->findChild<QDockWidget *>(u"historyDock"_s)->raise();
    m_f->window->close();
    const auto restart = [this] {
        QCOMPARE(m_f->start(m_history.get()), QString());
        m_f->window->resize(1280, 900);
        QVERIFY(QTest::qWaitForWindowExposed(m_f->window.get()));
        QTRY_VERIFY(m_f->window->isStarted());
    };
    // Behind the History's tab, the pane is not made for the first paint, nor later; closed
    // so, the window keeps the splitter it was given last time.
    restart();
    QVERIFY(!m_f->window->conversations()->madePane());
    m_f->window->close();
    restart();
    ConversationsDock *conversations = m_f->window->conversations();
    QVERIFY(!conversations->madePane());
    // Chosen, it is made whole: its first page read, its splitter as the user left it.
    conversations->dock()->raise();
    QTRY_VERIFY(conversations->madePane());
    ConversationsPane *made = conversations->madePane();
    QVERIFY(made->isVisible());
    QTRY_COMPARE(made->conversations()->rowCount(), 1);
    // Narrowed to an eighth (the default gives the list three tenths).
    const QList<int> sizes = made->findChild<QSplitter *>(u"conversationsSplitter"_s)->sizes();
    QVERIFY2(
        sizes.at(0) * 4 < sizes.at(1), qPrintable(u"%1 : %2"_s.arg(sizes.at(0)).arg(sizes.at(1))));
}

QTEST_MAIN(TestConversations)
#include "tst_conversations.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The Conversations on screen at the smallest window, in English and Russian, light and dark: a
// thread of every kind of message with its ticks and a failure, and the composer at a customer
// whose 24-hour window is closed; every label and button shows its whole text. With
// WACONSOLE_SCREENSHOT_DIR set, each is saved there as a PNG.
#include "core/translator.h"
#include "storage/historystore.h"
#include "widgets/conversations/conversationlistmodel.h"
#include "widgets/conversations/conversationsdock.h"
#include "widgets/conversations/conversationspane.h"
#include "widgets/conversations/threadlook.h"
#include "widgets/conversations/threadmodel.h"
#include "widgets/conversations/threadview.h"
#include "widgets/history/historymodel.h"
#include "widgets/history/historypane.h"
#include "widgets/previewwidget.h"
#include "widgets/theme.h"

#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include "formdriver.h"
#include "textfit.h"
#include "uselanguage.h"
#include "webhookbodies.h"
#include "windowfixture.h"

using namespace Qt::StringLiterals;
using namespace Wac;
using Hooks = Test::WebhookBodies;

namespace {

// The refresh a change asked for, then the layouts it changed.
void settle()
{
    QTest::qWait(20);
    for (int pass = 0; pass < 4; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

} // namespace

class TestConversationRoom final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void aThreadAndAClosedWindowFit_data();
    void aThreadAndAClosedWindowFit();

private:
    void seed();
    QString send(const QString &body);
    void screenshot(QWidget *widget, const QString &name);

    std::unique_ptr<Test::WindowFixture> m_f;
    std::unique_ptr<HistoryStore> m_history;
    Hooks m_hooks;
    qint64 m_now = QDateTime::currentSecsSinceEpoch();
};

void TestConversationRoom::cleanup()
{
    m_f.reset();
    m_history.reset();
    QVERIFY(Test::useLanguage(u"en"_s));
    Theme::apply(Theme::Mode::Light);
}

QString TestConversationRoom::send(const QString &body)
{
    MainWindow &window = *m_f->window;
    Test::chooseType(window, MessageType::Text);
    window.findChild<QPlainTextEdit *>(u"bodyTextEdit"_s)->setPlainText(body);
    auto *sendButton = window.findChild<QPushButton *>(u"sendPushButton"_s);
    HistoryModel *model = window.historyPane()->model();
    const int before = model->rowCount();
    [&] { QTRY_VERIFY(sendButton->isEnabled()); }();
    QTest::mouseClick(sendButton, Qt::LeftButton);
    [&] {
        QTRY_COMPARE(model->rowCount(), before + 1);
        QTRY_VERIFY(model->recordAt(0)->answer.outcome == HistoryOutcome::Accepted);
    }();
    return model->recordAt(0)->answer.wamid;
}

// Pablo, who wrote a moment ago in every way a customer can, and whom we answered; Ana, who
// wrote three days ago.
void TestConversationRoom::seed()
{
    const QString pablo = u"16505551234"_s;
    const qint64 t = m_now - 3600;
    const QJsonArray messages {
        Hooks::text(pablo, u"wamid.T1"_s, t - 86400, u"Hi, I ordered the blue kettle last week."_s),
        Hooks::text(pablo, u"wamid.T2"_s, t, u"Where is my order? It was due *yesterday*."_s),
        Hooks::message(pablo, u"wamid.I1"_s, t + 60, u"image"_s,
            QJsonObject {{u"id"_s, u"1037"_s}, {u"mime_type"_s, u"image/jpeg"_s},
                {u"sha256"_s, u"x"_s}, {u"caption"_s, u"The box it came in"_s}}),
        Hooks::message(pablo, u"wamid.D1"_s, t + 120, u"document"_s,
            QJsonObject {{u"id"_s, u"1038"_s}, {u"mime_type"_s, u"application/pdf"_s},
                {u"sha256"_s, u"y"_s}, {u"filename"_s, u"receipt-1042.pdf"_s}}),
        Hooks::message(pablo, u"wamid.L1"_s, t + 180, u"location"_s,
            QJsonObject {{u"latitude"_s, 38.9}, {u"longitude"_s, -77.0},
                {u"name"_s, u"Main St store"_s}, {u"address"_s, u"1 Main St, Springfield"_s}}),
        Hooks::message(pablo, u"wamid.B1"_s, t + 240, u"interactive"_s,
            QJsonObject {{u"type"_s, u"button_reply"_s},
                {u"button_reply"_s,
                    QJsonObject {{u"id"_s, u"yes"_s}, {u"title"_s, u"Yes, refund me"_s}}}}),
        Hooks::message(pablo, u"wamid.U1"_s, t + 300, u"hologram"_s, QJsonObject {{u"depth"_s, 3}}),
    };
    QVERIFY(m_f->receive(m_hooks.messages(messages, {Hooks::contact(pablo, u"Pablo Morales"_s)})));
    QVERIFY(m_f->receive(m_hooks.messages(
        {Hooks::text(u"15550001"_s, u"wamid.A1"_s, m_now - 3 * 86400, u"Do you ship to Lisbon?"_s)},
        {Hooks::contact(u"15550001"_s, u"Ana Lima"_s)})));
    const InboxStore &store = m_f->inbox->store();
    m_f->inbox->setMedia(store.inbound(u"wamid.D1"_s)->id, InboundMedia::Failed, {},
        u"the link expired (HTTP 404)"_s);
    ConversationsPane *pane = m_f->window->conversations()->pane();
    QVERIFY(pane->select(pane->conversations()->at(0)->id));
    const QString read = send(u"Sorry about that! It left our warehouse this morning."_s);
    const QString delivered = send(u"Here is the tracking link: https://track.example/1042"_s);
    const QString failed = send(u"And a coupon for the wait"_s);
    // A teammate's reply from another console on the team's store: the thread says who wrote it.
    HistoryEntry marta {QDateTime::currentMSecsSinceEpoch(), u"Sandbox"_s, u"106540352242922"_s,
        u"+16505551234"_s, u"text"_s,
        R"({"messaging_product":"whatsapp","to":"16505551234","type":"text",)"
        R"("text":{"body":"Marta here: I have asked the courier to call you."}})",
        {}, {}, u"Marta"_s};
    const qint64 martaId = m_f->historyLog->addPending(marta);
    HistoryAnswer accepted;
    accepted.outcome = HistoryOutcome::Accepted;
    accepted.httpStatus = 200;
    accepted.wamid = u"wamid.MARTA1"_s;
    accepted.waId = pablo;
    QVERIFY(m_f->historyLog->finish(martaId, accepted));
    QVERIFY(m_f->receive(m_hooks.statuses({Hooks::status(read, u"read"_s, m_now, pablo),
        Hooks::status(delivered, u"delivered"_s, m_now, pablo),
        Hooks::status(failed, u"failed"_s, m_now, pablo, 131047)})));
    QVERIFY(m_f->receive(
        m_hooks.messages({Hooks::message(pablo, u"wamid.R1"_s, m_now - 10, u"reaction"_s,
                             QJsonObject {{u"message_id"_s, read}, {u"emoji"_s, u"👍"_s}})},
            {Hooks::contact(pablo, u"Pablo Morales"_s)})));
}

void TestConversationRoom::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("WACONSOLE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString theme = Theme::current() == Theme::Mode::Dark ? u"dark"_s : u"light"_s;
    widget->grab().save(u"%1/%2-%3x%4-%5-%6.png"_s.arg(dir, name)
                            .arg(widget->width())
                            .arg(widget->height())
                            .arg(QLocale().name().left(2), theme));
}

void TestConversationRoom::aThreadAndAClosedWindowFit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    QTest::newRow("English") << u"en"_s << false;
    QTest::newRow("English, dark") << u"en"_s << true;
    QTest::newRow("Russian") << u"ru"_s << false;
    QTest::newRow("Russian, dark") << u"ru"_s << true;
}

void TestConversationRoom::aThreadAndAClosedWindowFit()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    QVERIFY(Test::useLanguage(language));
    m_f = std::make_unique<Test::WindowFixture>();
    m_history = std::make_unique<HistoryStore>(m_f->dir.filePath(u"history.sqlite"_s));
    QVERIFY(m_history->open());
    QCOMPARE(m_f->start(m_history.get()), QString());
    const QSize size(1024, 700);
    m_f->window->resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(m_f->window.get()));
    QTRY_COMPARE(m_f->window->size(), size);
    // The agent brings the Conversations to the front and gives them room.
    QDockWidget *dock = m_f->window->conversations()->dock();
    dock->raise();
    m_f->window->resizeDocks({dock}, {400}, Qt::Vertical);
    seed();
    if (QTest::currentTestFailed())
        return;
    ConversationsPane *pane = m_f->window->conversations()->pane();
    QTRY_COMPARE(pane->thread()->rowCount(), 11);
    const ThreadItem *last = pane->thread()->itemAt(10);
    QCOMPARE(last->agent, u"Marta"_s);
    QVERIFY(ThreadLook::bubbleOf(*last).time.startsWith(u"Marta · "_s));
    settle();
    screenshot(m_f->window.get(), u"conversations"_s);
    QStringList cuts = Test::clippedTexts(m_f->window.get());
    // Floated and as large as the window: the whole thread, every kind of message in it.
    dock->setFloating(true);
    dock->resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(dock));
    settle();
    QTRY_VERIFY(pane->threadView()->isAtEnd());
    screenshot(dock, u"conversations-floating"_s);
    pane->threadView()->scrollToTop();
    screenshot(dock, u"conversations-floating-top"_s);
    cuts += Test::clippedTexts(dock);
    dock->setFloating(false);
    dock->raise(); // back in its place, in front of the History again

    // Ana wrote three days ago: only a template reaches her now.
    QVERIFY(pane->select(pane->conversations()->at(1)->id));
    Test::chooseType(*m_f->window, MessageType::Text);
    m_f->window->findChild<QPlainTextEdit *>(u"bodyTextEdit"_s)->setPlainText(u"Yes, we do!"_s);
    auto *note = m_f->window->findChild<QLabel *>(u"customerWindowLabel"_s);
    QTRY_VERIFY(note->isVisible() && note->text().contains(u"template"_s));
    auto *problems = m_f->window->findChild<QTreeWidget *>(u"problemsTreeWidget"_s);
    QTRY_COMPARE(problems->topLevelItemCount(), 1);
    QVERIFY(!m_f->window->findChild<QPushButton *>(u"sendPushButton"_s)->isEnabled());
    auto *preview = m_f->window->findChild<PreviewWidget *>();
    QTRY_COMPARE(preview->scene().texts(u"body"_s), QStringList {u"Yes, we do!"_s});
    settle();
    screenshot(m_f->window.get(), u"closed-window"_s);
    cuts += Test::clippedTexts(m_f->window.get());
    for (const QString &cut : std::as_const(cuts))
        qInfo().noquote() << cut;
    QVERIFY2(cuts.isEmpty(), qPrintable(u"%1 texts are cut (listed above)"_s.arg(cuts.size())));
}

QTEST_MAIN(TestConversationRoom)
#include "tst_conversationroom.moc"

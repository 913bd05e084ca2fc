// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The send panel cannot send the wrong thing: New message clears the whole message and asks
// first, Tab from the type list enters the form, the same message to the same customer twice
// asks, the profile (and a live one) is named everywhere, Send anyway is the Sandbox's unless
// turned on.
#include "storage/historystore.h"
#include "storage/profilestore.h"
#include "storage/settings.h"
#include "widgets/dialogs/confirm.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

#include "formdriver.h"
#include "payloadcorpus.h"
#include "windowfixture.h"

using namespace Qt::StringLiterals;

class TestSendPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newMessageClearsEveryPageAndTheEnvelope();
    void newMessageAsksBeforeLosingWhatWasNotSent();
    void tabFromTheTypeListEntersTheForm();
    void theSameMessageAgainAsksNamingWhenItWent();
    void theProfileIsNamedAndALiveOneMarked();
    void sendAnywayIsTheSandboxsUnlessTurnedOn();
    void dockAndSplittersAreKeptBetweenRuns();
    void theConsoleOpensOnTheSandboxWhateverIsSaved();

private:
    QWidget *body() const;

    QString bodyText() const
    {
        return m_f->window->message()
            .toJson()
            .value(u"text"_s)
            .toObject()
            .value(u"body"_s)
            .toString();
    }

    QLineEdit *recipient() const;
    void typeBody(const QString &text);
    void selectProfile(const QString &name);
    void sendAndWait();

    std::unique_ptr<Wac::Test::WindowFixture> m_f;
    std::unique_ptr<Wac::HistoryStore> m_history;
};

void TestSendPanel::init()
{
    m_f = std::make_unique<Wac::Test::WindowFixture>();
    m_history = std::make_unique<Wac::HistoryStore>(m_f->dir.filePath(u"history.sqlite"_s));
    QVERIFY(m_history->open());
    QCOMPARE(m_f->start(m_history.get()), QString());
    m_f->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_f->window.get()));
}

void TestSendPanel::cleanup()
{
    m_f->stop();
    m_history.reset();
    m_f.reset();
    Wac::Settings::reset(Wac::Settings::Key::SendAnywayEverywhere);
}

QWidget *TestSendPanel::body() const
{
    Wac::Test::chooseType(*m_f->window, Wac::MessageType::Text);
    return Wac::Test::field(Wac::Test::currentPage(*m_f->window), u"bodyTextEdit"_s);
}

QLineEdit *TestSendPanel::recipient() const
{
    return m_f->window->findChild<QLineEdit *>(u"recipientLineEdit"_s);
}

void TestSendPanel::typeBody(const QString &text)
{
    QWidget *field = body();
    field->setFocus();
    QTest::keyClicks(field, text);
}

void TestSendPanel::selectProfile(const QString &name)
{
    auto *combo = m_f->window->findChild<QComboBox *>(u"profileComboBox"_s);
    combo->setCurrentIndex(combo->findData(name));
    QCOMPARE(combo->currentData().toString(), name);
}

void TestSendPanel::sendAndWait()
{
    const qsizetype before = m_f->posts();
    QTest::keyClick(m_f->window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_f->posts(), before + 1);
    QTRY_VERIFY2(m_f->headline().contains(u"Accepted"_s), qPrintable(m_f->headline()));
}

void TestSendPanel::newMessageClearsEveryPageAndTheEnvelope()
{
    QTest::keyClicks(recipient(), u"+16505551234"_s);
    typeBody(u"an earlier reply"_s);
    Wac::Test::chooseType(*m_f->window, Wac::MessageType::Image);
    QCOMPARE(Wac::Test::drive(Wac::Test::currentPage(*m_f->window),
                 {u"sourceEditor/linkRadioButton!"_s,
                     u"sourceEditor/linkLineEdit=https://example.com/a.jpg"_s}),
        QString());
    Wac::Confirm::setNextAnswer(true);
    QTest::keyClick(m_f->window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY2(Wac::Confirm::lastQuestion().contains(u"not been sent"_s),
        qPrintable(Wac::Confirm::lastQuestion()));
    QCOMPARE(recipient()->text(), QString());
    QCOMPARE(m_f->window->message().type(), Wac::MessageType::Image);
    QVERIFY(!m_f->window->message().toJson().value(u"image"_s).toObject().contains(u"link"_s));
    // The Text page held the earlier reply: it is gone too, so Ctrl+Return cannot resend it.
    QCOMPARE(qobject_cast<QPlainTextEdit *>(body())->toPlainText(), QString());
    QCOMPARE(bodyText(), QString());
}

void TestSendPanel::newMessageAsksBeforeLosingWhatWasNotSent()
{
    QTest::keyClicks(recipient(), u"+16505551234"_s);
    typeBody(u"not sent yet"_s);
    Wac::Confirm::setNextAnswer(false);
    QTest::keyClick(m_f->window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(bodyText(), u"not sent yet"_s); // declined: kept

    sendAndWait();
    // Once it went out nothing is lost: no question.
    const QString asked = Wac::Confirm::lastQuestion();
    QTest::keyClick(m_f->window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(Wac::Confirm::lastQuestion(), asked);
    QCOMPARE(bodyText(), QString());
}

void TestSendPanel::tabFromTheTypeListEntersTheForm()
{
    QWidget *textBody = body(); // chooses the Text type
    auto *types = m_f->window->findChild<QTreeWidget *>(u"typeTreeWidget"_s);
    types->setFocus(Qt::OtherFocusReason);
    // The envelope comes before the type list; after it, the page's form (not the views).
    QTest::keyClick(types, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), textBody);
    QTest::keyClicks(QApplication::focusWidget(), u"typed"_s);
    QCOMPARE(bodyText(), u"typed"_s);
    QTest::keyClick(types, Qt::Key_Tab, Qt::ShiftModifier);
    types->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(types, Qt::Key_Tab, Qt::ShiftModifier);
    QVERIFY(QApplication::focusWidget() != textBody);
}

void TestSendPanel::theSameMessageAgainAsksNamingWhenItWent()
{
    QTest::keyClicks(recipient(), u"+16505551234"_s);
    typeBody(u"Your order shipped"_s);
    sendAndWait();
    const QString before = Wac::Confirm::lastQuestion();
    Wac::Confirm::setNextAnswer(false);
    QTest::keyClick(m_f->window.get(), Qt::Key_Return, Qt::ControlModifier);
    const QString question = Wac::Confirm::lastQuestion();
    QVERIFY(question != before);
    QVERIFY2(question.contains(u"+16505551234"_s) && question.contains(u"0 minutes ago"_s),
        qPrintable(question));
    QTest::qWait(100);
    QCOMPARE(m_f->posts(), 1); // declined: not sent twice
    // Another text is not the same message.
    typeBody(u", today"_s);
    sendAndWait();
    QCOMPARE(m_f->posts(), 2);
}

void TestSendPanel::theProfileIsNamedAndALiveOneMarked()
{
    auto *label = m_f->window->findChild<QLabel *>(u"profileLabel"_s);
    auto *live = m_f->window->findChild<QLabel *>(u"liveLabel"_s);
    QVERIFY2(label->text().startsWith(u"Sandbox · "_s), qPrintable(label->text()));
    QVERIFY(m_f->window->windowTitle().contains(u"Sandbox"_s));
    QVERIFY(!live->isVisible());

    Wac::Profile acme;
    acme.name = u"Acme"_s;
    acme.phoneNumberId = u"106540352242922"_s; // at graph.facebook.com: real customers
    QString error;
    QVERIFY(m_f->store->save(acme, {}, &error));
    m_f->window->setSandbox(m_f->sim->baseUrl()); // lists the profiles again
    selectProfile(u"Acme"_s);
    QCOMPARE(label->text(), u"Acme · https://graph.facebook.com · v25.0"_s);
    QVERIFY(live->isVisible());
    QVERIFY(live->text().contains(u"LIVE"_s));
    QVERIFY2(m_f->window->windowTitle().contains(u"Acme (live)"_s),
        qPrintable(m_f->window->windowTitle()));
    QVERIFY(m_f->window->findChild<QComboBox *>(u"profileComboBox"_s)
                ->currentText()
                .contains(u"live"_s));

    selectProfile(u"Sandbox"_s);
    QVERIFY(!live->isVisible());
    QVERIFY(!m_f->window->windowTitle().contains(u"Acme"_s));
}

void TestSendPanel::sendAnywayIsTheSandboxsUnlessTurnedOn()
{
    Wac::Profile local;
    local.name = u"Local"_s;
    local.baseUrl = m_f->sim->baseUrl(); // not the Sandbox, not live
    local.phoneNumberId = u"106540352242922"_s;
    QString error;
    QVERIFY(m_f->store->save(local, {}, &error));
    m_f->window->setSandbox(m_f->sim->baseUrl());
    typeBody(QString()); // an empty body is an error
    QTest::keyClick(m_f->window.get(), Qt::Key_Return, Qt::ControlModifier); // reveal
    auto *anyway = m_f->window->findChild<QPushButton *>(u"sendAnywayPushButton"_s);
    QTRY_VERIFY(anyway->isVisible()); // the Sandbox offers it
    selectProfile(u"Local"_s);
    QTRY_VERIFY(!anyway->isVisible());
    auto *setting = m_f->window->findChild<QAction *>(u"sendAnywayEverywhereAction"_s);
    QVERIFY(setting && !setting->isChecked());
    setting->trigger();
    QTRY_VERIFY(anyway->isVisible());
    QVERIFY(Wac::Settings::sendAnywayEverywhere());
}

void TestSendPanel::dockAndSplittersAreKeptBetweenRuns()
{
    const auto splitter = [this](const QString &name) {
        return m_f->window->findChild<QSplitter *>(name);
    };
    m_f->window->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(m_f->window.get()));
    splitter(u"mainSplitter"_s)->setSizes({300, 500, 400});
    splitter(u"historySplitter"_s)->setSizes({700, 300});
    auto *dock = m_f->window->findChild<QDockWidget *>(u"historyDock"_s);
    m_f->window->resizeDocks({dock}, {320}, Qt::Vertical);
    // The Conversations share its place: the area is 320 px, the tab bar under it included.
    QTRY_VERIFY2(
        dock->height() > 250 && dock->height() <= 320, qPrintable(QString::number(dock->height())));
    QTest::qWait(300); // the tab bar's own layout pass comes later on a busy machine
    const int height = dock->height();
    const QList<int> mainSizes = splitter(u"mainSplitter"_s)->sizes();
    const QList<int> historySizes = splitter(u"historySplitter"_s)->sizes();
    m_f->window->close(); // as the user quits

    QCOMPARE(m_f->start(m_history.get()), QString());
    QVERIFY(QTest::qWaitForWindowExposed(m_f->window.get()));
    QCOMPARE(m_f->window->size(), QSize(1280, 800));
    QTRY_COMPARE(splitter(u"mainSplitter"_s)->sizes(), mainSizes);
    QCOMPARE(splitter(u"historySplitter"_s)->sizes(), historySizes);
    QTRY_COMPARE(m_f->window->findChild<QDockWidget *>(u"historyDock"_s)->height(), height);
    for (const auto key : {Wac::Settings::Key::WindowGeometry, Wac::Settings::Key::WindowState,
             Wac::Settings::Key::MainSplitter, Wac::Settings::Key::SideSplitter,
             Wac::Settings::Key::HistorySplitter, Wac::Settings::Key::ConversationsSplitter}) {
        Wac::Settings::reset(key);
    }
}

// A saved live profile comes first alphabetically, and the Sandbox is known only once the
// window exists (as in the app): the window still opens on the Sandbox.
void TestSendPanel::theConsoleOpensOnTheSandboxWhateverIsSaved()
{
    Wac::ProfileStore saved(m_f->dir.filePath(u"saved.ini"_s));
    Wac::Profile acme;
    acme.name = u"Acme"_s;
    acme.phoneNumberId = u"106540352242922"_s;
    QString error;
    QVERIFY(saved.save(acme, {}, &error));
    Wac::WindowServices services;
    services.profiles = &saved;
    Wac::MainWindow window(services);
    auto *combo = window.findChild<QComboBox *>(u"profileComboBox"_s);
    window.setSandbox(m_f->sim->baseUrl());
    QCOMPARE(combo->currentData().toString(), u"Sandbox"_s);
    combo->setCurrentIndex(combo->findData(u"Acme"_s));
    window.setSandbox(m_f->sim->baseUrl()); // listed again later: the user's choice stays
    QCOMPARE(combo->currentData().toString(), u"Acme"_s);
}

QTEST_MAIN(TestSendPanel)
#include "tst_sendpanel.moc"

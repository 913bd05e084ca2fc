// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Room on screen: at the README's smallest window, with the History dock open, in English and in
// Russian (the longer strings), every label, button and tab of every composer page shows its
// whole text; at 1280×800 the History details keep ten lines and the composer its width.
#include "core/messagetype.h"
#include "core/translator.h"
#include "storage/historystore.h"
#include "storage/templatecache.h"
#include "widgets/composer/pages/templatecomposerpage.h"
#include "widgets/composer/templatesloteditor.h"
#include "widgets/history/historymodel.h"
#include "widgets/history/historypane.h"
#include "widgets/previewwidget.h"
#include "widgets/templates/templatebrowser.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

#include "textfit.h"
#include "uselanguage.h"
#include "windowfixture.h"

using namespace Qt::StringLiterals;
using namespace Wac;

namespace {

// Lays out what a page switch asked for, now: each pass may ask the layouts around it again.
void settle()
{
    for (int pass = 0; pass < 4; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

} // namespace

class TestRoom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void everyTextFitsAtTheSmallestWindow_data();
    void everyTextFitsAtTheSmallestWindow();
    void historyDetailsShowTenLines_data();
    void historyDetailsShowTenLines();
    void historySplitterStateRestores();
    void aLiveProfileAndAPlacedProblemFit_data();
    void aLiveProfileAndAPlacedProblemFit();
    void aTeamProfileSaysWhereItsHistoryIs_data();
    void aTeamProfileSaysWhereItsHistoryIs();

private:
    void startWindow(const QString &language, QSize size);
    void visitPages(QStringList &out);
    void visitTemplates(QStringList &out);
    void sendOne();
    void pageFits(QStringList &out, const QString &name);
    void screenshot(const QString &name);

    std::unique_ptr<Test::WindowFixture> m_f;
    std::unique_ptr<HistoryStore> m_history;
};

void TestRoom::cleanup()
{
    m_f.reset();
    m_history.reset();
    QVERIFY(Test::useLanguage(u"en"_s));
    Theme::apply(Theme::Mode::Light);
}

void TestRoom::startWindow(const QString &language, QSize size)
{
    QVERIFY(Test::useLanguage(language));
    m_f = std::make_unique<Test::WindowFixture>();
    m_history = std::make_unique<HistoryStore>(m_f->dir.filePath(u"history.sqlite"_s));
    QVERIFY(m_history->open());
    const QString error = m_f->start(m_history.get());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_f->window->resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(m_f->window.get()));
    // The window is no bigger than asked: its minimum size fits the smallest screen.
    QTRY_COMPARE(m_f->window->size(), size);
    QVERIFY(m_f->window->findChild<QDockWidget *>(u"historyDock"_s)->isVisible());
}

void TestRoom::sendOne()
{
    auto *recipient = m_f->window->findChild<QLineEdit *>(u"recipientLineEdit"_s);
    QTest::keyClicks(recipient, u"+1 650 555 1234"_s);
    auto *text = m_f->window->findChild<QPlainTextEdit *>(u"bodyTextEdit"_s);
    QTest::keyClicks(text, u"Your order #1042 has shipped."_s);
    auto *send = m_f->window->findChild<QPushButton *>(u"sendPushButton"_s);
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    HistoryModel *model = m_f->window->historyPane()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_VERIFY(model->recordAt(0)->answer.outcome == HistoryOutcome::Accepted);
    m_f->window->findChild<QTableView *>(u"historyTableView"_s)->selectRow(0);
}

// Each type of the list in turn, with what its page cuts.
void TestRoom::visitPages(QStringList &out)
{
    auto *types = m_f->window->findChild<QTreeWidget *>(u"typeTreeWidget"_s);
    for (QTreeWidgetItemIterator it(types); *it; ++it) {
        if (!(*it)->data(0, Qt::UserRole).isValid())
            continue;
        types->setCurrentItem(*it);
        settle();
        pageFits(out, (*it)->text(0));
        for (const QString &cut : Test::clippedTexts(m_f->window.get()))
            out << (*it)->text(0) + u": "_s + cut;
        if (MessageType((*it)->data(0, Qt::UserRole).toInt()) == MessageType::Image)
            screenshot(u"image"_s);
    }
}

// The template form of each seeded shape, chosen in the Templates window.
void TestRoom::visitTemplates(QStringList &out)
{
    const QList<std::pair<QString, QString>> shapes = {{u"order_confirmation"_s, u"en_US"_s},
        {u"delivery_update"_s, u"ru"_s}, {u"spring_sale"_s, u"en_US"_s},
        {u"coupon_offer"_s, u"en_US"_s}, {u"store_pickup"_s, u"pt_BR"_s},
        {u"verification_code"_s, u"en_US"_s}, {u"appointment_booking"_s, u"en_US"_s}};
    for (const auto &[name, language] : shapes) {
        TemplateBrowser *browser = m_f->window->showTemplates();
        auto *view = browser->findChild<QTreeView *>(u"templateView"_s);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 25, 10000);
        browser->select(name, language);
        if (!browser->current() || browser->current()->name != name) {
            out << name + u": not in the library"_s;
            continue;
        }
        QTest::mouseClick(browser->findChild<QPushButton *>(u"useButton"_s), Qt::LeftButton);
        browser->close();
        auto *page = m_f->window->findChild<TemplateComposerPage *>();
        if (!page->isFormMode())
            out << name + u": not in its form"_s;
        // A layout shows the fields it is given on the next pass of the event loop.
        const QList<TemplateSlotEditor *> fields = page->findChildren<TemplateSlotEditor *>();
        QVERIFY(!fields.isEmpty());
        QTRY_VERIFY(std::all_of(fields.cbegin(), fields.cend(),
            [](const TemplateSlotEditor *field) { return field->isVisible(); }));
        settle();
        pageFits(out, name);
        for (const QString &cut : Test::clippedTexts(m_f->window.get()))
            out << name + u": "_s + cut;
        if (name == u"order_confirmation"_s)
            screenshot(u"template"_s);
    }
}

// The current page, laid out in its scroll area: no wider than what shows it (it may be taller).
void TestRoom::pageFits(QStringList &out, const QString &name)
{
    auto *stack = m_f->window->findChild<QStackedWidget *>(u"pageStack"_s);
    auto *area = qobject_cast<QScrollArea *>(stack->currentWidget());
    QVERIFY(area);
    QWidget *page = area->widget();
    // A scroll bar that comes or goes resizes the page once more, after the layout.
    QTRY_COMPARE(
        page->width(), std::max(area->viewport()->width(), page->minimumSizeHint().width()));
    if (page->width() > area->viewport()->width()) {
        out << u"%1: the page needs %2 px, its scroll area shows %3"_s.arg(name)
                   .arg(page->width())
                   .arg(area->viewport()->width());
    }
}

void TestRoom::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("WACONSOLE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString theme = Theme::current() == Theme::Mode::Dark ? u"dark"_s : u"light"_s;
    const QString file = u"%1/room-%2-%3x%4-%5-%6.png"_s.arg(dir, name)
                             .arg(m_f->window->width())
                             .arg(m_f->window->height())
                             .arg(QLocale().name().left(2), theme);
    m_f->window->grab().save(file);
}

void TestRoom::everyTextFitsAtTheSmallestWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    QTest::newRow("English") << u"en"_s << false;
    QTest::newRow("Russian") << u"ru"_s << false;
    QTest::newRow("English, dark") << u"en"_s << true;
    QTest::newRow("Russian, dark") << u"ru"_s << true;
}

void TestRoom::everyTextFitsAtTheSmallestWindow()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    startWindow(language, QSize(1024, 700));
    if (!QTest::currentTestFailed())
        sendOne(); // the result panel and the History details have something to show
    if (QTest::currentTestFailed())
        return;
    screenshot(u"window"_s);
    QStringList cuts;
    visitPages(cuts);
    visitTemplates(cuts);
    for (const QString &cut : std::as_const(cuts))
        qInfo().noquote() << cut;
    QVERIFY2(cuts.isEmpty(), qPrintable(u"%1 texts are cut (listed above)"_s.arg(cuts.size())));
}

void TestRoom::historyDetailsShowTenLines_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    for (const QSize size : {QSize(1280, 800), QSize(1440, 900)}) {
        for (const bool dark : {false, true}) {
            for (const QString &language : {u"en"_s, u"ru"_s}) {
                QTest::addRow("%dx%d %s%s", size.width(), size.height(), qPrintable(language),
                    dark ? " dark" : "")
                    << size << language << dark;
            }
        }
    }
}

void TestRoom::historyDetailsShowTenLines()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    QFETCH(bool, dark);
    Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    startWindow(language, size);
    if (!QTest::currentTestFailed())
        sendOne();
    if (QTest::currentTestFailed())
        return;
    screenshot(u"window"_s);
    // The summary shows first; the request is the longest read.
    auto *summary = m_f->window->findChild<QTextBrowser *>(u"summaryTextBrowser"_s);
    auto *request = m_f->window->findChild<QPlainTextEdit *>(u"requestPlainTextEdit"_s);
    const auto lines = [](const QAbstractScrollArea *view) {
        return view->viewport()->height() / view->fontMetrics().lineSpacing();
    };
    QVERIFY2(lines(summary) >= 10, qPrintable(u"summary: %1 lines"_s.arg(lines(summary))));
    m_f->window->findChild<QTabWidget *>(u"detailsTabWidget"_s)->setCurrentWidget(request);
    QTRY_COMPARE(request->geometry(), summary->geometry());
    QVERIFY2(lines(request) >= 10, qPrintable(u"request: %1 lines"_s.arg(lines(request))));
    const int composer = m_f->window->findChild<QStackedWidget *>(u"pageStack"_s)->width();
    QVERIFY2(composer >= 480, qPrintable(u"composer %1 px wide"_s.arg(composer)));
}

void TestRoom::historySplitterStateRestores()
{
    startWindow(u"en"_s, QSize(1280, 800));
    if (QTest::currentTestFailed())
        return;
    HistoryPane *pane = m_f->window->historyPane();
    auto *splitter = pane->findChild<QSplitter *>(u"historySplitter"_s);
    const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
    splitter->setSizes({total - 600, 600}); // the user widens the details
    const QByteArray state = pane->saveSplitterState();
    const QList<int> wide = splitter->sizes();
    splitter->setSizes({total - 400, 400});
    QVERIFY(splitter->sizes() != wide);
    pane->restoreSplitterState(state);
    QCOMPARE(splitter->sizes(), wide);
}

void TestRoom::aLiveProfileAndAPlacedProblemFit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QSize>("size");
    for (const QSize size : {QSize(1024, 700), QSize(1440, 900)}) {
        const QString at = u"%1x%2"_s.arg(size.width()).arg(size.height());
        QTest::addRow("English %s", qPrintable(at)) << u"en"_s << false << size;
        QTest::addRow("English dark %s", qPrintable(at)) << u"en"_s << true << size;
        QTest::addRow("Russian %s", qPrintable(at)) << u"ru"_s << false << size;
        QTest::addRow("Russian dark %s", qPrintable(at)) << u"ru"_s << true << size;
    }
}

// The window as a support agent sees it on a real account: History open, the profile marked
// live, a template with two empty variables named in the Problems list; nothing cut.
void TestRoom::aLiveProfileAndAPlacedProblemFit()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    QFETCH(QSize, size);
    Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    startWindow(language, size);
    if (!QTest::currentTestFailed())
        sendOne();
    if (QTest::currentTestFailed())
        return;
    Profile acme;
    acme.name = u"Acme"_s;
    acme.phoneNumberId = u"106540352242922"_s;
    acme.wabaId = u"102290129340398"_s;
    QString error;
    QVERIFY(m_f->store->save(acme, {}, &error));
    const std::optional<QJsonObject> winback =
        m_f->sim->templates().find(u"coupon_offer"_s, u"en_US"_s);
    QVERIFY(winback);
    QVERIFY(m_f->templateCache->store(u"Acme"_s, {*winback}, QDateTime::currentDateTimeUtc()));
    m_f->window->setSandbox(m_f->sim->baseUrl()); // lists the new profile
    auto *profiles = m_f->window->findChild<QComboBox *>(u"profileComboBox"_s);
    profiles->setCurrentIndex(profiles->findData(u"Acme"_s));
    QVERIFY(m_f->useTemplate(u"coupon_offer"_s, u"en_US"_s));
    m_f->window->activateWindow();
    settle();

    QVERIFY(m_f->window->findChild<QLabel *>(u"liveLabel"_s)->isVisible());
    auto *list = m_f->window->findChild<QTreeWidget *>(u"problemsTreeWidget"_s);
    const auto problems = [list] {
        QStringList texts;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            texts << list->topLevelItem(i)->text(0);
        return texts;
    };
    QTRY_VERIFY2(
        problems().filter(u"{{1}}"_s).size() == 1 && problems().filter(u"{{2}}"_s).size() == 1,
        qPrintable(problems().join(u" | "_s)));
    // The phone draws the template as it will go, its two empty values included.
    auto *preview = m_f->window->findChild<PreviewWidget *>();
    QTRY_VERIFY(!preview->scene().texts(u"body"_s).isEmpty()
        && preview->scene().texts(u"body"_s).first().contains(u"Here is your coupon"_s));
    settle();
    screenshot(u"live-template"_s);
    const QStringList cuts = Test::clippedTexts(m_f->window.get());
    QVERIFY2(cuts.isEmpty(), qPrintable(cuts.join(u"\n"_s)));
}

void TestRoom::aTeamProfileSaysWhereItsHistoryIs_data()
{
    aLiveProfileAndAPlacedProblemFit_data();
}

// A team profile chosen in a window on this computer's file: the result panel says where its
// history is and offers its own window, whole, in either language and theme.
void TestRoom::aTeamProfileSaysWhereItsHistoryIs()
{
    QFETCH(QString, language);
    QFETCH(bool, dark);
    QFETCH(QSize, size);
    Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    startWindow(language, size);
    if (!QTest::currentTestFailed())
        sendOne();
    if (QTest::currentTestFailed())
        return;
    Profile team;
    team.name = u"Support"_s;
    team.phoneNumberId = u"106540352242922"_s;
    team.store.engine = StoreLocation::Engine::PostgreSQL;
    team.store.host = u"db.example.com"_s;
    team.store.database = u"support"_s;
    team.store.user = u"agents"_s;
    QString error;
    QVERIFY(m_f->store->save(team, {}, &error));
    m_f->window->setSandbox(m_f->sim->baseUrl());
    auto *profiles = m_f->window->findChild<QComboBox *>(u"profileComboBox"_s);
    profiles->setCurrentIndex(profiles->findData(u"Support"_s));
    settle();
    QTRY_VERIFY(m_f->window->findChild<QPushButton *>(u"resultActionButton"_s)->isVisible());
    QVERIFY(!m_f->window->findChild<QPushButton *>(u"sendPushButton"_s)->isEnabled());
    screenshot(u"team-profile"_s);
    const QStringList cuts = Test::clippedTexts(m_f->window.get());
    QVERIFY2(cuts.isEmpty(), qPrintable(cuts.join(u"\n"_s)));
}

QTEST_MAIN(TestRoom)
#include "tst_room.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Room on screen: at the README's smallest window, with the History dock open, in English and in
// Russian (the longer strings), every label, button and tab of every composer page shows its
// whole text; at 1280×800 the History details keep ten lines and the composer its width.
#include "core/messagetype.h"
#include "core/translator.h"
#include "storage/historystore.h"
#include "widgets/composer/pages/templatecomposerpage.h"
#include "widgets/history/historymodel.h"
#include "widgets/history/historypane.h"
#include "widgets/templates/templatebrowser.h"
#include "widgets/theme.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

#include "windowfixture.h"

using namespace Qt::StringLiterals;
using namespace Wac;

namespace {

// What the user reads on a button or tab: "&&" is an ampersand, a single '&' marks the mnemonic.
QString shownText(QString text)
{
    text.replace(u"&&"_s, QChar(0xfffc));
    text.remove(u'&');
    text.replace(QChar(0xfffc), u'&');
    return text;
}

int widest(const QFontMetrics &fm, const QString &text)
{
    int width = 0;
    for (const QString &line : text.split(u'\n'))
        width = std::max(width, fm.horizontalAdvance(line));
    return width;
}

QString where(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty())
            path.prepend(p->objectName());
    }
    return path.join(u'/');
}

// Why `label` does not show its whole text in its place, or nothing when it does.
QString labelClip(const QLabel *label)
{
    if (label->text().isEmpty())
        return {};
    const int margin = label->margin();
    const QRect room = label->contentsRect().adjusted(margin, margin, -margin, -margin);
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        return needed <= label->height()
            ? QString()
            : u"needs %1 px of height, has %2"_s.arg(needed).arg(label->height());
    }
    int needed = 0;
    if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText) {
        QTextDocument doc;
        doc.setDefaultFont(label->font());
        doc.setDocumentMargin(0);
        doc.setHtml(label->text());
        needed = int(std::ceil(doc.idealWidth()));
    } else {
        needed = widest(label->fontMetrics(), shownText(label->text()));
    }
    return needed <= room.width() ? QString()
                                  : u"needs %1 px, has %2"_s.arg(needed).arg(room.width());
}

// A button's text with what the style draws beside it: the bevel's frame, an indicator, an icon.
QString buttonClip(const QAbstractButton *button)
{
    const QString text = shownText(button->text());
    if (text.isEmpty())
        return {};
    const QStyle *style = button->style();
    int needed = widest(button->fontMetrics(), text);
    if (!button->icon().isNull())
        needed += button->iconSize().width() + 4;
    if (qobject_cast<const QCheckBox *>(button)) {
        needed += style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, button)
            + style->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, button);
    } else if (qobject_cast<const QRadioButton *>(button)) {
        needed += style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, button)
            + style->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, button);
    } else if (qobject_cast<const QPushButton *>(button)) {
        needed += 2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, button);
    } else if (const auto *tool = qobject_cast<const QToolButton *>(button)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return {};
        needed += 2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, button);
        if (tool->popupMode() == QToolButton::InstantPopup || tool->menu())
            needed += style->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button);
    }
    const int room = button->contentsRect().width();
    return needed <= room ? QString() : u"needs %1 px, has %2"_s.arg(needed).arg(room);
}

QString tabClip(const QTabBar *bar, int index)
{
    const QRect tab = bar->tabRect(index);
    if (!bar->rect().contains(tab))
        return u"outside the bar (%1 px wide)"_s.arg(bar->width());
    const int needed = bar->fontMetrics().horizontalAdvance(shownText(bar->tabText(index)))
        + bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
    return needed <= tab.width() ? QString()
                                 : u"needs %1 px, has %2"_s.arg(needed).arg(tab.width());
}

// Why part of `w` lies outside what encloses it: a page wider than its scroll area (a page may
// be taller: it scrolls down), or a widget pushed past its parent's edge.
QString outside(const QWidget *w)
{
    const QRect own(w->mapTo(w->window(), QPoint(0, 0)), w->size());
    bool scrolled = false; // inside a scroll area's viewport: below its edge is further down
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        const QRect room(p->mapTo(p->window(), QPoint(0, 0)), p->size());
        const auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget());
        scrolled = scrolled || (area && area->viewport() == p);
        const bool across = own.left() < room.left() || own.right() > room.right();
        const bool down = !scrolled && (own.top() < room.top() || own.bottom() > room.bottom());
        if (across || down)
            return u"reaches outside %1 (%2 px wide)"_s.arg(where(p)).arg(p->width());
    }
    return {};
}

/// Every visible text in `root` that its widget cuts, as "path “text”: why".
QStringList clipped(const QWidget *root)
{
    QStringList out;
    const auto report = [&out](const QWidget *w, const QString &text, QString why) {
        if (why.isEmpty() && !text.isEmpty())
            why = outside(w);
        if (!why.isEmpty())
            out << where(w) + u" “"_s + text + u"”: "_s + why;
    };
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(w))
            report(w, label->text(), labelClip(label));
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            report(w, button->text(), buttonClip(button));
        else if (const auto *bar = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                report(w, bar->tabText(i), tabClip(bar, i));
        } else if (const auto *group = qobject_cast<const QGroupBox *>(w)) {
            const int needed = w->fontMetrics().horizontalAdvance(shownText(group->title()));
            if (needed > w->width())
                report(w, group->title(), u"needs %1 px, has %2"_s.arg(needed).arg(w->width()));
        }
    }
    return out;
}

// Lays out what a page switch asked for, now: each pass may ask the layouts around it again.
void settle()
{
    for (int pass = 0; pass < 4; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void useLanguage(const QString &language)
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(language));
    if (language != u"en"_s)
        QCOMPARE(installTranslators(language), language);
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
    useLanguage(u"en"_s);
    Theme::apply(Theme::Mode::Light);
}

void TestRoom::startWindow(const QString &language, QSize size)
{
    useLanguage(language);
    m_f = std::make_unique<Test::WindowFixture>();
    const QString error = m_f->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_history = std::make_unique<HistoryStore>(m_f->dir.filePath(u"history.sqlite"_s));
    QVERIFY(m_history->open());
    m_f->window->setHistory(m_history.get());
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
        for (const QString &cut : clipped(m_f->window.get()))
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
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 14, 10000);
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
        settle();
        pageFits(out, name);
        for (const QString &cut : clipped(m_f->window.get()))
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
    sendOne(); // the result panel and the History details have something to show
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
    sendOne();
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

QTEST_MAIN(TestRoom)
#include "tst_room.moc"

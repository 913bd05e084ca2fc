// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/templatecomposerpage.h"
#include "widgets/templates/templatebrowser.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QStackedWidget>
#include <QTest>

#include "windowfixture.h"

using namespace Qt::StringLiterals;
using namespace Wac;

/// Tab walks a page as it reads: each element's fields, then its buttons, then the next
/// element, and out of the page to the preview; Shift+Tab walks back the same way.
class TestTabOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void cleanup() { m_f.stop(); }

    void replyButtons();
    void listSections();
    void templateForm();
    void focusIsVisible_data();
    void focusIsVisible();

private:
    void load(const char *interactive);
    /// Tabs from `start` until focus leaves the page, naming each stop.
    QStringList walk(QWidget *start, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QString nameOf(QWidget *w) const;
    void compareBothWays(const QStringList &expected);

    Test::WindowFixture m_f;
};

void TestTabOrder::init()
{
    const QString error = m_f.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_f.window->resize(1024, 700);
    QVERIFY(QTest::qWaitForWindowActive(m_f.window.get()));
}

void TestTabOrder::load(const char *interactive)
{
    const QJsonObject json = QJsonDocument::fromJson(
        QByteArray(R"({"messaging_product":"whatsapp","to":"+16505551234","type":"interactive",
            "interactive":)")
        + interactive + '}')
                                 .object();
    QVERIFY(!json.isEmpty());
    m_f.window->setMessage(OutgoingMessage::fromJson(json));
}

QString TestTabOrder::nameOf(QWidget *w) const
{
    if (!w)
        return u"(none)"_s;
    QStringList parts = {w->objectName().isEmpty() ? w->accessibleName() : w->objectName()};
    // An element's fields share their names: its frame says which element they are in.
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (p->objectName() == u"itemFrame"_s)
            parts.prepend(p->accessibleName());
    }
    return parts.join(u'/');
}

QStringList TestTabOrder::walk(QWidget *start, Qt::KeyboardModifiers modifiers)
{
    auto *stack = m_f.window->findChild<QStackedWidget *>(u"pageStack"_s);
    start->setFocus(Qt::OtherFocusReason);
    QStringList stops;
    for (int i = 0; i < 80; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, modifiers);
        QWidget *now = QApplication::focusWidget();
        if (!now || !stack->isAncestorOf(now)) {
            stops.append(u"out: "_s + nameOf(now));
            break;
        }
        stops.append(nameOf(now));
    }
    return stops;
}

void TestTabOrder::compareBothWays(const QStringList &expected)
{
    const auto check = [](const QStringList &walked, const QStringList &wanted) {
        QVERIFY2(!walked.contains(u"profileComboBox"_s), qPrintable(walked.join(u" | "_s)));
        QVERIFY2(walked == wanted, qPrintable(walked.join(u" | "_s)));
    };
    // Into the page from the message types, through it and out to the preview's tabs.
    QWidget *types = m_f.window->findChild<QWidget *>(u"typeTreeWidget"_s);
    check(walk(types), expected + QStringList {u"out: qt_tabwidget_tabbar"_s});
    if (QTest::currentTestFailed())
        return;
    // From inside the page: its own order, whatever the way in.
    QWidget *first = nullptr;
    auto *stack = m_f.window->findChild<QStackedWidget *>(u"pageStack"_s);
    for (QWidget *w : stack->currentWidget()->findChildren<QWidget *>()) {
        if (!first && w->isVisible() && nameOf(w) == expected.first())
            first = w;
    }
    QVERIFY(first);
    check(walk(first), expected.mid(1) + QStringList {u"out: qt_tabwidget_tabbar"_s});
    if (QTest::currentTestFailed())
        return;
    // Shift+Tab from the preview's tabs: the same stops backwards, and out to the types.
    QWidget *tabs = m_f.window->findChild<QWidget *>(u"viewTabWidget"_s)->focusProxy();
    const QStringList backward(expected.crbegin(), expected.crend());
    check(walk(tabs, Qt::ShiftModifier), backward + QStringList {u"out: typeTreeWidget"_s});
}

void TestTabOrder::replyButtons()
{
    load(R"({"type":"button","body":{"text":"Pick"},"action":{"buttons":[
        {"type":"reply","reply":{"id":"a","title":"A"}},
        {"type":"reply","reply":{"id":"b","title":"B"}},
        {"type":"reply","reply":{"id":"c","title":"C"}}]}})");
    // Move up on the first element, Move down on the last and Add at the maximum are
    // disabled: Tab passes them by.
    compareBothWays({u"headerTypeComboBox"_s, u"bodyTextEdit"_s, u"footerLineEdit"_s,
        u"Button 1/titleLineEdit"_s, u"Button 1/idLineEdit"_s, u"Button 1/moveDownToolButton"_s,
        u"Button 1/removeToolButton"_s, u"Button 2/titleLineEdit"_s, u"Button 2/idLineEdit"_s,
        u"Button 2/moveUpToolButton"_s, u"Button 2/moveDownToolButton"_s,
        u"Button 2/removeToolButton"_s, u"Button 3/titleLineEdit"_s, u"Button 3/idLineEdit"_s,
        u"Button 3/moveUpToolButton"_s, u"Button 3/removeToolButton"_s});
}

void TestTabOrder::listSections()
{
    load(R"({"type":"list","body":{"text":"Pick"},"action":{"button":"Menu","sections":[
        {"title":"Hot","rows":[{"id":"a","title":"A"},{"id":"b","title":"B"}]},
        {"title":"Cold","rows":[{"id":"c","title":"C"},{"id":"d","title":"D"}]}]}})");
    QStringList expected = {
        u"headerTypeComboBox"_s, u"bodyTextEdit"_s, u"footerLineEdit"_s, u"listButtonLineEdit"_s};
    for (const int section : {1, 2}) {
        const QString s = u"Section %1"_s.arg(section);
        expected << s + u"/titleLineEdit"_s;
        for (const int row : {1, 2}) {
            const QString r = s + u"/Row %1/"_s.arg(row);
            expected << r + u"titleLineEdit"_s << r + u"descriptionLineEdit"_s
                     << r + u"idLineEdit"_s
                     << r + (row == 1 ? u"moveDownToolButton"_s : u"moveUpToolButton"_s)
                     << r + u"removeToolButton"_s;
        }
        expected << s + u"/addPushButton"_s
                 << s + (section == 1 ? u"/moveDownToolButton"_s : u"/moveUpToolButton"_s)
                 << s + u"/removeToolButton"_s;
    }
    expected << u"addPushButton"_s;
    compareBothWays(expected);
}

void TestTabOrder::templateForm()
{
    // coupon_offer: two body variables, a copy-code button and a URL button with a suffix, then
    // the tap target override's check box (its fields are off until it is turned on).
    QVERIFY(m_f.useTemplate(u"coupon_offer"_s, u"en_US"_s));
    m_f.window->showTemplates()->close();
    m_f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_f.window.get()));
    QVERIFY(m_f.window->findChild<TemplateComposerPage *>()->isFormMode());
    compareBothWays({u"chooseButton"_s, u"modeButton"_s, u"nameLineEdit"_s, u"Value of {{1}}"_s,
        u"Value type"_s, u"Value of {{2}}"_s, u"Value type"_s, u"Coupon code"_s, u"URL suffix"_s,
        u"tapTargetGroupBox"_s});
}

void TestTabOrder::focusIsVisible_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("light") << int(Theme::Mode::Light);
    QTest::newRow("dark") << int(Theme::Mode::Dark);
}

void TestTabOrder::focusIsVisible()
{
    QFETCH(int, mode);
    Theme::apply(Theme::Mode(mode));
    load(R"({"type":"button","body":{"text":"Pick"},"action":{"buttons":[
        {"type":"reply","reply":{"id":"a","title":"A"}},
        {"type":"reply","reply":{"id":"b","title":"B"}}]}})");
    auto *stack = m_f.window->findChild<QStackedWidget *>(u"pageStack"_s);
    QWidget *frame = stack->currentWidget()->findChildren<QWidget *>(u"itemFrame"_s).value(0);
    QVERIFY(frame);
    auto *down = frame->findChild<QWidget *>(u"moveDownToolButton"_s);
    // The window was made before the theme changed: its widgets follow once the change arrives.
    QTRY_COMPARE(down->palette().color(QPalette::Highlight),
        QApplication::palette().color(QPalette::Highlight));
    frame->findChild<QWidget *>(u"idLineEdit"_s)->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), down);
    // The pixels in the theme's highlight colour: a focus frame has a run of them all round.
    const auto highlighted = [down] {
        const QImage image = down->grab().toImage();
        const QColor highlight = down->palette().color(QPalette::Highlight);
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                count += std::abs(c.red() - highlight.red())
                        + std::abs(c.green() - highlight.green())
                        + std::abs(c.blue() - highlight.blue())
                    < 48;
            }
        }
        return count;
    };
    const int focused = highlighted();
    QVERIFY2(focused >= down->width() + down->height(), qPrintable(QString::number(focused)));
    QTest::keyClick(down, Qt::Key_Tab);
    QVERIFY(!down->hasFocus());
    QCOMPARE(highlighted(), 0);
    Theme::apply(Theme::Mode::System);
}

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Help → Keyboard shortcuts lists the window's own actions, can be searched, and closes on Esc.
#include "widgets/dialogs/shortcutsdialog.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Wac::ShortcutsDialog;

class TestShortcutsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void f1OpensTheListOfTheWindowsShortcuts();
    void theSearchNarrowsTheList();
    void escapeClosesIt();
    void ampersandsAreNotShown();

private:
    static QMap<QString, QString> visibleRows(QTreeWidget *list);
    static ShortcutsDialog *openWithF1(Wac::MainWindow &window);
};

QMap<QString, QString> TestShortcutsDialog::visibleRows(QTreeWidget *list)
{
    QMap<QString, QString> rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (!list->topLevelItem(i)->isHidden())
            rows.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1));
    }
    return rows;
}

ShortcutsDialog *TestShortcutsDialog::openWithF1(Wac::MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_F1);
    return window.findChild<ShortcutsDialog *>();
}

void TestShortcutsDialog::f1OpensTheListOfTheWindowsShortcuts()
{
    Wac::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ShortcutsDialog *dialog = openWithF1(window);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const auto rows = visibleRows(dialog->findChild<QTreeWidget *>(u"shortcutsTreeWidget"_s));
    QCOMPARE(
        rows.value(u"Send"_s), QKeySequence(u"Ctrl+Return"_s).toString(QKeySequence::NativeText));
    QCOMPARE(
        rows.value(u"New message"_s), QKeySequence(u"Ctrl+N"_s).toString(QKeySequence::NativeText));
    QCOMPARE(rows.value(u"Keyboard shortcuts"_s), u"F1"_s);
    // Every action of the window with a shortcut is listed, and only those.
    int withShortcut = 0;
    QSet<QString> names;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty())
            names.insert(ShortcutsDialog::plainText(action->text()));
    }
    withShortcut = int(names.size());
    QCOMPARE(rows.size(), withShortcut);
    QVERIFY(rows.size() >= 10);
    QCOMPARE(openWithF1(window), dialog); // the same one, not a second
}

void TestShortcutsDialog::theSearchNarrowsTheList()
{
    Wac::MainWindow window;
    ShortcutsDialog dialog(&window);
    dialog.show();
    auto *list = dialog.findChild<QTreeWidget *>(u"shortcutsTreeWidget"_s);
    auto *search = dialog.findChild<QLineEdit *>(u"shortcutSearchLineEdit"_s);
    QTest::keyClicks(search, u"copy"_s);
    const auto rows = visibleRows(list);
    QVERIFY(rows.size() >= 2);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        QVERIFY2(it.key().contains(u"Copy"_s), qPrintable(it.key()));
    search->clear();
    QTest::keyClicks(search, u"ctrl+n"_s); // by the keys too
    QVERIFY(visibleRows(list).contains(u"New message"_s));
    QTest::keyClicks(search, u"zzz"_s);
    QCOMPARE(visibleRows(list).size(), 0);
}

void TestShortcutsDialog::escapeClosesIt()
{
    Wac::MainWindow window;
    window.show();
    ShortcutsDialog *dialog = ShortcutsDialog::showFor(&window);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QPointer<ShortcutsDialog> alive(dialog);
    QTest::keyClick(dialog->findChild<QLineEdit *>(u"shortcutSearchLineEdit"_s), Qt::Key_Escape);
    QTRY_VERIFY(!alive || !alive->isVisible());
}

void TestShortcutsDialog::ampersandsAreNotShown()
{
    QCOMPARE(ShortcutsDialog::plainText(u"Save &As…"_s), u"Save As…"_s);
    QCOMPARE(ShortcutsDialog::plainText(u"Q&&A"_s), u"Q&A"_s);
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"

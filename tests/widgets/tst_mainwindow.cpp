// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"
#include "widgets/mainwindow.h"

#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingAPayloadShowsItsProblems();
    void invalidJsonSaysWhereItBreaks();
    void openFileLoadsAPayload();
    void iconResourceReachesTheExecutable();
    void statusBarShowsTheSandbox();

private:
    QStringList problemFields(const Wac::MainWindow &window) const;
};

QStringList TestMainWindow::problemFields(const Wac::MainWindow &window) const
{
    auto *tree = window.findChild<QTreeWidget *>(u"problemsTreeWidget"_s);
    QStringList fields;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        fields.append(tree->topLevelItem(i)->text(0));
    return fields;
}

void TestMainWindow::typingAPayloadShowsItsProblems()
{
    Wac::MainWindow window;
    window.show();
    auto *editor = window.findChild<QPlainTextEdit *>(u"payloadPlainTextEdit"_s);
    QVERIFY(editor);
    editor->clear();
    QTest::keyClicks(editor,
        uR"({"messaging_product":"whatsapp","to":"+16505551234",)"_s
        uR"("type":"reaction","reaction":{"message_id":"wamid.A","emoji":"ab"}})"_s);
    QTRY_COMPARE(problemFields(window), QStringList {u"/reaction/emoji"_s});
    QVERIFY(window.statusBar()->currentMessage().contains(u"Errors: 1, warnings: 0"_s));
    QVERIFY(window.findChild<QLabel *>(u"summaryLabel"_s)->text().contains(u"reaction"_s));

    // Fix it with the keyboard: the problem goes away.
    editor->moveCursor(QTextCursor::End);
    for (int i = 0; i < 5; ++i) // ab"}}
        QTest::keyClick(editor, Qt::Key_Backspace);
    editor->insertPlainText(u"\U0001F44D"_s); // an emoji arrives through the input method
    QTest::keyClicks(editor, u"\"}}"_s);
    QTRY_COMPARE(problemFields(window), QStringList());
    QVERIFY(window.statusBar()->currentMessage().contains(u"No problems"_s));
}

void TestMainWindow::invalidJsonSaysWhereItBreaks()
{
    Wac::MainWindow window;
    window.setPayloadText(u"{\n  \"to\": \"+1\",\n  oops\n}"_s);
    auto *tree = window.findChild<QTreeWidget *>(u"problemsTreeWidget"_s);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QVERIFY2(tree->topLevelItem(0)->text(1).contains(u"line 3"_s),
        qPrintable(tree->topLevelItem(0)->text(1)));
}

void TestMainWindow::openFileLoadsAPayload()
{
    Wac::MainWindow window;
    QVERIFY(window.openFile(Wac::Test::payloadDir() + u"/valid/seed-contacts.json"_s));
    QVERIFY(problemFields(window).isEmpty());
    auto *editor = window.findChild<QPlainTextEdit *>(u"payloadPlainTextEdit"_s);
    QCOMPARE(QJsonDocument::fromJson(editor->toPlainText().toUtf8()).object(),
        Wac::Test::loadValidPayload(u"seed-contacts"_s));
    QVERIFY(!window.openFile(u"/nonexistent.json"_s));
    QVERIFY(window.statusBar()->currentMessage().contains(u"/nonexistent.json"_s));
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
    Wac::MainWindow window;
    window.setSandbox(sandbox.baseUrl(), u"v25.0"_s);
    const QString text = window.findChild<QLabel *>(u"profileLabel"_s)->text();
    QVERIFY2(
        text.contains(sandbox.baseUrl().toString()) && text.contains(u"v25.0"_s), qPrintable(text));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

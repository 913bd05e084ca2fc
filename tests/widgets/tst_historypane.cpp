// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/historystore.h"
#include "widgets/dialogs/confirm.h"
#include "widgets/dialogs/filedialogs.h"
#include "widgets/history/historydock.h"
#include "widgets/history/historymodel.h"
#include "widgets/history/historypane.h"
#include "widgets/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTranslator>

#include "windowfixture.h"

using namespace Qt::StringLiterals;

namespace {

Wac::HistoryEntry entry(int n)
{
    const QJsonObject request {{u"messaging_product"_s, u"whatsapp"_s},
        {u"to"_s, QString(u"+1 555-01"_s + QString::number(n % 100).rightJustified(2, u'0'))},
        {u"type"_s, u"text"_s},
        {u"text"_s, QJsonObject {{u"body"_s, QString(u"message number "_s + QString::number(n))}}}};
    return {1763380800000 + n * 1000LL, u"Sandbox"_s, u"106540352242922"_s,
        request.value(u"to").toString(), u"text"_s,
        QJsonDocument(request).toJson(QJsonDocument::Compact), {}, {}, {}};
}

} // namespace

class TestHistoryPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelPagesLazilyUnderTheTester();
    void aSendAppearsOnTopAndIsAnswered();
    void aGraphErrorShowsItsCodeOnce();
    void theNewestSendIsSelectedAndShown();
    void theTextColumnSaysWhatWasSent_data();
    void theTextColumnSaysWhatWasSent();
    void searchFiltersAsYouType();
    void replyReactOpenAndResend();
    void exportAndDeleteAreAskedFirst();
    void anExportRunsBetweenRepaintsAndIsComplete();
    void cancelStopsTheExportAndLeavesNoFile();
    void anInterruptedSendReadsInTheUsersLanguage();
    void closingDuringTheCheckFreesItsThread();

private:
    void typeAndSend(const QString &body);
    void addRows(int count);
    QString exportAll(const QString &name);

    QTableView *table() const
    {
        return m_f->window->findChild<QTableView *>(u"historyTableView"_s);
    }

    QList<int> selectedRows() const
    {
        QList<int> rows;
        for (const QModelIndex &index : table()->selectionModel()->selectedRows())
            rows << index.row();
        return rows;
    }

    void clickRow(int row) const
    {
        const QRect rect = table()->visualRect(table()->model()->index(row, 0));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    }

    QPushButton *button(const char *name) const
    {
        return m_f->window->findChild<QPushButton *>(QLatin1String(name));
    }

    std::unique_ptr<Wac::Test::WindowFixture> m_f;
    std::unique_ptr<Wac::HistoryStore> m_store;
};

void TestHistoryPane::init()
{
    m_f = std::make_unique<Wac::Test::WindowFixture>();
    m_store = std::make_unique<Wac::HistoryStore>(m_f->dir.filePath(u"history.sqlite"_s));
    QVERIFY(m_store->open());
    QCOMPARE(m_f->start(m_store.get()), QString());
}

void TestHistoryPane::cleanup()
{
    m_f->stop();
    m_store.reset();
    m_f.reset();
}

void TestHistoryPane::modelPagesLazilyUnderTheTester()
{
    m_store->database().transaction();
    for (int i = 1; i <= 1000; ++i)
        m_store->addPending(entry(i));
    m_store->database().commit();
    Wac::HistoryModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.totalCount(), 1000);
    QVERIFY(model.rowCount() < 1000); // pages, not the table (the tester fetches some itself)
    const int before = model.rowCount();
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), qMin(before + 256, 1000));
    model.fetchTo(900);
    QVERIFY(model.rowCount() > 900);
    QCOMPARE(model.data(model.index(900, Wac::HistoryModel::Recipient)).toString(),
        u"+1 555-0100"_s); // row 900 is message 100
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.data(model.index(0, Wac::HistoryModel::Status)).toString(), u"Sending…"_s);
    model.setFilter(Wac::HistoryFilter::parse(u"to:+1555-0107"_s));
    QCOMPARE(model.rowCount(), 10);
    const qint64 id = m_store->addPending(entry(1007));
    model.recordChanged(id);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.idAt(0), id);
    Wac::HistoryAnswer answer;
    answer.outcome = Wac::HistoryOutcome::Failed;
    answer.errorCode = 131047;
    answer.errorMessage = u"Re-engagement message"_s;
    m_store->finish(id, answer);
    model.recordChanged(id);
    QCOMPARE(model.data(model.index(0, Wac::HistoryModel::Error)).toString(),
        u"#131047 Re-engagement message"_s);
    model.recordChanged(m_store->addPending(entry(3))); // not matching: not shown
    QCOMPARE(model.rowCount(), 11);
}

void TestHistoryPane::typeAndSend(const QString &body)
{
    auto *recipient = m_f->window->findChild<QLineEdit *>(u"recipientLineEdit"_s);
    recipient->clear();
    QTest::keyClicks(recipient, u"+1 650 555 1234"_s);
    auto *text = m_f->window->findChild<QPlainTextEdit *>(u"bodyTextEdit"_s);
    QVERIFY(text);
    text->clear();
    QTest::keyClicks(text, body);
    auto *send = m_f->window->findChild<QPushButton *>(u"sendPushButton"_s);
    QTRY_VERIFY(send->isEnabled());
    text->setFocus();
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
}

void TestHistoryPane::aSendAppearsOnTopAndIsAnswered()
{
    typeAndSend(u"hello from the history test"_s);
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QTRY_COMPARE(
        table()->model()->index(0, Wac::HistoryModel::Status).data().toString(), u"Accepted"_s);
    const QString wamid = table()->model()->index(0, Wac::HistoryModel::Wamid).data().toString();
    QVERIFY(wamid.startsWith(u"wamid."_s));
    QCOMPARE(m_f->posts(u"/messages"_s), 1);
    table()->setFocus();
    QCOMPARE(selectedRows(), QList<int> {0}); // the newest send, without a click
    auto *summary = m_f->window->findChild<QTextBrowser *>(u"summaryTextBrowser"_s);
    QVERIFY(summary->toPlainText().contains(wamid));
    QVERIFY(m_f->window->findChild<QPlainTextEdit *>(u"requestPlainTextEdit"_s)
                ->toPlainText()
                .contains(u"hello from the history test"_s));
    QTest::keySequence(table(), QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), wamid);
}

void TestHistoryPane::aGraphErrorShowsItsCodeOnce()
{
    m_f->sim->faults().add({Wac::Sim::FaultPlan::Mode::RateLimited, 1, {}, 0});
    typeAndSend(u"too fast"_s);
    QTRY_COMPARE(
        table()->model()->index(0, Wac::HistoryModel::Status).data().toString(), u"Failed"_s);
    // Graph's message is "(#130429) Rate limit hit": the column says the code once.
    QCOMPARE(table()->model()->index(0, Wac::HistoryModel::Error).data().toString(),
        u"#130429 Rate limit hit"_s);
}

void TestHistoryPane::theNewestSendIsSelectedAndShown()
{
    for (int i = 1; i <= 3; ++i)
        m_store->addPending(entry(i));
    m_f->window->historyPane()->model()->reload();
    auto *request = m_f->window->findChild<QPlainTextEdit *>(u"requestPlainTextEdit"_s);
    QCOMPARE(selectedRows(), QList<int> {0});
    QVERIFY(request->toPlainText().contains(u"message number 3"_s));
    clickRow(2);
    QVERIFY(request->toPlainText().contains(u"message number 1"_s));

    typeAndSend(u"the newest one"_s);
    QTRY_COMPARE(table()->model()->rowCount(), 4);
    QTRY_VERIFY(request->toPlainText().contains(u"the newest one"_s));
    QCOMPARE(selectedRows(), QList<int> {0});
    QCOMPARE(
        table()->model()->index(0, Wac::HistoryModel::Text).data().toString(), u"the newest one"_s);
}

void TestHistoryPane::theTextColumnSaysWhatWasSent_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("text");
    QTest::newRow("text") << u"text"_s
                          << u"Hi Pablo! Your *order #4512* has shipped 🌵 Track it here: "
                             "https://www.luckyshrub.com/track/4512"_s;
    QTest::newRow("caption") << u"image"_s
                             << u"The aloe you asked about: in stock, ships tomorrow."_s;
    QTest::newRow("interactive") << u"interactive.button"_s
                                 << u"Your order #4512 arrives tomorrow. Which time suits you?"_s;
    QTest::newRow("template") << u"template"_s
                              << u"order_confirmation (Pablo, #4512, $100.99, 4512)"_s;
    QTest::newRow("reaction") << u"reaction"_s << u"👍"_s;
    QTest::newRow("read receipt") << u"read"_s << QString();
}

void TestHistoryPane::theTextColumnSaysWhatWasSent()
{
    QFETCH(QString, example);
    QFETCH(QString, text);
    QFile file(u":/examples/"_s + example + u".json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Wac::HistoryEntry sent = entry(1);
    sent.type = example;
    sent.requestJson = file.readAll();
    m_store->addPending(sent);
    m_f->window->historyPane()->model()->reload();
    QCOMPARE(table()->model()->index(0, Wac::HistoryModel::Text).data().toString(), text);
}

void TestHistoryPane::searchFiltersAsYouType()
{
    for (int i = 1; i <= 30; ++i)
        m_store->addPending(entry(i));
    m_f->window->historyPane()->model()->reload();
    auto *search = m_f->window->historyPane()->findChild<QLineEdit *>(u"searchLineEdit"_s);
    QTest::keyClicks(search, u"number 2"_s);
    QTRY_COMPARE(table()->model()->rowCount(), 11); // words match as prefixes: 2 and 20–29
    QTest::keyClicks(search, u"7"_s);
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, u"+1 555-0107"_s);
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    search->clear();
    QTRY_COMPARE(table()->model()->rowCount(), 30);
    auto *status = m_f->window->historyPane()->findChild<QComboBox *>(u"statusComboBox"_s);
    status->setCurrentIndex(status->findData(u"failed"_s));
    QCOMPARE(table()->model()->rowCount(), 0);
    QVERIFY(
        m_f->window->historyPane()->findChild<QLabel *>(u"countLabel"_s)->text().contains(u"0"_s));
}

void TestHistoryPane::replyReactOpenAndResend()
{
    typeAndSend(u"original"_s);
    QTRY_COMPARE(
        table()->model()->index(0, Wac::HistoryModel::Status).data().toString(), u"Accepted"_s);
    const QString wamid = table()->model()->index(0, Wac::HistoryModel::Wamid).data().toString();
    QCOMPARE(selectedRows(), QList<int> {0});
    QTest::mouseClick(button("replyPushButton"), Qt::LeftButton);
    QJsonObject body = m_f->window->message().toJson();
    QCOMPARE(body.value(u"context").toObject().value(u"message_id").toString(), wamid);
    QCOMPARE(body.value(u"to").toString(), u"+1 650 555 1234"_s);
    QTest::mouseClick(button("reactPushButton"), Qt::LeftButton);
    body = m_f->window->message().toJson();
    QCOMPARE(body.value(u"type").toString(), u"reaction"_s);
    QCOMPARE(body.value(u"reaction").toObject().value(u"message_id").toString(), wamid);
    QTest::mouseClick(button("openPushButton"), Qt::LeftButton);
    body = m_f->window->message().toJson();
    QCOMPARE(body.value(u"text").toObject().value(u"body").toString(), u"original"_s);

    Wac::Confirm::setNextAnswer(false);
    QTest::mouseClick(button("resendPushButton"), Qt::LeftButton);
    QVERIFY(Wac::Confirm::lastQuestion().contains(u"again"_s));
    QTest::qWait(200);
    QCOMPARE(m_f->posts(u"/messages"_s), 1); // declined: nothing sent
    Wac::Confirm::setNextAnswer(true);
    QTest::mouseClick(button("resendPushButton"), Qt::LeftButton);
    QTRY_COMPARE(m_f->posts(u"/messages"_s), 2);
    QTRY_COMPARE(table()->model()->rowCount(), 2); // a new row
    QTRY_COMPARE(
        table()->model()->index(0, Wac::HistoryModel::Status).data().toString(), u"Accepted"_s);
    QVERIFY(table()->model()->index(0, Wac::HistoryModel::Wamid).data().toString() != wamid);
}

void TestHistoryPane::exportAndDeleteAreAskedFirst()
{
    for (int i = 1; i <= 5; ++i)
        m_store->addPending(entry(i));
    m_f->window->historyPane()->model()->reload();
    table()->selectAll();
    const QString path = m_f->dir.filePath(u"out.json"_s);
    Wac::FileDialogs::setNextAnswer(path);
    QMenu *menu = button("exportPushButton")->menu();
    menu->actions().at(0)->trigger(); // selected messages
    QTRY_VERIFY(QFile::exists(path)); // written between turns of the event loop
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).array().size(), 5);

    table()->clearSelection();
    table()->selectRow(0);
    Wac::Confirm::setNextAnswer(false);
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(table()->model()->rowCount(), 5);
    Wac::Confirm::setNextAnswer(true);
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(table()->model()->rowCount(), 4);
    QCOMPARE(m_store->count({}), 4);
}

void TestHistoryPane::addRows(int count)
{
    m_store->database().transaction();
    for (int i = 1; i <= count; ++i)
        m_store->addPending(entry(i));
    m_store->database().commit();
    m_f->window->historyPane()->model()->reload();
}

/// Starts "Export › All messages shown…" to `name`; returns the path.
QString TestHistoryPane::exportAll(const QString &name)
{
    const QString path = m_f->dir.filePath(name);
    Wac::FileDialogs::setNextAnswer(path);
    button("exportPushButton")->menu()->actions().at(1)->trigger();
    return path;
}

void TestHistoryPane::anExportRunsBetweenRepaintsAndIsComplete()
{
    constexpr int rows = 2500; // three pages
    addRows(rows);
    QSignalSpy status(m_f->window->historyPane(), &Wac::HistoryPane::statusMessage);
    const QString path = exportAll(u"all.csv"_s);
    // Back at once, with the window free: the pages are written by the event loop.
    QVERIFY(!QFile::exists(path));
    QVERIFY(!button("exportPushButton")->isEnabled()); // one export at a time
    QTRY_COMPARE(status.size(), 1);
    QCOMPARE(status.first().first().toString(), u"Exported to "_s + path);
    QVERIFY(button("exportPushButton")->isEnabled());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s);
    QCOMPARE(lines.size(), rows + 2); // the header, every row, and the empty tail after the last
    QVERIFY(lines.first().startsWith(u"time,profile,"_s));
    QVERIFY(lines.last().isEmpty());
    for (int i = 1; i <= rows; ++i) { // newest first, none missing, none twice
        const QString body = u"message number "_s + QString::number(rows + 1 - i);
        QVERIFY2(lines.at(i).contains(body + u"\"\""_s), qPrintable(lines.at(i)));
    }
}

void TestHistoryPane::cancelStopsTheExportAndLeavesNoFile()
{
    addRows(2500);
    QSignalSpy status(m_f->window->historyPane(), &Wac::HistoryPane::statusMessage);
    const QString path = exportAll(u"cancelled.json"_s);
    auto *progress = m_f->window->historyPane()->findChild<QProgressDialog *>();
    QVERIFY(progress);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(status.size(), 1);
    QCOMPARE(status.first().first().toString(), u"Nothing was exported: Export cancelled."_s);
    QTest::qWait(100); // no page is written after the cancel
    QCOMPARE(status.size(), 1);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_f->dir.path()).entryList({u"cancelled*"_s}), QStringList()); // no temp file
    QTRY_VERIFY(!m_f->window->historyPane()->findChild<QProgressDialog *>());
    QVERIFY(button("exportPushButton")->isEnabled());
}

void TestHistoryPane::anInterruptedSendReadsInTheUsersLanguage()
{
    const qint64 id = m_store->addPending(entry(1));
    // As written by a run that is gone (this test process is still alive).
    QVERIFY(QSqlQuery(m_store->database()).exec(u"UPDATE messages SET writer = ''"_s));
    QCOMPARE(m_store->markInterruptedUnknown(), 1); // as at the next start
    QCOMPARE(m_store->record(id)->answer.errorReason, u"interrupted"_s);
    m_f->window->historyPane()->model()->reload();
    table()->selectRow(0);
    const QString english =
        u"waconsole stopped before the answer came: the message may have been sent."_s;
    auto *summary = m_f->window->findChild<QTextBrowser *>(u"summaryTextBrowser"_s);
    QVERIFY2(summary->toPlainText().contains(english), qPrintable(summary->toPlainText()));
    QCOMPARE(table()->model()->index(0, Wac::HistoryModel::Error).data().toString(), english);

    // The same row, shown in Russian: the code is translated where it is shown.
    QTranslator russian;
    QVERIFY(russian.load(u":/i18n/waconsole_ru.qm"_s));
    QCoreApplication::installTranslator(&russian);
    const QString shown = table()->model()->index(0, Wac::HistoryModel::Error).data().toString();
    QCoreApplication::removeTranslator(&russian);
    QCOMPARE(
        shown, u"waconsole остановился до получения ответа: сообщение могло быть отправлено."_s);
}

void TestHistoryPane::closingDuringTheCheckFreesItsThread()
{
    // A window of its own, closed right after load(): its background check cannot have
    // reported yet, and its thread must still go with the dock, not outlive it.
    Wac::HistoryLog log(m_store.get());
    auto window = std::make_unique<QMainWindow>();
    QMenu viewMenu;
    auto *dock =
        new Wac::HistoryDock(&log, window.get(), &viewMenu, [] { return Wac::OutgoingMessage(); });
    dock->load();
    const QPointer<QThread> check = dock->findChild<QThread *>();
    QVERIFY2(check, "the check's thread is not the dock's");
    window.reset();
    QVERIFY(check.isNull());
}

QTEST_MAIN(TestHistoryPane)
#include "tst_historypane.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/historystore.h"
#include "widgets/history/historymodel.h"
#include "widgets/history/historypane.h"
#include "widgets/mainwindow.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include "payloadcorpus.h"
#include "scriptedserver.h"
#include "windowfixture.h"

using namespace Qt::StringLiterals;
using Mode = Wac::Sim::FaultPlan::Mode;

Q_DECLARE_METATYPE(Mode)

namespace {
/// The window's deadline for these sends: short, so that a hang costs the test little.
constexpr int deadlineMs = 2000;
} // namespace

/**
 * The fault matrix through the window: Send pressed against each of the simulator's faults
 * and against a server that trickles its answer. Each must end in words that say what
 * happened, a history row with the same outcome, and exactly one POST.
 */
class TestFaultMatrix final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eachFaultIsSaidAsItHappened_data();
    void eachFaultIsSaidAsItHappened();
    void aTrickleEndsAtTheDeadline();

private:
    /// Presses Send on the seed text message.
    void pressSend();
    QString body() const;
    QString details() const;
    /// The newest history row's `column`, as the table shows it.
    QString historyCell(Wac::HistoryModel::Column column) const;

    std::unique_ptr<Wac::Test::WindowFixture> m_f;
    std::unique_ptr<Wac::HistoryStore> m_store;
};

void TestFaultMatrix::init()
{
    m_f = std::make_unique<Wac::Test::WindowFixture>();
    m_store = std::make_unique<Wac::HistoryStore>(m_f->dir.filePath(u"history.sqlite"_s));
    QVERIFY(m_store->open());
    QCOMPARE(m_f->start(m_store.get()), QString());
    m_f->graph->setTimeoutMs(deadlineMs);
}

void TestFaultMatrix::cleanup()
{
    m_f->stop();
    m_store.reset();
    m_f.reset();
}

void TestFaultMatrix::pressSend()
{
    auto *editor = m_f->window->findChild<QPlainTextEdit *>(u"jsonTextEdit"_s);
    editor->setPlainText(
        QString::fromUtf8(QJsonDocument(Wac::Test::loadValidPayload(u"seed-text"_s)).toJson()));
    auto *send = m_f->window->findChild<QPushButton *>(u"sendPushButton"_s);
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
}

QString TestFaultMatrix::body() const
{
    return m_f->window->findChild<QLabel *>(u"resultBodyLabel"_s)->text();
}

QString TestFaultMatrix::details() const
{
    return m_f->window->findChild<QPlainTextEdit *>(u"detailsPlainTextEdit"_s)->toPlainText();
}

QString TestFaultMatrix::historyCell(Wac::HistoryModel::Column column) const
{
    const QAbstractItemModel *model = m_f->window->historyPane()->model();
    return model->rowCount() > 0 ? model->index(0, column).data().toString() : QString();
}

void TestFaultMatrix::eachFaultIsSaidAsItHappened_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("headline"); ///< in the result panel's headline
    QTest::addColumn<QString>("said"); ///< in its text below (the hint, or the WAMID)
    QTest::addColumn<QString>("status"); ///< the history row's Status
    QTest::addColumn<QString>("error"); ///< in the history row's Error

    const QString unknown = u"Outcome unknown"_s;
    const QString check = u"before sending again"_s;
    QTest::newRow("delay") << Mode::Delay << u"Accepted"_s << u"WAMID: wamid."_s << u"Accepted"_s
                           << QString();
    QTest::newRow("hang") << Mode::Hang << unknown << check << unknown
                          << u"No answer within the 2 s time limit"_s;
    QTest::newRow("close") << Mode::Close << unknown << check << unknown
                           << u"closed after the request was sent"_s;
    QTest::newRow("reset") << Mode::ResetMidBody << unknown << check << unknown << QString();
    QTest::newRow("500") << Mode::ServerError << u"The server failed (HTTP 500)"_s << check
                         << unknown << u"not a Graph API error"_s;
    QTest::newRow("502") << Mode::BadGateway << u"The server failed (HTTP 502)"_s << check
                         << unknown << u"not a Graph API error"_s;
    QTest::newRow("503") << Mode::Unavailable << u"The server failed (HTTP 503)"_s << check
                         << unknown << u"not a Graph API error"_s;
    QTest::newRow("malformed") << Mode::MalformedJson << unknown << check << unknown
                               << u"incomplete or not JSON"_s;
    QTest::newRow("empty 200") << Mode::Empty200 << unknown << check << unknown << u"empty body"_s;
    QTest::newRow("429") << Mode::RateLimited << u"Rate limited: too many messages."_s
                         << u"Slow down"_s << u"Failed"_s << u"#130429 Rate limit hit"_s;
    QTest::newRow("404 text") << Mode::NotFound
                              << u"Refused (HTTP 404) by something other than the Graph API."_s
                              << u"base URL"_s << u"Failed"_s << u"not a Graph API error"_s;
}

void TestFaultMatrix::eachFaultIsSaidAsItHappened()
{
    QFETCH(Mode, mode);
    QFETCH(QString, headline);
    QFETCH(QString, said);
    QFETCH(QString, status);
    QFETCH(QString, error);
    m_f->sim->faults().add({mode, 5, {}, 300});
    pressSend();
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_f->headline().contains(headline), qPrintable(m_f->headline()), deadlineMs + 3000);
    QVERIFY2(body().contains(said), qPrintable(body()));
    QVERIFY2(!body().contains(u"token"_s), qPrintable(body())); // none of these is the token's
    QTRY_COMPARE(historyCell(Wac::HistoryModel::Status), status);
    const QString recorded = historyCell(Wac::HistoryModel::Error);
    QVERIFY2(recorded.contains(error), qPrintable(recorded));
    QTest::qWait(300); // a resend would have come by now
    QCOMPARE(m_f->posts(u"/messages"_s), 1);
}

// Qt's inactivity timeout restarts with every byte: a byte a second held a send for minutes.
void TestFaultMatrix::aTrickleEndsAtTheDeadline()
{
    const QByteArray answerBody = R"({"messaging_product":"whatsapp","contacts":[{"input":"1",)"
                                  R"("wa_id":"1"}],"messages":[{"id":"wamid.trickled"}]})";
    const QByteArray answer = Wac::Test::ScriptedServer::answer(
        200, "OK", "Content-Type: application/json\r\n", answerBody);
    Wac::Test::ScriptedServer trickle(answer, 1000, answer.indexOf(answerBody));
    QVERIFY(trickle.start());
    m_f->store->setSandbox(trickle.baseUrl());
    m_f->window->setSandbox(trickle.baseUrl());
    QElapsedTimer clock;
    clock.start();
    pressSend();
    QTRY_VERIFY2_WITH_TIMEOUT(m_f->headline().contains(u"Outcome unknown"_s),
        qPrintable(m_f->headline()), deadlineMs + 3000);
    QVERIFY2(clock.elapsed() >= deadlineMs - 100, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(body().contains(u"before sending again"_s), qPrintable(body()));
    QVERIFY2(details().contains(u"HTTP status: 200"_s) && details().contains(u"2 s time limit"_s),
        qPrintable(details()));
    QTRY_COMPARE(historyCell(Wac::HistoryModel::Status), u"Outcome unknown"_s);
    QVERIFY(historyCell(Wac::HistoryModel::Wamid).isEmpty()); // the trickled WAMID never came
    QCOMPARE(trickle.posts(), 1);
}

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"

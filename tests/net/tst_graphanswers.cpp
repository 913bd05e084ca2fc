// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "net/cloudapiclient.h"
#include "sim/simulatorserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "payloadcorpus.h"
#include "scriptedserver.h"

using namespace Qt::StringLiterals;
using Outcome = Wac::SendResult::Outcome;
using Category = Wac::ApiError::Category;
using Mode = Wac::Sim::FaultPlan::Mode;

Q_DECLARE_METATYPE(Outcome)
Q_DECLARE_METATYPE(Category)
Q_DECLARE_METATYPE(Mode)

namespace {

const QByteArray html = "text/html; charset=utf-8";

QByteArray page(int status, const QByteArray &reason, const QByteArray &headers = {})
{
    return Wac::Test::ScriptedServer::answer(status, reason,
        "Content-Type: " + html + "\r\n" + headers,
        "<html><body><h1>" + QByteArray::number(status) + ' ' + reason + "</h1></body></html>");
}

QByteArray graph(int status, int code, const QByteArray &message)
{
    return Wac::Test::ScriptedServer::answer(status, "Error", "Content-Type: application/json\r\n",
        R"({"error":{"message":")" + message + R"(","type":"OAuthException","code":)"
            + QByteArray::number(code) + R"(,"fbtrace_id":"Atrace"}})");
}

QStringList qtWarnings;

void collect(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        qtWarnings.append(message);
}

} // namespace

/**
 * How answers that are not Graph's are told apart from Graph's own errors, against a real
 * loopback server that says what the simulator (which plays Graph) never would, and the
 * deadline against a server that trickles its answer.
 */
class TestGraphAnswers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiedByWhoAnswered_data();
    void classifiedByWhoAnswered();
    void aRedirectIsNeitherFollowedNorEchoed();
    void aTrickleEndsAtTheDeadline_data();
    void aTrickleEndsAtTheDeadline();
    void faultsPrintNoQtWarnings_data();
    void faultsPrintNoQtWarnings();

private:
    Wac::SendResult send(const QUrl &base, int timeoutMs = 5000);

    QNetworkAccessManager m_nam;
};

Wac::SendResult TestGraphAnswers::send(const QUrl &base, int timeoutMs)
{
    Wac::ApiConfig config;
    config.baseUrl = base;
    config.phoneNumberId = u"106540352242922"_s;
    config.timeoutMs = timeoutMs;
    Wac::CloudApiClient client(&m_nam, config);
    client.setToken("sandbox-token");
    Wac::SendJob *job = client.sendMessage(Wac::Test::loadValidPayload(u"seed-text"_s));
    QSignalSpy finished(job, &Wac::SendJob::finished);
    if (!finished.wait(timeoutMs + 5000))
        qFatal("the job did not finish within its deadline and 5 s more");
    return finished.takeFirst().at(0).value<Wac::SendResult>();
}

void TestGraphAnswers::classifiedByWhoAnswered_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Category>("category");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("hint");
    const QString refused = u"by something other than the Graph API"_s;
    const QString unknown = u"may have gone out"_s;
    QTest::newRow("html 400") << page(400, "Bad Request") << Outcome::Rejected << Category::NotGraph
                              << u"Refused (HTTP 400) "_s + refused << u"proxy"_s;
    QTest::newRow("html 401") << page(401, "Unauthorized") << Outcome::Rejected
                              << Category::NotGraph << u"(HTTP 401) "_s + refused << u"proxy"_s;
    QTest::newRow("html 403") << page(403, "Forbidden") << Outcome::Rejected << Category::NotGraph
                              << u"(HTTP 403) "_s + refused << u"proxy"_s;
    QTest::newRow("html 404") << page(404, "Not Found") << Outcome::Rejected << Category::NotGraph
                              << u"(HTTP 404) "_s + refused << u"base URL"_s;
    QTest::newRow("html 408") << page(408, "Request Timeout") << Outcome::Rejected
                              << Category::NotGraph << u"(HTTP 408) "_s + refused << u"proxy"_s;
    QTest::newRow("html 429") << page(429, "Too Many Requests") << Outcome::Rejected
                              << Category::NotGraph << u"(HTTP 429) "_s + refused << u"wait"_s;
    QTest::newRow("307") << page(307, "Temporary Redirect", "Location: https://x.invalid/\r\n")
                         << Outcome::Rejected << Category::NotGraph << u"Redirected (HTTP 307)"_s
                         << u"base URL"_s;
    QTest::newRow("html 500") << page(500, "Internal Server Error") << Outcome::Unknown
                              << Category::Server << u"(HTTP 500): the message "_s + unknown
                              << u"before sending again"_s;
    QTest::newRow("html 502") << page(502, "Bad Gateway") << Outcome::Unknown << Category::Server
                              << u"(HTTP 502)"_s << u"before sending again"_s;
    // A Graph 5xx is no refusal either, and its error is kept.
    QTest::newRow("graph 500") << graph(500, 131000, "Something went wrong") << Outcome::Unknown
                               << Category::Server << u"(HTTP 500): the message "_s + unknown
                               << u"before sending again"_s;
    QTest::newRow("graph 503") << graph(503, 2, "Service temporarily unavailable")
                               << Outcome::Unknown << Category::Server << unknown
                               << u"before sending again"_s;
    // What was right stays right: Graph's own 4xx follow their codes.
    QTest::newRow("graph 401 #190")
        << graph(401, 190, "Error validating access token") << Outcome::Rejected
        << Category::Unauthorized << u"access token was refused"_s << u"access token"_s;
    QTest::newRow("graph 400 #100")
        << graph(400, 100, "Invalid parameter") << Outcome::Rejected << Category::InvalidParameter
        << u"parameter"_s << u"Correct the field"_s;
    QTest::newRow("graph 429 #130429")
        << graph(429, 130429, "Rate limit hit") << Outcome::Rejected << Category::RateLimited
        << u"Rate limited"_s << u"Slow down"_s;
}

void TestGraphAnswers::classifiedByWhoAnswered()
{
    QFETCH(QByteArray, answer);
    QFETCH(Outcome, outcome);
    QFETCH(Category, category);
    QFETCH(QString, headline);
    QFETCH(QString, hint);
    Wac::Test::ScriptedServer server(answer);
    QVERIFY(server.start());
    const Wac::SendResult result = send(server.baseUrl());
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.error.category, category);
    QVERIFY2(result.error.headline().contains(headline), qPrintable(result.error.headline()));
    QVERIFY2(result.error.hint().contains(hint), qPrintable(result.error.hint()));
    QCOMPARE(server.posts(), 1);
    if (category == Category::NotGraph) {
        // Never the hint to replace a token that nothing said was wrong.
        QVERIFY(!result.error.needsNewToken());
        QVERIFY2(
            !result.error.headline().contains(u"token"_s), qPrintable(result.error.headline()));
        QVERIFY2(result.error.message.contains(u"not a Graph API error"_s),
            qPrintable(result.error.message));
    }
    if (answer.contains("\"error\""))
        QVERIFY2(!result.error.message.isEmpty() && answer.contains(result.error.message.toUtf8()),
            qPrintable(result.error.message)); // Graph's own words, verbatim
}

void TestGraphAnswers::aRedirectIsNeitherFollowedNorEchoed()
{
    Wac::Test::ScriptedServer server(page(307, "Temporary Redirect",
        "Location: "
        "https://elsewhere.invalid/v21.0/1/messages?access_token=leaked#token=leaked\r\n"));
    QVERIFY(server.start());
    const Wac::SendResult result = send(server.baseUrl());
    QCOMPARE(result.error.category, Category::NotGraph);
    QCOMPARE(result.error.details, u"Redirected to https://elsewhere.invalid/v21.0/1/messages"_s);
    QCOMPARE(server.posts(), 1);
}

void TestGraphAnswers::aTrickleEndsAtTheDeadline_data()
{
    QTest::addColumn<bool>("headFirst");
    QTest::newRow("head at once, then the body") << true;
    QTest::newRow("everything a byte at a time") << false;
}

// Qt's transfer timeout restarts with every byte: a byte a second kept a 3 s send for minutes.
void TestGraphAnswers::aTrickleEndsAtTheDeadline()
{
    QFETCH(bool, headFirst);
    const QByteArray body = R"({"messaging_product":"whatsapp","contacts":[{"input":"1",)"
                            R"("wa_id":"1"}],"messages":[{"id":"wamid.trickled"}]})";
    const QByteArray answer =
        Wac::Test::ScriptedServer::answer(200, "OK", "Content-Type: application/json\r\n", body);
    Wac::Test::ScriptedServer server(answer, 1000, headFirst ? answer.indexOf(body) : 0);
    QVERIFY(server.start());
    QElapsedTimer clock;
    clock.start();
    const Wac::SendResult result = send(server.baseUrl(), 3000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed >= 2900 && elapsed < 4500, qPrintable(QString::number(elapsed)));
    QCOMPARE(result.outcome, Outcome::Unknown);
    QCOMPARE(result.error.category, Category::OutcomeUnknown);
    QVERIFY2(result.error.message.contains(u"3 s time limit"_s), qPrintable(result.error.message));
    QVERIFY(result.error.hint().contains(u"before sending again"_s));
    QCOMPARE(result.httpStatus, headFirst ? 200 : 0);
    QCOMPARE(server.posts(), 1);
}

void TestGraphAnswers::faultsPrintNoQtWarnings_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::newRow("close") << Mode::Close;
    QTest::newRow("reset") << Mode::ResetMidBody;
    QTest::newRow("hang past the deadline") << Mode::Hang;
    QTest::newRow("500") << Mode::ServerError;
    QTest::newRow("malformed") << Mode::MalformedJson;
}

// Qt's "QIODevice::read: device not open" and "seek … sequential device" reached the user's
// terminal ahead of the headline.
void TestGraphAnswers::faultsPrintNoQtWarnings()
{
    QFETCH(Mode, mode);
    Wac::Sim::SimulatorServer sim(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    sim.conversations().setLimitsEnabled(false);
    sim.faults().add({mode, 5, {}, 0});
    Wac::Test::ScriptedServer redirect(page(307, "Temporary Redirect", "Location: /x\r\n"));
    QVERIFY(redirect.start());
    qtWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collect);
    const Wac::SendResult result = send(sim.baseUrl(), 1500);
    const Wac::SendResult redirected = send(redirect.baseUrl(), 1500);
    qInstallMessageHandler(previous);
    QVERIFY(result.outcome == Outcome::Unknown);
    QCOMPARE(redirected.outcome, Outcome::Rejected);
    QVERIFY2(qtWarnings.isEmpty(), qPrintable(qtWarnings.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestGraphAnswers)
#include "tst_graphanswers.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// `waconsole-cli listen` and `conversations` end to end: real processes, the simulator posting
// signed webhooks over loopback, the history file they share with `send` and `history`.
#include "sim/simulatorserver.h"
#include "sim/webhookdispatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Wac;

namespace {

const QByteArray secret = "listen-secret";

QByteArray statusBody(const QString &wamid, const QString &status, int seconds)
{
    const QJsonObject s {{u"id"_s, wamid}, {u"status"_s, status},
        {u"timestamp"_s, QString::number(seconds)}, {u"recipient_id"_s, u"16505551234"_s}};
    const QJsonObject value {{u"messaging_product"_s, u"whatsapp"_s},
        {u"metadata"_s,
            QJsonObject {{u"display_phone_number"_s, u"15550783881"_s},
                {u"phone_number_id"_s, u"106540352242922"_s}}},
        {u"statuses"_s, QJsonArray {s}}};
    return Sim::WebhookDispatcher::asciiJson({{u"object"_s, u"whatsapp_business_account"_s},
        {u"entry"_s,
            QJsonArray {QJsonObject {{u"id"_s, u"1"_s},
                {u"changes"_s,
                    QJsonArray {
                        QJsonObject {{u"field"_s, u"messages"_s}, {u"value"_s, value}}}}}}}});
}

} // namespace

class TestCliListen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void receivesRecordsAndPrintsEachEventOnce();
    void refusesWhatIsNotSignedAndForwardsWhatIs();
    void aBurstLosesNothing();
    void aKilledListenerLosesNothingItAnswered();

private:
    /// Starts `listen` with `args`; its callback URL, or an empty one after failing the test.
    QUrl startListen(const QStringList &args = {});
    QProcessEnvironment environment() const;
    QByteArray run(const QStringList &args);
    int post(const QUrl &url, const QByteArray &body, const QByteArray &signature);
    qint64 rows(const QString &table) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_listen;
    QNetworkAccessManager m_nam;
};

void TestCliListen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCliListen::cleanup()
{
    if (m_listen && m_listen->state() != QProcess::NotRunning) {
        m_listen->kill();
        m_listen->waitForFinished(5000);
    }
    m_listen.reset();
    m_dir.reset();
}

QProcessEnvironment TestCliListen::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    env.insert(u"WACONSOLE_APP_SECRET"_s, QString::fromLatin1(secret));
    env.insert(u"WACONSOLE_VERIFY_TOKEN"_s, u"listen-verify"_s);
    env.insert(u"WACONSOLE_TOKEN"_s, u"sandbox-token"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    return env;
}

QUrl TestCliListen::startListen(const QStringList &args)
{
    m_listen = std::make_unique<QProcess>();
    m_listen->setProcessEnvironment(environment());
    m_listen->start(
        QStringLiteral(WACONSOLE_CLI), QStringList {u"listen"_s, u"--port"_s, u"0"_s} + args);
    if (!m_listen->waitForStarted(5000))
        return {};
    // Its first line on stderr, never translated, names where it listens.
    QByteArray err;
    if (!QTest::qWaitFor(
            [&] {
                err += m_listen->readAllStandardError();
                return err.contains('\n') || m_listen->state() == QProcess::NotRunning;
            },
            10000))
        return {};
    const QByteArray first = err.left(err.indexOf('\n'));
    if (!first.startsWith("waconsole-cli listening on http://127.0.0.1:"))
        qWarning("listen said: %s", err.constData());
    return QUrl(QString::fromLatin1(first.mid(first.indexOf("http"))));
}

QByteArray TestCliListen::run(const QStringList &args)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(WACONSOLE_CLI), args);
    process.waitForFinished(30000);
    return process.readAllStandardOutput();
}

int TestCliListen::post(const QUrl &url, const QByteArray &body, const QByteArray &signature)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!signature.isEmpty())
        request.setRawHeader("X-Hub-Signature-256", signature);
    QNetworkReply *reply = m_nam.post(request, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return 0;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

qint64 TestCliListen::rows(const QString &table) const
{
    const QString name = u"count-"_s + table;
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_dir->filePath(u"data/waconsole/history.sqlite"_s));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT count(*) FROM "_s + table) && q.next())
                count = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

void TestCliListen::receivesRecordsAndPrintsEachEventOnce()
{
    const QUrl url = startListen();
    QVERIFY(url.isValid() && url.path() == u"/webhook"_s);
    // Meta's handshake.
    QNetworkReply *get = m_nam.get(QNetworkRequest(QUrl(url.toString()
        + u"?hub.mode=subscribe&hub.verify_token=listen-verify&hub.challenge=1158201444"_s)));
    QTRY_VERIFY(get->isFinished());
    QCOMPARE(get->readAll(), QByteArray("1158201444"));
    get->deleteLater();

    // A send through the simulator, whose signed webhooks go to the listener.
    Sim::SimConfig config = Sim::SimConfig::sandbox();
    config.appSecret = secret;
    config.webhooks = {url};
    Sim::SimulatorServer sim(config);
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    sim.webhooks().setTiming({50, 100, 150, 100, 3});
    // The customer writes first (so their 24-hour window is open), and is answered.
    QNetworkRequest inbound(QUrl(sim.baseUrl().toString() + u"/_sim/inbound"_s));
    inbound.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *customer = m_nam.post(inbound,
        QByteArray(R"({"from":"+16505551234","name":"Pablo","text":"Where is my order, Олег?"})"));
    QTRY_VERIFY(customer->isFinished());
    customer->deleteLater();
    QFile message(m_dir->filePath(u"hello.json"_s));
    QVERIFY(message.open(QIODevice::WriteOnly));
    message.write(R"({"messaging_product":"whatsapp","to":"+16505551234","type":"text",)"
                  R"("text":{"body":"Your order shipped"}})");
    message.close();
    QProcess send;
    send.setProcessEnvironment(environment());
    send.start(QStringLiteral(WACONSOLE_CLI),
        {u"send"_s, u"--base-url"_s, sim.baseUrl().toString(), u"--phone-number-id"_s,
            u"106540352242922"_s, message.fileName()});
    QTRY_VERIFY_WITH_TIMEOUT(send.state() == QProcess::NotRunning, 20000);
    QCOMPARE(send.exitCode(), 0);
    const QString wamid = QJsonDocument::fromJson(send.readAllStandardOutput())
                              .object()[u"messages"_s][0][u"id"_s]
                              .toString();
    QVERIFY(wamid.startsWith(u"wamid."_s));

    QByteArray out;
    QByteArray err;
    const bool four = QTest::qWaitFor(
        [&] {
            out += m_listen->readAllStandardOutput();
            err += m_listen->readAllStandardError();
            return out.count('\n') >= 4;
        },
        10000);
    QVERIFY2(four, QByteArray(out + "\n-- stderr:\n" + err).constData());
    QTest::qWait(300);
    out += m_listen->readAllStandardOutput();
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // the message, then sent, delivered, read; each once
    const QJsonObject said = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(said[u"event"_s].toString(), u"message"_s);
    QCOMPARE(said[u"type"_s].toString(), u"text"_s);
    QCOMPARE(said[u"from"_s].toString(), u"16505551234"_s);
    QCOMPARE(said[u"text"_s].toString(), u"Where is my order, Олег?"_s);
    QStringList statuses;
    for (const QByteArray &line : lines.mid(1)) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        QCOMPARE(event[u"event"_s].toString(), u"status"_s);
        QCOMPARE(event[u"wamid"_s].toString(), wamid);
        QCOMPARE(event[u"recipient"_s].toString(), u"16505551234"_s);
        QVERIFY(event.contains(u"pricing"_s));
        statuses << event[u"status"_s].toString();
    }
    QCOMPARE(statuses, QStringList({u"sent"_s, u"delivered"_s, u"read"_s}));

    // A retry of a delivery already taken changes nothing and prints nothing.
    QCOMPARE(post(url, statusBody(wamid, u"read"_s, 1),
                 Sim::WebhookDispatcher::signature(secret, statusBody(wamid, u"read"_s, 1))),
        200);
    QTest::qWait(300);
    QCOMPARE(m_listen->readAllStandardOutput(), QByteArray());

    // What the window reads: the send's newest status, and the conversation.
    const QByteArray history = run({u"history"_s, u"--format"_s, u"json"_s});
    QVERIFY2(history.contains("\"read\""), history.constData());
    const QJsonArray conversations =
        QJsonDocument::fromJson(run({u"conversations"_s, u"--format"_s, u"json"_s})).array();
    QCOMPARE(conversations.size(), 1);
    QCOMPARE(conversations.first()[u"name"_s].toString(), u"Pablo"_s);
    QCOMPARE(conversations.first()[u"window"_s].toString(), u"open"_s);
    const QJsonArray thread = QJsonDocument::fromJson(
        run({u"conversations"_s, u"--with"_s, u"+1 650 555 1234"_s, u"--format"_s, u"json"_s}))
                                  .array();
    QCOMPARE(thread.size(), 2);
    QCOMPARE(thread[0][u"direction"_s].toString(), u"in"_s);
    QCOMPARE(thread[1][u"direction"_s].toString(), u"out"_s);
    QCOMPARE(thread[1][u"status"_s].toString(), u"read"_s);

    // SIGTERM stops it cleanly.
    ::kill(pid_t(m_listen->processId()), SIGTERM);
    QVERIFY(m_listen->waitForFinished(5000));
    QCOMPARE(m_listen->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_listen->exitCode(), 0);
}

void TestCliListen::refusesWhatIsNotSignedAndForwardsWhatIs()
{
    QTcpServer bot;
    QVERIFY(bot.listen(QHostAddress::LocalHost));
    QByteArray relayed;
    connect(&bot, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = bot.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&relayed, socket] {
            relayed += socket->readAll();
            if (relayed.contains("\r\n\r\n") && relayed.endsWith('}'))
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        });
    });
    const QUrl url =
        startListen({u"--forward"_s, u"http://127.0.0.1:%1/bot"_s.arg(bot.serverPort())});
    QVERIFY(url.isValid());
    const QByteArray body = statusBody(u"wamid.FWD"_s, u"delivered"_s, 1750030000);
    QCOMPARE(post(url, body, "sha256=" + QByteArray(64, '0')), 403);
    QCOMPARE(post(url, body, {}), 403);
    QByteArray err;
    QTRY_VERIFY2(
        (err += m_listen->readAllStandardError()).contains("refused (403)"), err.constData());
    const QByteArray signature = Sim::WebhookDispatcher::signature(secret, body);
    QCOMPARE(post(url, body, signature), 200);
    // Byte for byte, with the signature, so the bot can check it as it would Meta's.
    QTRY_VERIFY(relayed.endsWith(body));
    QVERIFY(relayed.contains(QByteArray("X-Hub-Signature-256: " + signature)));
    QVERIFY(relayed.startsWith("POST /bot "));
    QByteArray out;
    QTRY_VERIFY2((out += m_listen->readAllStandardOutput()).contains("wamid.FWD"),
        QByteArray(out + "\n-- stderr:\n" + m_listen->readAllStandardError()).constData());
}

void TestCliListen::aBurstLosesNothing()
{
    const QUrl url = startListen();
    QVERIFY(url.isValid());
    constexpr int burst = 10000;
    int answered = 0;
    int ok = 0;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < burst; ++i) {
        const QByteArray body = statusBody(u"wamid.B%1"_s.arg(i), u"delivered"_s, 1750030000);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader(
            "X-Hub-Signature-256", Sim::WebhookDispatcher::signature(secret, body));
        QNetworkReply *reply = m_nam.post(request, body);
        connect(reply, &QNetworkReply::finished, this, [&, reply] {
            ++answered;
            ok += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            reply->deleteLater();
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(answered == burst, 90000);
    QCOMPARE(ok, burst);
    QCOMPARE(rows(u"statuses"_s), burst);
    QCOMPARE(rows(u"deliveries"_s), burst);
}

void TestCliListen::aKilledListenerLosesNothingItAnswered()
{
    const QUrl url = startListen();
    QVERIFY(url.isValid());
    int answered200 = 0;
    int sentCount = 0;
    bool killed = false;
    for (int i = 0; i < 3000; ++i) {
        const QByteArray body = statusBody(u"wamid.K%1"_s.arg(i), u"read"_s, 1750030000);
        QNetworkRequest request(url);
        request.setRawHeader(
            "X-Hub-Signature-256", Sim::WebhookDispatcher::signature(secret, body));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_nam.post(request, body);
        ++sentCount;
        connect(reply, &QNetworkReply::finished, this, [&, reply] {
            answered200 +=
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            reply->deleteLater();
            if (answered200 == 500 && !killed) {
                killed = true;
                m_listen->kill(); // SIGKILL: no clean-up of any kind
            }
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(killed, 60000);
    QTRY_VERIFY(m_listen->state() == QProcess::NotRunning);
    QTest::qWait(500); // the replies still in flight fail
    const int acknowledged = answered200;
    QVERIFY(acknowledged >= 500 && acknowledged < sentCount);
    // Every delivery answered 200 had been committed before its answer was written.
    QVERIFY2(rows(u"statuses"_s) >= acknowledged,
        qPrintable(u"%1 rows for %2 answers"_s.arg(rows(u"statuses"_s)).arg(acknowledged)));
}

QTEST_GUILESS_MAIN(TestCliListen)
#include "tst_clilisten.moc"

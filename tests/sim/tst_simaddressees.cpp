// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"

#include <QJsonArray>
#include <QTest>

#include "payloadcorpus.h"
#include "simclient.h"
#include "webhookreceiver.h"

using namespace Qt::StringLiterals;
using Wac::Test::Answer;

namespace {

const QString messagesPath = u"/v25.0/106540352242922/messages"_s;
const QString bsuid = u"US.13491208655302741918"_s;
const QString parentBsuid = u"US.ENT.11815799212886844830"_s;
const QString groupId = u"Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD"_s;

// The statuses received, sorted: each is its own POST, and on a loaded machine they may arrive
// in any order; the order is not what these tests are about (the sim's pacing has its own).
QStringList statusNames(const QList<QJsonObject> &statuses)
{
    QStringList names;
    for (const QJsonObject &s : statuses)
        names.append(s.value(u"status").toString());
    names.sort();
    return names;
}

QJsonObject helloWorld()
{
    return {{u"messaging_product"_s, u"whatsapp"_s}, {u"type"_s, u"template"_s},
        {u"template"_s,
            QJsonObject {{u"name"_s, u"hello_world"_s},
                {u"language"_s, QJsonObject {{u"code"_s, u"en_US"_s}}}}}};
}

} // namespace

/// Who a send went to, as the simulator answers it and as its webhooks name it
/// (cloud-api-2026.md §1.11 BSUIDs, §1.12 groups), over real loopback HTTP.
class TestSimAddressees final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void answerNamesTheAddressee_data();
    void answerNamesTheAddressee();
    void bsuidStatusesNameTheUserAndNoPhone();
    void bsuidFailedStatusHasNoContacts();
    void groupStatusesNameTheGroup();

private:
    std::unique_ptr<Wac::Test::WebhookReceiver> m_receiver;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::Test::SimClient> m_client;
};

void TestSimAddressees::init()
{
    m_receiver = std::make_unique<Wac::Test::WebhookReceiver>();
    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    config.webhooks = {m_receiver->url()};
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(config);
    m_server->webhooks().setTiming({20, 40, 60, 100, 3});
    m_server->conversations().setLimitsEnabled(false);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl());
}

void TestSimAddressees::answerNamesTheAddressee_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QJsonObject>("contact"); ///< the answer's contacts[0], whole

    QJsonObject numeric = Wac::Test::loadValidPayload(u"seed-text"_s);
    numeric.insert(u"to"_s, 6505551234.0);
    QJsonObject parent = Wac::Test::loadValidPayload(u"ref-bsuid-recipient"_s);
    parent.insert(u"recipient"_s, parentBsuid);

    QTest::newRow("phone") << Wac::Test::loadValidPayload(u"seed-text"_s)
                           << QJsonObject {
                                  {u"input"_s, u"+16505551234"_s}, {u"wa_id"_s, u"16505551234"_s}};
    QTest::newRow("bsuid: user_id, no wa_id") << Wac::Test::loadValidPayload(
        u"ref-bsuid-recipient"_s) << QJsonObject {{u"input"_s, bsuid}, {u"user_id"_s, bsuid}};
    QTest::newRow("parent bsuid") << parent
                                  << QJsonObject {
                                         {u"input"_s, parentBsuid}, {u"user_id"_s, parentBsuid}};
    QTest::newRow("phone and bsuid: to wins, no user_id")
        << Wac::Test::loadValidPayload(u"ref-bsuid-and-phone"_s)
        << QJsonObject {{u"input"_s, u"+16505551234"_s}, {u"wa_id"_s, u"16505551234"_s}};
    QTest::newRow("group: its ID in both") << Wac::Test::loadValidPayload(
        u"ref-group-text"_s) << QJsonObject {{u"input"_s, groupId}, {u"wa_id"_s, groupId}};
    // A number is read as its digits, as a string without + is (the business code prepended).
    QTest::newRow("number") << numeric
                            << QJsonObject {
                                   {u"input"_s, u"6505551234"_s}, {u"wa_id"_s, u"16505551234"_s}};
}

void TestSimAddressees::answerNamesTheAddressee()
{
    QFETCH(QJsonObject, payload);
    QFETCH(QJsonObject, contact);
    const Answer answer = m_client->postJson(messagesPath, payload);
    QCOMPARE(answer.status, 200);
    const QJsonArray contacts = answer.json().value(u"contacts").toArray();
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.at(0).toObject(), contact);
}

void TestSimAddressees::bsuidStatusesNameTheUserAndNoPhone()
{
    QJsonObject hello = helloWorld(); // a template needs no open window
    hello.insert(u"recipient"_s, bsuid);
    QCOMPARE(m_client->postJson(messagesPath, hello).status, 200);
    QTRY_COMPARE(
        statusNames(m_receiver->statuses()), QStringList({u"delivered"_s, u"read"_s, u"sent"_s}));
    for (const QJsonObject &status : m_receiver->statuses()) {
        QCOMPARE(status.value(u"recipient_user_id").toString(), bsuid);
        QVERIFY(!status.contains(u"recipient_id"));
        QVERIFY(!status.contains(u"recipient_type"));
    }
    for (const auto &delivery : m_receiver->deliveries()) {
        const QJsonArray contacts =
            Wac::Test::WebhookReceiver::changeValue(delivery.body).value(u"contacts").toArray();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.at(0).toObject().value(u"user_id").toString(), bsuid);
        QVERIFY(!contacts.at(0).toObject().contains(u"wa_id"));
    }
}

void TestSimAddressees::bsuidFailedStatusHasNoContacts()
{
    // No window is open for this user: the text is accepted, then fails by webhook.
    const Answer answer =
        m_client->postJson(messagesPath, Wac::Test::loadValidPayload(u"ref-bsuid-recipient"_s));
    QCOMPARE(answer.status, 200);
    QTRY_COMPARE(statusNames(m_receiver->statuses()), QStringList({u"failed"_s}));
    const QJsonObject failed = m_receiver->statuses().first();
    QCOMPARE(failed.value(u"recipient_user_id").toString(), bsuid);
    QVERIFY(!failed.contains(u"recipient_id"));
    const QJsonObject value =
        Wac::Test::WebhookReceiver::changeValue(m_receiver->deliveries().first().body);
    QVERIFY(!value.contains(u"contacts"));
}

void TestSimAddressees::groupStatusesNameTheGroup()
{
    const Answer answer =
        m_client->postJson(messagesPath, Wac::Test::loadValidPayload(u"ref-group-text"_s));
    QCOMPARE(answer.status, 200);
    QTRY_COMPARE(
        statusNames(m_receiver->statuses()), QStringList({u"delivered"_s, u"read"_s, u"sent"_s}));
    for (const QJsonObject &status : m_receiver->statuses()) {
        QCOMPARE(status.value(u"recipient_id").toString(), groupId);
        QCOMPARE(status.value(u"recipient_type").toString(), u"group"_s);
        QVERIFY(!status.contains(u"recipient_user_id"));
    }
}

QTEST_GUILESS_MAIN(TestSimAddressees)
#include "tst_simaddressees.moc"

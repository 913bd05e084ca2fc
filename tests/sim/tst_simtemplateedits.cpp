// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Editing and deleting templates in the simulator over loopback HTTP.
#include "sim/simulatorserver.h"

#include <QJsonArray>
#include <QTest>

#include "simclient.h"
#include "webhookreceiver.h"

using namespace Qt::StringLiterals;
using Wac::Test::Answer;

namespace {

const QString listPath = u"/v25.0/102290129340398/message_templates"_s;

QJsonArray body(const QString &text)
{
    return {QJsonObject {{u"type"_s, u"BODY"_s}, {u"text"_s, text}}};
}

QJsonObject definition(const QString &name, const QString &language = u"en_US"_s)
{
    return {{u"name"_s, name}, {u"language"_s, language}, {u"category"_s, u"UTILITY"_s},
        {u"components"_s, body(u"Your order has shipped and arrives on Friday."_s)}};
}

} // namespace

class TestSimTemplateEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void anEditGoesBackToPendingThenApproved();
    void anApprovedTemplateIsEditedOnceADay();
    void whatAnEditMayNotChange();
    void anEditIsCheckedByTheCreationRules();
    void unknownIdsAndNamesAreNamed();
    void deleteByNameTakesEveryLanguage();
    void deleteByIdTakesOnlyThatOne();

private:
    /// Creates `name` and waits for its approval; its id.
    QString approved(const QString &name, const QString &language = u"en_US"_s);
    QString statusOf(const QString &id);
    QStringList languagesOf(const QString &name);

    std::unique_ptr<Wac::Test::WebhookReceiver> m_receiver;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_server;
    std::unique_ptr<Wac::Test::SimClient> m_client;
    std::unique_ptr<Wac::Test::SimClient> m_control;
};

void TestSimTemplateEdits::init()
{
    m_receiver = std::make_unique<Wac::Test::WebhookReceiver>();
    Wac::Sim::SimConfig config = Wac::Sim::SimConfig::sandbox();
    config.webhooks = {m_receiver->url()};
    config.templateReviewSeconds = 0;
    m_server = std::make_unique<Wac::Sim::SimulatorServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_client = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl());
    m_control = std::make_unique<Wac::Test::SimClient>(m_server->baseUrl(), QByteArray());
}

QString TestSimTemplateEdits::approved(const QString &name, const QString &language)
{
    const Answer answer = m_client->postJson(listPath, definition(name, language));
    const QString id = answer.json().value(u"id").toString();
    if (answer.status != 200 || !QTest::qWaitFor([&] { return statusOf(id) == u"APPROVED"_s; }))
        qWarning("%s was not approved: %s", qPrintable(name), answer.body.constData());
    return id;
}

QString TestSimTemplateEdits::statusOf(const QString &id)
{
    return m_client->get(u"/v25.0/"_s + id).json().value(u"status").toString();
}

QStringList TestSimTemplateEdits::languagesOf(const QString &name)
{
    QStringList languages;
    const Answer answer = m_client->get(listPath + u"?limit=100&name="_s + name);
    for (const QJsonValue &tpl : answer.json().value(u"data").toArray()) {
        if (tpl[u"name"_s] == name)
            languages.append(tpl[u"language"_s].toString());
    }
    return languages;
}

void TestSimTemplateEdits::anEditGoesBackToPendingThenApproved()
{
    QCOMPARE(
        m_control->postJson(u"/_sim/options"_s, {{u"template_review_seconds"_s, 60}}).status, 200);
    const QString id =
        m_client->postJson(listPath, definition(u"shipping_update"_s)).json()[u"id"_s].toString();
    QCOMPARE(statusOf(id), u"PENDING"_s);
    QCOMPARE(m_control->postJson(u"/_sim/clock"_s, {{u"advance_seconds"_s, 60}}).status, 200);
    QCOMPARE(statusOf(id), u"APPROVED"_s);

    const QJsonArray edited = body(u"Your order has shipped; it arrives on {{1}}."_s);
    QJsonArray withExample = edited;
    QJsonObject bodyComponent = withExample.at(0).toObject();
    bodyComponent.insert(u"example"_s,
        QJsonObject {{u"body_text"_s, QJsonArray {QJsonValue(QJsonArray {u"Friday"_s})}}});
    withExample.replace(0, bodyComponent);
    const Answer answer = m_client->postJson(u"/v25.0/"_s + id, {{u"components"_s, withExample}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json(), QJsonObject({{u"success"_s, true}}));
    const QJsonObject tpl = m_client->get(u"/v25.0/"_s + id).json();
    QCOMPARE(tpl.value(u"status").toString(), u"PENDING"_s);
    QCOMPARE(tpl.value(u"components").toArray(), withExample);
    QCOMPARE(tpl.value(u"name").toString(), u"shipping_update"_s);
    QCOMPARE(m_control->postJson(u"/_sim/clock"_s, {{u"advance_seconds"_s, 60}}).status, 200);
    QCOMPARE(statusOf(id), u"APPROVED"_s);
    QTRY_COMPARE(m_receiver->valuesWith(u"event"_s).size(), 2); // the creation's, the edit's
}

void TestSimTemplateEdits::anApprovedTemplateIsEditedOnceADay()
{
    const QString id = approved(u"daily_edit"_s);
    const QJsonObject edit {{u"components"_s, body(u"Your order is on its way to you."_s)}};
    QCOMPARE(m_client->postJson(u"/v25.0/"_s + id, edit).status, 200);
    QTRY_COMPARE(statusOf(id), u"APPROVED"_s);
    const Answer again = m_client->postJson(u"/v25.0/"_s + id, edit);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.graphError().value(u"error_user_title").toString(), u"Edit limit reached"_s);
    QVERIFY(again.graphError().value(u"error_user_msg").toString().contains(u"24 hours"_s));
    QCOMPARE(
        m_control->postJson(u"/_sim/clock"_s, {{u"advance_seconds"_s, 24 * 3600}}).status, 200);
    QCOMPARE(m_client->postJson(u"/v25.0/"_s + id, edit).status, 200);
}

void TestSimTemplateEdits::whatAnEditMayNotChange()
{
    const QString id = approved(u"fixed_fields"_s);
    const auto refusal = [&](const QJsonObject &edit) {
        const Answer answer = m_client->postJson(u"/v25.0/"_s + id, edit);
        return answer.status == 400 ? answer.graphError().value(u"error_user_msg").toString()
                                    : QString::fromUtf8(answer.body);
    };
    QVERIFY(refusal({{u"category"_s, u"MARKETING"_s}}).contains(u"category"_s));
    QVERIFY(refusal({{u"name"_s, u"other_name"_s}}).contains(u"Param name"_s));
    QVERIFY(refusal({{u"language"_s, u"ru"_s}}).contains(u"Param language"_s));
    QVERIFY(refusal({}).contains(u"components"_s));
    QCOMPARE(statusOf(id), u"APPROVED"_s); // none of them changed it
    // The same name and language may come along, as a builder sends the whole definition.
    // The review takes a minute now, so that the template is still PENDING at the next edit.
    QCOMPARE(
        m_control->postJson(u"/_sim/options"_s, {{u"template_review_seconds"_s, 60}}).status, 200);
    const QJsonObject whole = definition(u"fixed_fields"_s);
    QCOMPARE(m_client->postJson(u"/v25.0/"_s + id, whole).status, 200);
    // A PENDING template cannot be edited at all (Meta's template management page).
    const Answer pending = m_client->postJson(u"/v25.0/"_s + id, whole);
    QCOMPARE(pending.status, 400);
    QVERIFY(pending.graphError().value(u"error_user_msg").toString().contains(u"PENDING"_s));
}

void TestSimTemplateEdits::anEditIsCheckedByTheCreationRules()
{
    const QString id = approved(u"checked_edit"_s);
    const QJsonArray components {QJsonObject {{u"type"_s, u"BODY"_s}, {u"text"_s, u"Hello"_s}},
        QJsonObject {{u"type"_s, u"FOOTER"_s}, {u"text"_s, QString(61, u'x')}}};
    const Answer answer = m_client->postJson(u"/v25.0/"_s + id, {{u"components"_s, components}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.graphError().value(u"error_subcode").toInt(), 2388040);
    const QString message = answer.graphError().value(u"error_user_msg").toString();
    QVERIFY2(message.startsWith(u"Param components[1]"_s), qPrintable(message));
    QCOMPARE(statusOf(id), u"APPROVED"_s);
}

void TestSimTemplateEdits::unknownIdsAndNamesAreNamed()
{
    const Answer edit = m_client->postJson(u"/v25.0/999000111222333"_s, definition(u"x"_s));
    QCOMPARE(edit.status, 400);
    QCOMPARE(edit.graphCode(), 100);
    QVERIFY(edit.graphError().value(u"error_user_msg").toString().contains(u"999000111222333"_s));
    const Answer remove = m_client->remove(listPath + u"?name=no_such_template"_s);
    QCOMPARE(remove.status, 400);
    QCOMPARE(remove.graphCode(), 100);
    QVERIFY(
        remove.graphError().value(u"error_user_msg").toString().contains(u"no_such_template"_s));
    const Answer nameless = m_client->remove(listPath);
    QCOMPARE(nameless.status, 400);
    QVERIFY(nameless.graphError().value(u"error_user_msg").toString().contains(u"name"_s));
}

void TestSimTemplateEdits::deleteByNameTakesEveryLanguage()
{
    approved(u"two_languages"_s);
    approved(u"two_languages"_s, u"pt_BR"_s);
    approved(u"two_languages_kept"_s);
    QCOMPARE(languagesOf(u"two_languages"_s).size(), 2);
    const Answer answer = m_client->remove(listPath + u"?name=two_languages"_s);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json(), QJsonObject({{u"success"_s, true}}));
    QVERIFY(languagesOf(u"two_languages"_s).isEmpty());
    QCOMPARE(languagesOf(u"two_languages_kept"_s), QStringList({u"en_US"_s}));
    // A deleted template can be created again (the 30-day wait after an approved one is not
    // simulated).
    QCOMPARE(m_client->postJson(listPath, definition(u"two_languages"_s)).status, 200);
}

void TestSimTemplateEdits::deleteByIdTakesOnlyThatOne()
{
    approved(u"one_of_two"_s);
    const QString id = approved(u"one_of_two"_s, u"ru"_s);
    const Answer wrongId = m_client->remove(listPath + u"?name=one_of_two&hsm_id=42"_s);
    QCOMPARE(wrongId.status, 400);
    QCOMPARE(m_client->remove(listPath + u"?name=one_of_two&hsm_id="_s + id).status, 200);
    QCOMPARE(languagesOf(u"one_of_two"_s), QStringList({u"en_US"_s}));
    QCOMPARE(m_client->get(u"/v25.0/"_s + id).status, 400);
}

QTEST_GUILESS_MAIN(TestSimTemplateEdits)
#include "tst_simtemplateedits.moc"

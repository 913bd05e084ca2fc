// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The template form's fields of one kind each, driven as a user drives them: a limited-time
// offer's expiry, a template's order status and the tap target override any template may
// carry.
#include "widgets/composer/templateform.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimeZone>

#include "templateform2026fixture.h"

using namespace Qt::StringLiterals;
using namespace Wac;
using namespace Wac::Test::Form2026;

class TestTemplateForm2026b : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offerExpiryIsWrittenInMilliseconds();
    void tapTargetIsSentOnlyWhenTurnedOn();
    void tapTargetOfMetasSendIsEdited();
    void orderStatusIsChosenFromMetasFive();
    void undocumentedOrderStatusStaysAsWritten();

private:
    QJsonObject m_file;
};

void TestTemplateForm2026b::initTestCase()
{
    m_file = loadFile();
    QVERIFY(!m_file.isEmpty());
}

void TestTemplateForm2026b::offerExpiryIsWrittenInMilliseconds()
{
    auto page = newPage(m_file);
    page->useDefinition(definition(m_file, u"limited_time_offer_caribbean_pkg_2023"_s));
    auto *when = page->findChild<QDateTimeEdit *>();
    QVERIFY(when);
    when->setFocus();
    when->setDateTime(QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()));
    const QJsonValue ms = page->message().toJson()[u"template"][u"components"][2][u"parameters"][0]
                                                  [u"limited_time_offer"][u"expiration_time_ms"];
    QCOMPARE(ms.toDouble(), 1798761600000.0);
    // Meta's own example's number (a duration) loads and goes out unchanged.
    page->setMessage(
        OutgoingMessage::fromJson(payload(m_file, u"limited_time_offer_caribbean_pkg_2023"_s)));
    QVERIFY(page->isFormMode());
    QVERIFY(
        page->findChild<QDateTimeEdit *>()->parentWidget()->findChild<QLabel *>()->text().contains(
            u"1209600000"_s));
}

void TestTemplateForm2026b::tapTargetIsSentOnlyWhenTurnedOn()
{
    auto page = newPage(m_file);
    page->useDefinition(definition(m_file, u"august_promotion"_s));
    settle();
    auto *group = page->findChild<QGroupBox *>();
    QVERIFY(group && group->isCheckable());
    QVERIFY(!group->isChecked());
    const auto components = [&page] {
        return page->message().toJson()[u"template"][u"components"].toArray();
    };
    QCOMPARE(components().size(), 2); // header and body: no override
    group->setFocus();
    QTest::keyClick(group, Qt::Key_Space);
    QVERIFY(group->isChecked());
    const QList<QLineEdit *> edits = lines(group);
    QCOMPARE(edits.size(), 2);
    type(edits.at(0), u"See the deal"_s);
    type(edits.at(1), u"https://shop.test/deal"_s);
    QCOMPARE(components().size(), 3);
    QCOMPARE(components().at(2)[u"parameters"][0][u"tap_target_configuration"].toArray(),
        QJsonArray({QJsonObject {
            {u"url"_s, u"https://shop.test/deal"_s}, {u"title"_s, u"See the deal"_s}}}));
    // A finding about the override is shown at its title.
    QCOMPARE(page->fieldFor(u"/template/components/2/parameters/0"_s), edits.at(0));
    QTest::keyClick(group, Qt::Key_Space);
    QCOMPARE(components().size(), 2);
}

void TestTemplateForm2026b::tapTargetOfMetasSendIsEdited()
{
    auto page = newPage(m_file);
    page->setMessage(OutgoingMessage::fromJson(payload(m_file, u"august_promotion"_s)));
    QVERIFY(page->isFormMode());
    auto *group = page->findChild<QGroupBox *>();
    QVERIFY(group->isChecked());
    const QList<QLineEdit *> edits = lines(group);
    QCOMPARE(edits.at(0)->text(), u"Offer Details"_s);
    QCOMPARE(edits.at(1)->text(), u"https://www.luckyshrubs.com/"_s);
    type(edits.at(0), u"Details"_s);
    const QJsonObject target = page->message()
                                   .toJson()[u"template"][u"components"][2][u"parameters"][0]
                                            [u"tap_target_configuration"][0]
                                   .toObject();
    QCOMPARE(target,
        (QJsonObject {{u"url"_s, u"https://www.luckyshrubs.com/"_s}, {u"title"_s, u"Details"_s}}));
}

void TestTemplateForm2026b::orderStatusIsChosenFromMetasFive()
{
    auto page = newPage(m_file);
    page->useDefinition(definition(m_file, u"order_shipped_update"_s));
    settle();
    auto *status = page->findChild<TemplateForm *>()->findChild<QComboBox *>();
    QVERIFY(status);
    QStringList offered;
    for (int i = 0; i < status->count(); ++i)
        offered.append(status->itemData(i).toString());
    QCOMPARE(offered,
        QStringList({QString(), u"processing"_s, u"partially_shipped"_s, u"shipped"_s,
            u"completed"_s, u"canceled"_s}));
    const auto order = [&page] {
        return page->message()
            .toJson()[u"template"][u"components"][0][u"parameters"][0][u"order_status"]
            .toObject();
    };
    // None chosen for the user: the send lacks the status, which the check then names.
    QVERIFY(!order().value(u"order").toObject().contains(u"status"));
    type(lines(status->parentWidget()).at(0), u"ref-7"_s);
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down); // the first real status
    QCOMPARE(order(),
        (QJsonObject {{u"reference_id"_s, u"ref-7"_s},
            {u"order"_s, QJsonObject {{u"status"_s, u"processing"_s}}}}));
    QCOMPARE(page->fieldFor(u"/template/components/0/parameters/0"_s),
        lines(status->parentWidget()).at(0));
}

void TestTemplateForm2026b::undocumentedOrderStatusStaysAsWritten()
{
    QJsonObject body = payload(m_file, u"order_shipped_update"_s);
    QJsonObject tpl = body[u"template"].toObject();
    QJsonArray components = tpl[u"components"].toArray();
    QJsonObject component = components.at(0).toObject();
    QJsonArray parameters = component[u"parameters"].toArray();
    QJsonObject parameter = parameters.at(0).toObject();
    QJsonObject status = parameter[u"order_status"].toObject();
    status.insert(u"order"_s, QJsonObject {{u"status"_s, u"SHIPPED"_s}});
    parameter.insert(u"order_status"_s, status);
    parameters.replace(0, parameter);
    component.insert(u"parameters"_s, parameters);
    components.replace(0, component);
    tpl.insert(u"components"_s, components);
    body.insert(u"template"_s, tpl);
    auto page = newPage(m_file);
    page->setMessage(OutgoingMessage::fromJson(body));
    QVERIFY(page->isFormMode());
    QCOMPARE(page->message().toJson(), body);
    QCOMPARE(page->findChild<TemplateForm *>()->findChild<QComboBox *>()->currentData().toString(),
        u"SHIPPED"_s);
}

QTEST_MAIN(TestTemplateForm2026b)
#include "tst_templateform2026b.moc"

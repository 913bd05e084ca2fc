// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsonpointer.h"
#include "core/validation/validator.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;
using Wac::Test::Finding;

namespace {

QList<Finding> findingsOf(const QList<Wac::Diagnostic> &diagnostics, Wac::Severity severity)
{
    QList<Finding> list;
    for (const Wac::Diagnostic &d : diagnostics) {
        if (d.severity == severity)
            list.append({d.pointer, d.code});
    }
    std::sort(list.begin(), list.end());
    return list;
}

QList<Finding> sorted(QList<Finding> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class TestValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cases_data();
    void cases();
    void validCorpus_data();
    void validCorpus();
    void pointersLeadIntoThePayload();
    void messagesStateLimitAndValue();
    void halfACharacterIsAWarningAtItsValue();
};

void TestValidation::cases_data()
{
    QTest::addColumn<QJsonValue>("payload");
    QTest::addColumn<QList<Finding>>("errors");
    QTest::addColumn<bool>("checkWarnings");
    QTest::addColumn<QList<Finding>>("warnings");
    const auto all = Wac::Test::loadCases();
    QVERIFY(all.size() > 150);
    for (const auto &c : all) {
        QTest::newRow(qPrintable(c.name)) << c.payload << sorted(c.errors) << c.warnings.has_value()
                                          << sorted(c.warnings.value_or(QList<Finding>()));
    }
}

void TestValidation::cases()
{
    QFETCH(QJsonValue, payload);
    QFETCH(QList<Finding>, errors);
    QFETCH(bool, checkWarnings);
    QFETCH(QList<Finding>, warnings);
    const auto diagnostics = Wac::validate(payload);
    QCOMPARE(findingsOf(diagnostics, Wac::Severity::Error), errors);
    if (checkWarnings)
        QCOMPARE(findingsOf(diagnostics, Wac::Severity::Warning), warnings);
}

void TestValidation::validCorpus_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = Wac::Test::validPayloadNames();
    QVERIFY(names.size() >= 40);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestValidation::validCorpus()
{
    QFETCH(QString, name);
    const auto diagnostics = Wac::validate(Wac::Test::loadValidPayload(name));
    QCOMPARE(findingsOf(diagnostics, Wac::Severity::Error), QList<Finding>());
}

// A pointer names the offending value, or for a missing field the place it would go: either
// way its parent exists in the payload, so the composer can always find the field to mark.
void TestValidation::pointersLeadIntoThePayload()
{
    for (const auto &c : Wac::Test::loadCases()) {
        for (const Wac::Diagnostic &d : Wac::validate(c.payload)) {
            if (d.pointer.isEmpty())
                continue;
            const QString parent = d.pointer.left(d.pointer.lastIndexOf(u'/'));
            QVERIFY2(!Wac::JsonPointer::resolve(c.payload, parent).isUndefined(),
                qPrintable(c.name + u": "_s + d.pointer));
            QVERIFY2(!d.message.isEmpty(), qPrintable(d.code));
        }
    }
}

void TestValidation::messagesStateLimitAndValue()
{
    QJsonObject body = Wac::Test::loadValidPayload(u"seed-button"_s);
    QJsonObject interactive = body.value(u"interactive").toObject();
    interactive.insert(u"footer"_s, QJsonObject {{u"text"_s, QString(61, u'f')}});
    body.insert(u"interactive"_s, interactive);
    const auto diagnostics = Wac::validate(body);
    QCOMPARE(diagnostics.size(), 1);
    QVERIFY2(
        diagnostics.first().message.contains(u"61"_s), qPrintable(diagnostics.first().message));
    QVERIFY2(
        diagnostics.first().message.contains(u"60"_s), qPrintable(diagnostics.first().message));

    QJsonObject buttons = Wac::Test::loadValidPayload(u"seed-button"_s);
    QJsonObject i2 = buttons.value(u"interactive").toObject();
    QJsonObject action = i2.value(u"action").toObject();
    QJsonArray list = action.value(u"buttons").toArray();
    list.append(list.at(0));
    list.append(list.at(1));
    action.insert(u"buttons"_s, list);
    i2.insert(u"action"_s, action);
    buttons.insert(u"interactive"_s, i2);
    bool found = false;
    for (const auto &d : Wac::validate(buttons)) {
        if (d.code == u"interactive.action.buttons.tooMany"_s) {
            found = true;
            QVERIFY(d.message.contains(u"4"_s) && d.message.contains(u"3"_s));
        }
    }
    QVERIFY(found);
}

// The escape "\\ud83d" is valid JSON and is kept as given; but it is half of an emoji, which
// UTF-8 (and so WhatsApp) cannot carry: a warning says so, where it is.
void TestValidation::halfACharacterIsAWarningAtItsValue()
{
    QJsonObject body = Wac::Test::loadValidPayload(u"seed-text"_s);
    const auto codes = [](const QJsonObject &payload) {
        QList<Finding> found;
        for (const Wac::Diagnostic &d : Wac::validate(payload)) {
            if (d.code.endsWith(u".loneSurrogate"_s) || d.code == u"loneSurrogate"_s)
                found.append({d.pointer, d.code});
        }
        return found;
    };
    QVERIFY(codes(body).isEmpty());
    body.insert(u"text"_s, QJsonObject {{u"body"_s, u"Thanks \U0001F600 see you"_s}});
    QVERIFY(codes(body).isEmpty()); // a whole pair is a whole character

    QString half = u"ab "_s;
    half += QChar(0xd83d);
    half += u" x"_s;
    body.insert(u"text"_s, QJsonObject {{u"body"_s, half}});
    QCOMPARE(codes(body), (QList<Finding> {{u"/text/body"_s, u"text.body.loneSurrogate"_s}}));
    bool said = false;
    for (const Wac::Diagnostic &d : Wac::validate(body)) {
        if (d.code == u"text.body.loneSurrogate"_s) {
            QCOMPARE(d.severity, Wac::Severity::Warning);
            QVERIFY2(
                d.message.contains(u"d83d"_s) && d.message.contains(u"4"_s), qPrintable(d.message));
            said = true;
        }
    }
    QVERIFY(said);

    // A low half on its own, deep in an array, is named there too.
    QJsonObject buttons = Wac::Test::loadValidPayload(u"seed-button"_s);
    QJsonObject interactive = buttons.value(u"interactive").toObject();
    QJsonObject action = interactive.value(u"action").toObject();
    QJsonArray list = action.value(u"buttons").toArray();
    QJsonObject first = list.at(0).toObject();
    QJsonObject reply = first.value(u"reply").toObject();
    reply.insert(u"title"_s, QString(QString(QChar(0xdc00)) + u"Yes"_s));
    first.insert(u"reply"_s, reply);
    list.replace(0, first);
    action.insert(u"buttons"_s, list);
    interactive.insert(u"action"_s, action);
    buttons.insert(u"interactive"_s, interactive);
    const QList<Finding> found = codes(buttons);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().first, u"/interactive/action/buttons/0/reply/title"_s);
}

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"

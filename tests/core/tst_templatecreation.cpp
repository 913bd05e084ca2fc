// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Meta's template creation rules: each rule with a valid and an invalid case at its exact
// pointer and code (tests/data/templates/creation-cases.json), and no error on any template
// Meta publishes as a creation example or the simulator serves from its seed.
#include "core/templates/templatecreation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wac;

class TestTemplateCreation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void metaExamplesHaveNoError_data();
    void metaExamplesHaveNoError();
    void seedTemplatesHaveNoError_data();
    void seedTemplatesHaveNoError();
    void everyFindingIsWorded();
};

namespace {

QJsonObject readObject(const char *path)
{
    QFile file(QString::fromUtf8(path));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", path);
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString describe(const QList<Diagnostic> &findings)
{
    QStringList lines;
    for (const Diagnostic &d : findings) {
        lines.append(
            d.pointer + u' ' + severityKeyword(d.severity) + u' ' + d.code + u": "_s + d.message);
    }
    return lines.join(u'\n');
}

QString errorsOf(const QList<Diagnostic> &findings)
{
    QList<Diagnostic> errors;
    for (const Diagnostic &d : findings) {
        if (d.isError())
            errors.append(d);
    }
    return describe(errors);
}

} // namespace

void TestTemplateCreation::rules_data()
{
    QTest::addColumn<QJsonObject>("definition");
    QTest::addColumn<QJsonArray>("expected");
    QTest::addColumn<bool>("exact");
    const QJsonArray cases = readObject(WACONSOLE_CREATION_CASES)[u"cases"].toArray();
    QVERIFY(cases.size() > 100);
    for (const QJsonValue &c : cases) {
        QTest::newRow(qPrintable(c[u"name"].toString()))
            << c[u"definition"].toObject() << c[u"expect"].toArray() << c[u"exact"].toBool();
    }
}

void TestTemplateCreation::rules()
{
    QFETCH(QJsonObject, definition);
    QFETCH(QJsonArray, expected);
    QFETCH(bool, exact);
    const QList<Diagnostic> findings = TemplateCreation::check(definition);
    QList<Diagnostic> unexpected;
    for (const Diagnostic &d : findings) {
        if (d.isError() || exact)
            unexpected.append(d);
    }
    for (const QJsonValue &e : expected) {
        const QString pointer = e[u"pointer"].toString();
        const QString code = e[u"code"].toString();
        const QString severity = e[u"severity"].toString();
        const auto match = [&](const Diagnostic &d) {
            return d.pointer == pointer && d.code == code
                && severityKeyword(d.severity) == severity;
        };
        if (!std::any_of(findings.cbegin(), findings.cend(), match)) {
            QFAIL(qPrintable(
                u"missing %1 %2 %3; found:\n"_s.arg(pointer, severity, code) + describe(findings)));
        }
        unexpected.removeIf(match);
    }
    // Every error (with "exact", every finding) must be one the case names: a rule that fires
    // beside the one under test is a false finding on Meta's own shapes.
    QVERIFY2(unexpected.isEmpty(), qPrintable(describe(unexpected)));
}

void TestTemplateCreation::metaExamplesHaveNoError_data()
{
    QTest::addColumn<QJsonObject>("definition");
    const QJsonArray examples = readObject(WACONSOLE_META_EXAMPLES)[u"examples"].toArray();
    // §1.3, §1.4 (as MARKETING and UTILITY), §1.5, §1.6, §1.7, §1.8.
    QCOMPARE(examples.size(), 7);
    int row = 0;
    for (const QJsonValue &e : examples) {
        QTest::addRow("%d %s", row++, qPrintable(e[u"source"].toString().left(40)))
            << e[u"definition"].toObject();
    }
}

void TestTemplateCreation::metaExamplesHaveNoError()
{
    QFETCH(QJsonObject, definition);
    const QList<Diagnostic> findings = TemplateCreation::check(definition);
    QVERIFY2(!hasErrors(findings), qPrintable(errorsOf(findings)));
}

void TestTemplateCreation::seedTemplatesHaveNoError_data()
{
    QTest::addColumn<QJsonObject>("definition");
    const QJsonArray seed = readObject(WACONSOLE_SIM_TEMPLATES)[u"data"].toArray();
    QVERIFY(seed.size() >= 25);
    for (const QJsonValue &t : seed) {
        QTest::addRow(
            "%s %s", qPrintable(t[u"name"].toString()), qPrintable(t[u"language"].toString()))
            << t.toObject();
    }
}

void TestTemplateCreation::seedTemplatesHaveNoError()
{
    QFETCH(QJsonObject, definition);
    const QList<Diagnostic> findings = TemplateCreation::check(definition);
    QVERIFY2(!hasErrors(findings), qPrintable(errorsOf(findings)));
}

void TestTemplateCreation::everyFindingIsWorded()
{
    // A field's finding names its field or its limit: never an empty or placeholder message.
    for (const QJsonValue &c : readObject(WACONSOLE_CREATION_CASES)[u"cases"].toArray()) {
        for (const Diagnostic &d : TemplateCreation::check(c[u"definition"].toObject())) {
            QVERIFY2(!d.message.isEmpty() && !d.message.contains(u"%1"_s), qPrintable(d.code));
            QVERIFY(!d.code.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestTemplateCreation)
#include "tst_templatecreation.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTreeWidget>

#include "windowfixture.h"

using namespace Qt::StringLiterals;
using namespace Wac;

/// The Problems list says where each problem is, so that repeated parts' problems differ.
class TestProblemPlaces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void cleanup() { m_f.stop(); }

    void templateVariablesAreNamed();
    void listRowsAreCounted();

private:
    QStringList problems() const;

    Test::WindowFixture m_f;
};

void TestProblemPlaces::init()
{
    const QString error = m_f.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QStringList TestProblemPlaces::problems() const
{
    QStringList out;
    auto *tree = m_f.window->findChild<QTreeWidget *>(u"problemsTreeWidget"_s);
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out.append(tree->topLevelItem(i)->text(0));
    return out;
}

void TestProblemPlaces::templateVariablesAreNamed()
{
    // coupon_offer: two body variables, a copy-code button and a URL button, all left empty.
    QVERIFY(m_f.useTemplate(u"coupon_offer"_s, u"en_US"_s));
    const QStringList expected = {u"Body variable {{1}}: \"text\" must not be empty."_s,
        u"Body variable {{2}}: \"text\" must not be empty."_s,
        u"Button 1: \"coupon_code\" must not be empty."_s,
        u"Button 2: \"text\" must not be empty."_s};
    QTRY_VERIFY2(problems().size() >= expected.size(), qPrintable(problems().join(u'|')));
    for (const QString &line : expected)
        QVERIFY2(problems().contains(line), qPrintable(problems().join(u'|')));
    const QStringList all = problems();
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
}

void TestProblemPlaces::listRowsAreCounted()
{
    m_f.window->setMessage(OutgoingMessage::fromJson(
        QJsonDocument::fromJson(R"({"messaging_product":"whatsapp","to":"+16505551234",
            "type":"interactive","interactive":{"type":"list","body":{"text":"Pick"},
            "action":{"button":"Menu","sections":[
              {"title":"Hot","rows":[{"id":"tea","title":"Tea"},{"title":"Soup"}]},
              {"title":"Cold","rows":[{"title":"Juice"}]}]}}})")
            .object()));
    QTRY_VERIFY2(problems().contains(u"Section 1, row 2: \"id\" is required."_s),
        qPrintable(problems().join(u'|')));
    QVERIFY2(problems().contains(u"Section 2, row 1: \"id\" is required."_s),
        qPrintable(problems().join(u'|')));
    const QStringList all = problems();
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
}

QTEST_MAIN(TestProblemPlaces)
#include "tst_problemplaces.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Where the builder's pages put their components: in Meta's order when new, in place when
// there, gone when empty, whatever case the definition spells types in.
#include "core/templates/componentplace.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject definitionOf(const QStringList &types)
{
    QJsonArray components;
    for (const QString &type : types)
        components.append(QJsonObject {{u"type"_s, type}});
    return {{u"name"_s, u"t"_s}, {u"components"_s, components}};
}

QStringList typesOf(const QJsonObject &definition)
{
    QStringList types;
    for (const QJsonValue &component : definition.value(u"components").toArray())
        types.append(component[u"type"].toString());
    return types;
}

} // namespace

class TestComponentPlace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void addsInMetasOrder_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QString>("added");
        QTest::addColumn<QStringList>("after");
        QTest::newRow("offer between header and body")
            << QStringList {u"HEADER"_s, u"BODY"_s} << u"LIMITED_TIME_OFFER"_s
            << QStringList {u"HEADER"_s, u"LIMITED_TIME_OFFER"_s, u"BODY"_s};
        QTest::newRow("offer first without header")
            << QStringList {u"body"_s, u"buttons"_s} << u"LIMITED_TIME_OFFER"_s
            << QStringList {u"LIMITED_TIME_OFFER"_s, u"body"_s, u"buttons"_s};
        QTest::newRow("buttons after footer")
            << QStringList {u"HEADER"_s, u"BODY"_s, u"FOOTER"_s} << u"BUTTONS"_s
            << QStringList {u"HEADER"_s, u"BODY"_s, u"FOOTER"_s, u"BUTTONS"_s};
        QTest::newRow("buttons before carousel") << QStringList {u"BODY"_s,
            u"CAROUSEL"_s} << u"BUTTONS"_s << QStringList {u"BODY"_s, u"BUTTONS"_s, u"CAROUSEL"_s};
        QTest::newRow("after an unknown kind")
            << QStringList {u"BODY"_s, u"CALL_PERMISSION_REQUEST"_s} << u"CAROUSEL"_s
            << QStringList {u"BODY"_s, u"CALL_PERMISSION_REQUEST"_s, u"CAROUSEL"_s};
        QTest::newRow("into nothing") << QStringList {} << u"BODY"_s << QStringList {u"BODY"_s};
    }

    void addsInMetasOrder()
    {
        QFETCH(QStringList, before);
        QFETCH(QString, added);
        QFETCH(QStringList, after);
        QJsonObject definition = definitionOf(before);
        Wac::ComponentPlace::put(definition, added, QJsonObject {{u"type"_s, added}});
        QCOMPARE(typesOf(definition), after);
        QCOMPARE(definition.value(u"name").toString(), u"t"_s);
    }

    void replacesAndRemovesInPlace()
    {
        QJsonObject definition = definitionOf({u"header"_s, u"buttons"_s, u"body"_s});
        QCOMPARE(Wac::ComponentPlace::pointerOf(definition, u"BUTTONS"), u"/components/1"_s);
        Wac::ComponentPlace::put(
            definition, u"BUTTONS", QJsonObject {{u"type"_s, u"buttons"_s}, {u"x"_s, 1}});
        QCOMPARE(typesOf(definition), (QStringList {u"header"_s, u"buttons"_s, u"body"_s}));
        QCOMPARE(Wac::ComponentPlace::find(definition, u"Buttons")[u"x"].toInt(), 1);
        Wac::ComponentPlace::put(definition, u"BUTTONS", {});
        QCOMPARE(typesOf(definition), (QStringList {u"header"_s, u"body"_s}));
        QVERIFY(Wac::ComponentPlace::pointerOf(definition, u"BUTTONS").isEmpty());
    }

    void emptyLeavesTheDefinitionAlone()
    {
        QJsonObject none {{u"name"_s, u"t"_s}};
        Wac::ComponentPlace::put(none, u"CAROUSEL", {});
        QCOMPARE(none, (QJsonObject {{u"name"_s, u"t"_s}}));
        // Components that are not an array stay for the check to name.
        QJsonObject wrong {{u"components"_s, u"oops"_s}};
        Wac::ComponentPlace::put(wrong, u"CAROUSEL", {});
        QCOMPARE(wrong.value(u"components").toString(), u"oops"_s);
    }

    void addingToComponentsThatAreNotAnArrayMakesOne()
    {
        // The check named the wrong value when it was loaded; what the user then writes on a
        // page is what they want, so it is kept rather than their typing.
        QJsonObject wrong {{u"components"_s, QJsonObject {{u"type"_s, u"BODY"_s}}}};
        Wac::ComponentPlace::put(wrong, u"FOOTER", QJsonObject {{u"type"_s, u"FOOTER"_s}});
        QCOMPARE(typesOf(wrong), QStringList {u"FOOTER"_s});
    }

    void pointersRelativeToAComponent()
    {
        using Wac::ComponentPlace::relative;
        QCOMPARE(relative(u"/components/1/text"_s, u"/components/1"_s), u"/text"_s);
        QCOMPARE(relative(u"/components/1"_s, u"/components/1"_s), QString());
        QVERIFY(!relative(u"/components/10/text"_s, u"/components/1"_s));
        QVERIFY(!relative(u"/name"_s, u"/components/1"_s));
    }
};

QTEST_APPLESS_MAIN(TestComponentPlace)
#include "tst_componentplace.moc"

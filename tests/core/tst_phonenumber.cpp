// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/phonenumber.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Wac::PhoneNumber::Problem)

class TestPhoneNumber final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceTable_data();
    void referenceTable();
    void problems_data();
    void problems();
};

// Reference §8: a business in India (+91) sending to these inputs.
void TestPhoneNumber::referenceTable_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("deliveredTo");
    QTest::addColumn<bool>("hasCountryCode");
    QTest::newRow("E.164") << u"+16315551234"_s << u"+16315551234"_s << true;
    QTest::newRow("formatted with +") << u"+1 (631) 555-1234"_s << u"+16315551234"_s << true;
    QTest::newRow("no country code") << u"(631) 555-1234"_s << u"+916315551234"_s << false;
    QTest::newRow("country code, no +") << u"1 (631) 555-1234"_s << u"+9116315551234"_s << false;
}

void TestPhoneNumber::referenceTable()
{
    QFETCH(QString, input);
    QFETCH(QString, deliveredTo);
    QFETCH(bool, hasCountryCode);
    const auto phone = Wac::PhoneNumber::parse(input);
    QVERIFY(phone.isValid());
    QCOMPARE(phone.hasCountryCode(), hasCountryCode);
    QCOMPARE(phone.normalized(u"+91"_s), deliveredTo);
    QCOMPARE(phone.input(), input);
}

void TestPhoneNumber::problems_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Wac::PhoneNumber::Problem>("problem");
    QTest::addColumn<QString>("unknownCountry");
    using P = Wac::PhoneNumber::Problem;
    QTest::newRow("empty") << QString() << P::Empty << u"+?"_s;
    QTest::newRow("only separators") << u" - ( ) "_s << P::Empty << u"+?"_s;
    QTest::newRow("letter") << u"+1 650 CALL NOW"_s << P::InvalidCharacter << u"+1650"_s;
    QTest::newRow("dot separator")
        << u"+1.650.555.1234"_s << P::InvalidCharacter << u"+16505551234"_s;
    QTest::newRow("plus inside") << u"44+7700900123"_s << P::MisplacedPlus << u"+?447700900123"_s;
    QTest::newRow("six digits") << u"+123456"_s << P::TooShort << u"+123456"_s;
    QTest::newRow("sixteen digits")
        << u"+1234567890123456"_s << P::TooLong << u"+1234567890123456"_s;
    QTest::newRow("wa_id digits") << u"16505551234"_s << P::None << u"+?16505551234"_s;
}

void TestPhoneNumber::problems()
{
    QFETCH(QString, input);
    QFETCH(Wac::PhoneNumber::Problem, problem);
    QFETCH(QString, unknownCountry);
    const auto phone = Wac::PhoneNumber::parse(input);
    QCOMPARE(phone.problem(), problem);
    QCOMPARE(phone.normalized(), unknownCountry);
}

QTEST_APPLESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"

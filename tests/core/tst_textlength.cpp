// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/textlength.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTextLength final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void graphemes_data();
    void graphemes();
    void singleEmoji_data();
    void singleEmoji();
};

void TestTextLength::graphemes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::newRow("ascii") << u"Hello"_s << 5;
    QTest::newRow("cyrillic") << u"Привет"_s << 6;
    QTest::newRow("combining accent") << u"e\u0301te\u0301"_s << 3;
    QTest::newRow("skin tone") << u"\U0001F44D\U0001F3FD"_s << 1;
    QTest::newRow("family ZWJ") << u"\U0001F468\u200D\U0001F469\u200D\U0001F467"_s << 1;
    QTest::newRow("flag") << u"\U0001F1E7\U0001F1F7"_s << 1;
    QTest::newRow("two flags") << u"\U0001F1E7\U0001F1F7\U0001F1F5\U0001F1F9"_s << 2;
    QTest::newRow("devanagari") << u"\u0928\u092E\u0938\u094D\u0924\u0947"_s << 3;
}

void TestTextLength::graphemes()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QCOMPARE(Wac::TextLength::graphemes(text), length);
}

void TestTextLength::singleEmoji_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("single");
    QTest::newRow("grinning") << u"\U0001F600"_s << true;
    QTest::newRow("heart with VS16") << u"\u2764\uFE0F"_s << true;
    QTest::newRow("skin tone") << u"\U0001F44D\U0001F3FF"_s << true;
    QTest::newRow("ZWJ profession") << u"\U0001F469\u200D\U0001F4BB"_s << true;
    QTest::newRow("flag") << u"\U0001F1FA\U0001F1E6"_s << true;
    QTest::newRow("keycap") << u"#\uFE0F\u20E3"_s << true;
    QTest::newRow("two emoji") << u"\U0001F600\U0001F600"_s << false;
    QTest::newRow("letter") << u"A"_s << false;
    QTest::newRow("digit") << u"1"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("emoji and space") << u"\U0001F600 "_s << false;
    QTest::newRow("lone regional indicator") << u"\U0001F1FA"_s << false;
}

void TestTextLength::singleEmoji()
{
    QFETCH(QString, text);
    QFETCH(bool, single);
    QCOMPARE(Wac::TextLength::isSingleEmoji(text), single);
}

QTEST_APPLESS_MAIN(TestTextLength)
#include "tst_textlength.moc"

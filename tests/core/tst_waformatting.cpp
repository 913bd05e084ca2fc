// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/waformatting.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wac::WaFormat;

class TestWaFormatting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inlineStyles_data();
    void inlineStyles();
    void blocks();
    void fences();
    void links();
};

namespace {

/// "text|styles" per span, e.g. "Hi |0", "there|1".
QStringList describe(const QList<Span> &spans)
{
    QStringList out;
    for (const Span &span : spans)
        out.append(span.text + u'|' + QString::number(span.styles));
    return out;
}

} // namespace

void TestWaFormatting::inlineStyles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("spans");

    QTest::newRow("bold") << u"Hi *there*"_s << QStringList {u"Hi |0"_s, u"there|1"_s};
    QTest::newRow("italic, strike")
        << u"_so_ ~not~"_s << QStringList {u"so|2"_s, u" |0"_s, u"not|4"_s};
    QTest::newRow("nested") << u"*_both_*"_s << QStringList {u"both|3"_s};
    QTest::newRow("inner word is not a marker")
        << u"2*3*4 and snake_case_name"_s << QStringList {u"2*3*4 and snake_case_name|0"_s};
    QTest::newRow("spaces inside the markers") << u"a * b * c"_s << QStringList {u"a * b * c|0"_s};
    QTest::newRow("unclosed") << u"*open"_s << QStringList {u"*open|0"_s};
    QTest::newRow("punctuation around")
        << u"(*yes*)!"_s << QStringList {u"(|0"_s, u"yes|1"_s, u")!|0"_s};
    QTest::newRow("inline code keeps markers")
        << u"run `*not bold*` now"_s << QStringList {u"run |0"_s, u"*not bold*|16"_s, u" now|0"_s};
    QTest::newRow("monospace on one line") << u"```mono```"_s << QStringList {u"mono|8"_s};
    QTest::newRow("emoji and Cyrillic")
        << u"*Привет* 👋"_s << QStringList {u"Привет|1"_s, u" 👋|0"_s};
}

void TestWaFormatting::inlineStyles()
{
    QFETCH(QString, text);
    QFETCH(QStringList, spans);
    const QList<Block> blocks = parse(text);
    QCOMPARE(blocks.size(), 1);
    QCOMPARE(describe(blocks.first().spans), spans);
}

void TestWaFormatting::blocks()
{
    const QList<Block> blocks = parse(u"> quoted\n- one\n* two\n12. twelve\nplain"_s);
    QCOMPARE(blocks.size(), 5);
    QCOMPARE(blocks.at(0).kind, BlockKind::Quote);
    QCOMPARE(blocks.at(0).text(), u"quoted"_s);
    QCOMPARE(blocks.at(1).kind, BlockKind::Bullet);
    QCOMPARE(blocks.at(1).marker, u"•"_s);
    QCOMPARE(blocks.at(2).text(), u"two"_s);
    QCOMPARE(blocks.at(3).kind, BlockKind::Numbered);
    QCOMPARE(blocks.at(3).marker, u"12."_s);
    QCOMPARE(blocks.at(3).text(), u"twelve"_s);
    QCOMPARE(blocks.at(4).kind, BlockKind::Paragraph);
}

void TestWaFormatting::fences()
{
    const QList<Block> blocks = parse(u"see\n```\nint *x = 0;\n_y_\n```\nend"_s);
    QCOMPARE(blocks.size(), 4);
    QCOMPARE(blocks.at(1).kind, BlockKind::CodeBlock);
    QCOMPARE(blocks.at(1).text(), u"int *x = 0;"_s);
    QCOMPARE(blocks.at(2).text(), u"_y_"_s); // no formatting inside
    QCOMPARE(blocks.at(3).text(), u"end"_s);
    // A fence that never closes is shown as typed.
    QCOMPARE(parse(u"```\nnot closed"_s).first().text(), u"```"_s);
}

void TestWaFormatting::links()
{
    const QList<Span> spans =
        parse(u"Track it at https://example.com/t/42. Or www.example.com!"_s).first().spans;
    QCOMPARE(describe(spans),
        (QStringList {u"Track it at |0"_s, u"https://example.com/t/42|32"_s, u". Or |0"_s,
            u"www.example.com|32"_s, u"!|0"_s}));
    QCOMPARE(spans.at(3).href, u"https://www.example.com"_s);
}

QTEST_APPLESS_MAIN(TestWaFormatting)
#include "tst_waformatting.moc"

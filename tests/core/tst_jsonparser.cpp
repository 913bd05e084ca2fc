// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsoninput.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

/// The one reader of users' JSON (JsonInput): strict where RFC 8259 is, never a changed value.
class TestJsonParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWhatRfc8259Forbids_data();
    void refusesWhatRfc8259Forbids();
    void refusesNumbersItCannotKeep_data();
    void refusesNumbersItCannotKeep();
    void keepsWhatRfc8259Allows_data();
    void keepsWhatRfc8259Allows();
    void duplicateKeyNamesKeyAndPlace();
    void positionIsLineAndColumnInCharacters();
    void deepNestingIsRefusedNotCrashed();
    void publishedExamplesReadAsQtReadsThem();
};

void TestJsonParser::refusesWhatRfc8259Forbids_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason");

    QTest::newRow("raw tab in a string")
        << QByteArray("{\"a\": \"x\ty\"}") << 9 << u"a raw control character (U+0009)"_s;
    QTest::newRow("raw newline in a string")
        << QByteArray("[\"x\ny\"]") << 4 << u"writes it escaped, as \\n"_s;
    QTest::newRow("NUL in a string") << QByteArray("[\"x\0y\"]", 7) << 4 << u"a NUL byte"_s;
    QTest::newRow(".5") << QByteArray("{\"a\": .5}") << 7 << u"0.5, not .5"_s;
    QTest::newRow("-.5") << QByteArray("[-.5]") << 3 << u"0.5, not .5"_s;
    QTest::newRow("1.") << QByteArray("{\"a\": 1.}") << 9 << u"1.0 or 1, not 1."_s;
    QTest::newRow("1e") << QByteArray("[1e]") << 4 << u"the exponent of a number needs digits"_s;
    QTest::newRow("leading zero") << QByteArray("[012]") << 2 << u"0 followed by more digits"_s;
    QTest::newRow("plus sign") << QByteArray("[+1]") << 2 << u"cannot start with +"_s;
    QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf{}") << 1 << u"byte order mark (U+FEFF)"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("[\"a\xff\"]") << 4 << u"0xff is not UTF-8"_s;
    QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\xaf\"]") << 3 << u"0xc0 is not UTF-8"_s;
    QTest::newRow("UTF-8 of a surrogate")
        << QByteArray("[\"\xed\xa0\x80\"]") << 3 << u"0xed is not UTF-8"_s;
    QTest::newRow("truncated UTF-8") << QByteArray("[\"\xe2\x82\"]") << 3 << u"not UTF-8"_s;
    QTest::newRow("unknown escape") << QByteArray(R"(["\x41"])") << 3 << u"\\x is not an escape"_s;
    QTest::newRow("short \\u") << QByteArray(R"(["\u12"])") << 3 << u"four hexadecimal digits"_s;
    QTest::newRow("single quotes") << QByteArray("{\"a\": 'b'}") << 7 << u"double quotes"_s;
    QTest::newRow("unquoted key") << QByteArray("{a: 1}") << 2 << u"'a' where a key"_s;
    QTest::newRow("trailing comma in an object")
        << QByteArray("{\"a\": 1,}") << 9 << u"trailing comma"_s;
    QTest::newRow("trailing comma in an array") << QByteArray("[1, ]") << 5 << u"trailing comma"_s;
    QTest::newRow("missing comma") << QByteArray("[1 2]") << 4 << u"'2' where a comma"_s;
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 6 << u"a colon (:)"_s;
    QTest::newRow("True") << QByteArray("[True]") << 2 << u"'T' where a value"_s;
    QTest::newRow("nul") << QByteArray("[nul]") << 2 << u"true, false and null"_s;
    QTest::newRow("NaN") << QByteArray("[NaN]") << 2 << u"'N' where a value"_s;
    QTest::newRow("text after the value") << QByteArray("{} x") << 4 << u"more after the end"_s;
    QTest::newRow("two values") << QByteArray("1 2") << 3 << u"more after the end"_s;
    QTest::newRow("empty") << QByteArray("") << 1 << u"ends where a value should be"_s;
    QTest::newRow("only spaces") << QByteArray(" \n ") << 2 << u"ends where a value should be"_s;
    QTest::newRow("form feed is not JSON space")
        << QByteArray("\f{}") << 1 << u"the byte 0x0c where a value"_s;
    QTest::newRow("unclosed string") << QByteArray("[\"abc") << 2 << u"never closed"_s;
    QTest::newRow("unclosed object") << QByteArray("{\"a\": 1") << 8 << u"ends inside an object"_s;
    QTest::newRow("unclosed array") << QByteArray("[1") << 3 << u"ends inside an array"_s;
    QTest::newRow("smart quotes") << QByteArray("{\xe2\x80\x9c"
                                                "a\xe2\x80\x9d: 1}")
                                  << 2 << u"““” (U+201c) where a key"_s;
}

void TestJsonParser::refusesWhatRfc8259Forbids()
{
    QFETCH(QByteArray, text);
    QFETCH(int, column);
    QFETCH(QString, reason);
    const Wac::JsonInput input = Wac::JsonInput::parse(text);
    QVERIFY2(!input.ok(), QJsonDocument(QJsonArray {input.value}).toJson().constData());
    QVERIFY2(input.error.contains(reason), qPrintable(input.error));
    QCOMPARE(input.column, column);
    QVERIFY2(input.error.startsWith(u"line %1, column %2: "_s.arg(input.line).arg(column)),
        qPrintable(input.error));
}

void TestJsonParser::refusesNumbersItCannotKeep_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("1e999") << QByteArray(R"({"x": 1e999})")
                           << u"/x: the number 1e999 is too large to keep"_s;
    QTest::newRow("-1e999") << QByteArray(R"({"x": -1e999})") << u"is too large to keep"_s;
    QTest::newRow("1e-999") << QByteArray(R"({"a": [1e-999]})")
                            << u"/a/0: the number 1e-999 is too small to keep: it would become 0"_s;
    QTest::newRow("2^53 + 1")
        << QByteArray(R"({"n": 9007199254740993})")
        << u"/n: the integer 9007199254740993 cannot be kept exactly: JSON numbers are exact only "
           "up to ±2^53 (9007199254740992), and it would become 9007199254740992"_s;
    QTest::newRow("-(2^53 + 1)") << QByteArray(R"({"n": -9007199254740993})")
                                 << u"would become -9007199254740992"_s;
    QTest::newRow("2^60, which a double holds but writes as another integer")
        << QByteArray(R"({"n": 1152921504606846976})") << u"would become 1152921504606847000"_s;
    QTest::newRow("beyond 64 bits") << QByteArray(R"({"n": 12345678901234567890})")
                                    << u"the integer 12345678901234567890 cannot be kept"_s;
    QTest::newRow("2^53 + 1 written with a point")
        << QByteArray(R"({"n": 9007199254740993.0})") << u"has more digits than"_s;
    QTest::newRow("more digits than a double")
        << QByteArray(R"({"t": {"x": 0.10000000000000000001}})")
        << u"/t/x: the number 0.10000000000000000001 has more digits than a JSON number keeps "
           "(about 17): it would become 0.1"_s;
    QTest::newRow("at the top level") << QByteArray("1e400") << u"the top level: the number"_s;
    QTest::newRow("a key with a slash")
        << QByteArray(R"({"a/b": 1e999})") << u"/a~1b: the number"_s;
}

void TestJsonParser::refusesNumbersItCannotKeep()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, reason);
    const Wac::JsonInput input = Wac::JsonInput::parse(text);
    QVERIFY(!input.ok());
    QVERIFY2(input.error.contains(reason), qPrintable(input.error));
    QVERIFY2(!input.error.contains(u"illegal number"_s), qPrintable(input.error));
}

void TestJsonParser::keepsWhatRfc8259Allows_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("a number at the top level") << QByteArray("42") << QJsonValue(42);
    QTest::newRow("a string at the top level") << QByteArray(" \"x\" ") << QJsonValue(u"x"_s);
    QTest::newRow("null") << QByteArray("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("2^53") << QByteArray("9007199254740992") << QJsonValue(qint64(9007199254740992));
    QTest::newRow("-2^53") << QByteArray("-9007199254740992")
                           << QJsonValue(qint64(-9007199254740992));
    QTest::newRow("1e2") << QByteArray("1e2") << QJsonValue(100.0);
    QTest::newRow("1E+2") << QByteArray("1E+2") << QJsonValue(100.0);
    QTest::newRow("1.0") << QByteArray("1.0") << QJsonValue(1.0);
    QTest::newRow("0.1") << QByteArray("0.1") << QJsonValue(0.1);
    QTest::newRow("-0") << QByteArray("-0") << QJsonValue(0);
    QTest::newRow("2.5e-3") << QByteArray("2.5e-3") << QJsonValue(0.0025);
    QTest::newRow("1e300") << QByteArray("1e300") << QJsonValue(1e300);
    QTest::newRow("the smallest double") << QByteArray("5e-324") << QJsonValue(5e-324);
    QTest::newRow("a latitude") << QByteArray("37.44216251868683") << QJsonValue(37.44216251868683);
    // Written with 17 significant digits (%.17g): the same double as its shortest form.
    QTest::newRow("a latitude in 17 digits")
        << QByteArray("37.774900000000002") << QJsonValue(37.7749);
    QTest::newRow("0.1 in 17 digits") << QByteArray("0.10000000000000001") << QJsonValue(0.1);
    // RFC 8259's grammar takes a lone surrogate's escape, and the console writes one so.
    QTest::newRow("an escaped lone surrogate") << QByteArray(
        R"(["\ud83c x"])") << QJsonValue(QJsonArray {QString(QString(QChar(0xd83c)) + u" x"_s)});
    QTest::newRow("escapes") << QByteArray(R"(["\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00\u0000"])")
                             << QJsonValue(QJsonArray {
                                    QString(u"\"\\/\b\f\n\r\t\u00e9\U0001F600"_s + QChar(0))});
    QTest::newRow("raw UTF-8") << QByteArray("[\"h\xc3\xa9 \xf0\x9f\x98\x80 \xe2\x82\xac\"]")
                               << QJsonValue(QJsonArray {u"hé 😀 €"_s});
    QTest::newRow("a BOM inside a string is a character")
        << QByteArray("[\"\xef\xbb\xbf\xef\xbb\xbf"
                      "a\\n\xef\xbb\xbf\"]")
        << QJsonValue(QJsonArray {
               QString(QString(QChar(0xfeff)) + QChar(0xfeff) + u"a\n"_s + QChar(0xfeff))});
    QTest::newRow("all four spaces") << QByteArray(" \t\r\n{ \"a\" :\t[ ] }\n")
                                     << QJsonValue(QJsonObject {{u"a"_s, QJsonArray()}});
}

void TestJsonParser::keepsWhatRfc8259Allows()
{
    QFETCH(QByteArray, text);
    QFETCH(QJsonValue, value);
    const Wac::JsonInput input = Wac::JsonInput::parse(text);
    QVERIFY2(input.ok(), qPrintable(input.error));
    QCOMPARE(input.value, value);
    // The same number comes back: integers are integers, digit for digit.
    QCOMPARE(QJsonDocument(QJsonArray {input.value}).toJson(QJsonDocument::Compact),
        QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
}

void TestJsonParser::duplicateKeyNamesKeyAndPlace()
{
    const QByteArray text = "{\n  \"a\": {\"b\": 1,\n    \"b\": 2}\n}";
    const Wac::JsonInput input = Wac::JsonInput::parse(text);
    QVERIFY(!input.ok());
    QCOMPARE(input.error, u"line 3, column 5: the key \"b\" appears twice in /a; remove one"_s);
    const Wac::JsonInput top = Wac::JsonInput::parse(R"({"to": "1", "to": "2"})");
    QVERIFY2(top.error.contains(u"the key \"to\" appears twice in the top level"_s),
        qPrintable(top.error));
}

void TestJsonParser::positionIsLineAndColumnInCharacters()
{
    // Columns count characters, not bytes: "é" and "😀" before the error are one and two
    // (UTF-16, as the editor counts them).
    const QByteArray text = "{\n  \"body\": \"h\xc3\xa9\",\n  \"x\": \xf0\x9f\x98\x80\n}";
    const Wac::JsonInput input = Wac::JsonInput::parse(text);
    QVERIFY(!input.ok());
    QCOMPARE(input.line, 3);
    QCOMPARE(input.column, 8);
}

void TestJsonParser::deepNestingIsRefusedNotCrashed()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const Wac::JsonInput input = Wac::JsonInput::parse(deep);
    QVERIFY(!input.ok());
    QVERIFY2(input.error.contains(u"nest more than 512 levels"_s), qPrintable(input.error));
    const QByteArray fine = QByteArray(512, '[') + QByteArray(512, ']');
    QVERIFY(Wac::JsonInput::parse(fine).ok());
}

// Meta's published request bodies and the console's own examples: strict reading takes every
// one of them, and reads the same values Qt's reader does.
void TestJsonParser::publishedExamplesReadAsQtReadsThem()
{
    int files = 0;
    for (const QString &dir : {u"" WACONSOLE_TEST_DATA_DIR ""_s, u"" WACONSOLE_EXAMPLES_DIR ""_s}) {
        QDirIterator it(dir, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QJsonParseError error {};
            const QJsonDocument qt = QJsonDocument::fromJson(bytes, &error);
            if (error.error != QJsonParseError::NoError)
                continue; // a fixture of broken JSON on purpose
            const Wac::JsonInput input = Wac::JsonInput::parse(bytes);
            QVERIFY2(input.ok(), qPrintable(file.fileName() + u": "_s + input.error));
            QCOMPARE(input.value, qt.isObject() ? QJsonValue(qt.object()) : QJsonValue(qt.array()));
            ++files;
        }
    }
    QVERIFY2(files > 50, qPrintable(QString::number(files)));
}

QTEST_APPLESS_MAIN(TestJsonParser)
#include "tst_jsonparser.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The one table of message types against the core layers that read it: every enum value has its
// entry, names round-trip, the validator knows every type, and every type has a valid Example.
#include "core/messagetype.h"
#include "core/outgoingmessage.h"
#include "core/validation/validator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Wac::MessageType)

namespace {

QString describe(const QList<Wac::Diagnostic> &diagnostics)
{
    QStringList lines;
    for (const Wac::Diagnostic &d : diagnostics)
        lines << d.pointer + u' ' + d.code + u' ' + d.message;
    return lines.join(u'\n');
}

} // namespace

class TestMessageTypeTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEnumValueHasOneEntry();
    void namesRoundTrip_data();
    void namesRoundTrip();

    void theValidatorKnowsEveryType_data() { namesRoundTrip_data(); }

    void theValidatorKnowsEveryType();

    void everyTypeHasAValidExample_data() { namesRoundTrip_data(); }

    void everyTypeHasAValidExample();
    void noExampleWithoutAType();
};

void TestMessageTypeTable::everyEnumValueHasOneEntry()
{
    QSet<QString> ids;
    for (int value = 0; value < int(Wac::MessageType::Unknown); ++value) {
        const auto type = Wac::MessageType(value);
        const Wac::MessageTypeInfo *info = Wac::messageTypeInfo(type);
        QVERIFY2(info, qPrintable(u"no table entry for enum value %1"_s.arg(value)));
        QCOMPARE(info->type, type);
        ids.insert(info->id.toString());
    }
    QCOMPARE(Wac::messageTypeTable().size(), int(Wac::MessageType::Unknown));
    QCOMPARE(ids.size(), Wac::messageTypeTable().size()); // no id twice
    QVERIFY(!Wac::messageTypeInfo(Wac::MessageType::Unknown));
}

void TestMessageTypeTable::namesRoundTrip_data()
{
    QTest::addColumn<Wac::MessageType>("type");
    for (const Wac::MessageTypeInfo &info : Wac::messageTypeTable())
        QTest::newRow(qPrintable(info.id.toString())) << info.type;
}

void TestMessageTypeTable::namesRoundTrip()
{
    QFETCH(Wac::MessageType, type);
    const Wac::MessageTypeInfo &info = *Wac::messageTypeInfo(type);
    QCOMPARE(Wac::messageTypeFromId(Wac::messageTypeId(type)), type);
    const bool interactive = info.group == Wac::MessageGroup::Interactive;
    QCOMPARE(Wac::isInteractive(type), interactive);
    QCOMPARE(Wac::isMedia(type), info.group == Wac::MessageGroup::Media);
    QCOMPARE(!info.interactive.isEmpty(), interactive);
    if (interactive) {
        QCOMPARE(info.id, QString(u"interactive."_s + info.interactive.toString()));
        QCOMPARE(Wac::interactiveTypeOf(info.interactive.toString()), type);
        QVERIFY(Wac::interactiveWireTypes().contains(info.interactive.toString()));
    } else if (type != Wac::MessageType::MarkAsRead) {
        QCOMPARE(info.id, info.wire);
    }
    if (type != Wac::MessageType::MarkAsRead)
        QVERIFY(Wac::wireTypes().contains(info.wire.toString()));
    QCOMPARE(Wac::OutgoingMessage::create(type).type(), type);
}

// The blank message of each type is incomplete, but its type is one the validator accepts.
void TestMessageTypeTable::theValidatorKnowsEveryType()
{
    QFETCH(Wac::MessageType, type);
    Wac::OutgoingMessage message = Wac::OutgoingMessage::create(type);
    const QList<Wac::Diagnostic> diagnostics = message.validate();
    for (const Wac::Diagnostic &d : diagnostics) {
        QVERIFY2(d.pointer != u"/type"_s && d.pointer != u"/interactive/type"_s,
            qPrintable(describe(diagnostics)));
        QVERIFY2(d.code != u"unknown"_s || d.pointer.count(u'/') > 1,
            qPrintable(describe(diagnostics))); // its content field is known
    }
}

void TestMessageTypeTable::everyTypeHasAValidExample()
{
    QFETCH(Wac::MessageType, type);
    QFile file(
        QStringLiteral(WACONSOLE_EXAMPLES_DIR) + u'/' + Wac::messageTypeId(type) + u".json"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(Wac::messageTypeOf(json.object()), type);
    QList<Wac::Diagnostic> errors = Wac::validate(json.object());
    errors.removeIf([](const Wac::Diagnostic &d) { return !d.isError(); });
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

void TestMessageTypeTable::noExampleWithoutAType()
{
    const QStringList files =
        QDir(QStringLiteral(WACONSOLE_EXAMPLES_DIR)).entryList({u"*.json"_s}, QDir::Files);
    QCOMPARE(files.size(), Wac::messageTypeTable().size());
    for (const QString &name : files) {
        QVERIFY2(
            Wac::messageTypeFromId(name.chopped(5)) != Wac::MessageType::Unknown, qPrintable(name));
    }
}

QTEST_APPLESS_MAIN(TestMessageTypeTable)
#include "tst_messagetypetable.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Walks the one table of message types through every layer above core: each type has its
// Example in the app's resources, a composer page that takes it, and a preview that draws it.
#include "core/messagetype.h"
#include "core/outgoingmessage.h"
#include "preview/previewrenderer.h"
#include "widgets/composer/composerpage.h"
#include "widgets/composer/composerregistry.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Wac::MessageType)

namespace {

std::optional<Wac::OutgoingMessage> example(Wac::MessageType type)
{
    QFile file(u":/examples/"_s + Wac::messageTypeId(type) + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return Wac::OutgoingMessage::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

/// What the preview draws for the message itself, leaving out the wallpaper and the date chip.
QList<Wac::SceneItem> messageItems(const Wac::PreviewScene &scene)
{
    QList<Wac::SceneItem> items;
    for (const Wac::SceneItem &item : scene.items) {
        if (item.kind != Wac::SceneItem::Kind::Wallpaper && item.role != u"date"_s
            && item.kind != Wac::SceneItem::Kind::Fill)
            items << item;
    }
    return items;
}

} // namespace

class TestMessageTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void theRegistryHasAPageForEachType_data() { addTypes(); }

    void theRegistryHasAPageForEachType();

    void eachTypeHasAValidExample_data() { addTypes(); }

    void eachTypeHasAValidExample();

    void thePreviewDrawsEachType_data() { addTypes(); }

    void thePreviewDrawsEachType();
    void theRegistryFollowsTheTable();

private:
    static void addTypes();
};

void TestMessageTypes::addTypes()
{
    QTest::addColumn<Wac::MessageType>("type");
    for (const Wac::MessageTypeInfo &info : Wac::messageTypeTable())
        QTest::newRow(qPrintable(info.id.toString())) << info.type;
}

void TestMessageTypes::theRegistryHasAPageForEachType()
{
    QFETCH(Wac::MessageType, type);
    const Wac::ComposerEntry *found = nullptr;
    for (const Wac::ComposerEntry &entry : Wac::composerEntries()) {
        if (entry.type == type)
            found = &entry;
    }
    QVERIFY(found);
    QVERIFY(qstrlen(found->title) > 0);
    QVERIFY(Wac::composerTitle(type) != u"Other type"_s);
    const bool grouped = Wac::isMedia(type) || Wac::isInteractive(type);
    QCOMPARE(found->group != nullptr, grouped);
    QWidget parent;
    Wac::ComposerPage *page = found->create(&parent);
    QVERIFY(page);
    QCOMPARE(page->messageType(), type);
    const std::optional<Wac::OutgoingMessage> message = example(type);
    QVERIFY(message);
    page->setMessage(*message);
    QCOMPARE(page->message().type(), type);
}

void TestMessageTypes::eachTypeHasAValidExample()
{
    QFETCH(Wac::MessageType, type);
    const std::optional<Wac::OutgoingMessage> message = example(type);
    QVERIFY2(message, qPrintable(Wac::messageTypeId(type)));
    QCOMPARE(message->type(), type);
    for (const Wac::Diagnostic &d : message->validate())
        QVERIFY2(!d.isError(), qPrintable(d.pointer + u' ' + d.message));
}

void TestMessageTypes::thePreviewDrawsEachType()
{
    QFETCH(Wac::MessageType, type);
    const std::optional<Wac::OutgoingMessage> message = example(type);
    QVERIFY(message);
    for (const Wac::OutgoingMessage &m : {*message, Wac::OutgoingMessage::create(type)}) {
        const Wac::PreviewScene scene = Wac::renderPreview(m, {});
        QVERIFY(!scene.roles().contains(u"unknown"_s)); // not "cannot draw … messages yet"
        QVERIFY(!messageItems(scene).isEmpty());
    }
    QStringList roles = Wac::renderPreview(*message, {}).roles();
    roles.removeAll(u"date"_s);
    QVERIFY2(!roles.isEmpty(), "the Example shows no text of its own");
}

void TestMessageTypes::theRegistryFollowsTheTable()
{
    QList<Wac::MessageType> listed;
    for (const Wac::ComposerEntry &entry : Wac::composerEntries())
        listed << entry.type;
    QCOMPARE(listed, Wac::allMessageTypes());
}

QTEST_MAIN(TestMessageTypes)
#include "tst_messagetypes.moc"

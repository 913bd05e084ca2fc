// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// A conversation's messages as the thread draws them: theirs on the left with their words, a
// reply quoting the real message, media as fetched or why not, a type this build does not
// know said so; ours on the right with ticks for each status, why it failed, reactions on it.
#include "preview/previewrenderer.h"
#include "preview/threadrenderer.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using Wac::PreviewIcon;
using Wac::ThreadBubble;

namespace {

ThreadBubble theirs(const QString &type, const QJsonObject &part, const QString &text)
{
    ThreadBubble b;
    b.inbound = true;
    b.time = u"09:41"_s;
    b.type = type;
    b.text = text;
    b.json = {{u"type"_s, type}, {type, part}};
    return b;
}

ThreadBubble ours(PreviewIcon ticks)
{
    ThreadBubble b;
    b.inbound = false;
    b.time = u"09:42"_s;
    b.ticks = ticks;
    b.json = {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, u"+16505551234"_s},
        {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, u"On its way"_s}}}};
    return b;
}

QString tickOf(const Wac::PreviewScene &scene)
{
    for (const Wac::SceneItem &item : scene.items) {
        if (item.role == u"ticks"_s)
            return item.text;
    }
    return {};
}

/// The left edge of the bubble drawn: theirs near the left, ours near the right.
qreal bubbleLeft(const Wac::PreviewScene &scene)
{
    for (const Wac::SceneItem &item : scene.items) {
        if (item.kind == Wac::SceneItem::Kind::Bubble)
            return item.rect.left();
    }
    return -1;
}

} // namespace

class TestThreadPreview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theirsLeftOursRight();
    void ticksFollowTheStatus_data();
    void ticksFollowTheStatus();
    void aFailureSaysWhy();
    void theirReplyQuotesOurMessage();
    void mediaStates();
    void unknownTypeIsSaidSo();
    void reactionsAndNotices();
    void aReplyPreviewQuotesTheCustomersWords();
    void aTeammatesReplyNamesThemWhole();
};

void TestThreadPreview::theirsLeftOursRight()
{
    Wac::PreviewOptions options;
    options.width = 400;
    const Wac::PreviewScene in = Wac::renderThreadBubble(
        theirs(u"text"_s, {{u"body"_s, u"Where is my order?"_s}}, u"Where is my order?"_s),
        options);
    QCOMPARE(in.texts(u"body"_s), QStringList {u"Where is my order?"_s});
    QVERIFY(in.texts(u"time"_s).contains(u"09:41"_s));
    QVERIFY(tickOf(in).isEmpty());
    QVERIFY(bubbleLeft(in) < 40);
    const Wac::PreviewScene out = Wac::renderThreadBubble(ours(PreviewIcon::TickSent), options);
    QCOMPARE(out.texts(u"body"_s), QStringList {u"On its way"_s});
    QVERIFY(bubbleLeft(out) > 150);
    QCOMPARE(out.size.width(), 400.0);
    QVERIFY(out.size.height() > 20 && out.size.height() < 90);
}

// In a team's thread each reply says who wrote it beside its time; the name is not cut, and
// the bubble is wide enough to hold it beside the ticks.
void TestThreadPreview::aTeammatesReplyNamesThemWhole()
{
    Wac::PreviewOptions options;
    options.width = 400;
    ThreadBubble b = ours(PreviewIcon::TicksRead);
    b.time = u"Marta Fernández · 09:42"_s;
    const Wac::PreviewScene out = Wac::renderThreadBubble(b, options);
    QCOMPARE(out.texts(u"time"_s), QStringList {b.time});
    QCOMPARE(tickOf(out), u"read"_s);
    for (const Wac::SceneItem &item : out.items) {
        if (item.role == u"time"_s)
            QVERIFY(item.rect.right() <= out.size.width());
    }
}

void TestThreadPreview::ticksFollowTheStatus_data()
{
    QTest::addColumn<PreviewIcon>("ticks");
    QTest::addColumn<QString>("said");
    QTest::newRow("pending") << PreviewIcon::Clock << u"pending"_s;
    QTest::newRow("sent") << PreviewIcon::TickSent << u"sent"_s;
    QTest::newRow("delivered") << PreviewIcon::TicksSent << u"delivered"_s;
    QTest::newRow("read") << PreviewIcon::TicksRead << u"read"_s;
    QTest::newRow("failed") << PreviewIcon::Failed << u"failed"_s;
}

void TestThreadPreview::ticksFollowTheStatus()
{
    QFETCH(PreviewIcon, ticks);
    QFETCH(QString, said);
    QCOMPARE(tickOf(Wac::renderThreadBubble(ours(ticks), {})), said);
}

void TestThreadPreview::aFailureSaysWhy()
{
    ThreadBubble b = ours(PreviewIcon::Failed);
    b.failure = u"Not delivered: the customer's 24-hour window is closed. (#131047)"_s;
    const Wac::PreviewScene scene = Wac::renderThreadBubble(b, {});
    QCOMPARE(scene.texts(u"failure"_s).join(u' '), b.failure);
}

void TestThreadPreview::theirReplyQuotesOurMessage()
{
    ThreadBubble b = theirs(u"text"_s, {{u"body"_s, u"Thanks!"_s}}, u"Thanks!"_s);
    b.quote = Wac::PreviewOptions::Quote {u"You"_s, u"On its way"_s};
    const Wac::PreviewScene scene = Wac::renderThreadBubble(b, {});
    QCOMPARE(scene.texts(u"quote.name"_s), QStringList {u"You"_s});
    QCOMPARE(scene.texts(u"quote"_s), QStringList {u"On its way"_s});
}

void TestThreadPreview::mediaStates()
{
    const QJsonObject image {
        {u"id"_s, u"1037"_s}, {u"mime_type"_s, u"image/jpeg"_s}, {u"caption"_s, u"The box"_s}};
    ThreadBubble b = theirs(u"image"_s, image, u"The box"_s);
    b.media = ThreadBubble::Media::Fetching;
    Wac::PreviewScene scene = Wac::renderThreadBubble(b, {});
    QCOMPARE(scene.texts(u"caption"_s), QStringList {u"The box"_s});
    QCOMPARE(scene.texts(u"media.state"_s), QStringList {u"fetching…"_s});
    b.media = ThreadBubble::Media::Failed;
    b.mediaError = u"HTTP 404"_s;
    scene = Wac::renderThreadBubble(b, {});
    QCOMPARE(scene.texts(u"media.state"_s), QStringList {u"could not be fetched: HTTP 404"_s});
    // Fetched by another console of the team: the bubble says how to have it here.
    b.media = ThreadBubble::Media::Elsewhere;
    scene = Wac::renderThreadBubble(b, {});
    QCOMPARE(scene.texts(u"media.state"_s),
        QStringList {u"not on this computer: right-click to fetch it here"_s});
    QCOMPARE(scene.texts(u"caption"_s), QStringList {u"The box"_s});
    b.media = ThreadBubble::Media::Fetched;
    b.picture = QImage(40, 30, QImage::Format_ARGB32_Premultiplied);
    b.picture.fill(Qt::red);
    scene = Wac::renderThreadBubble(b, {});
    QVERIFY(scene.texts(u"media.state"_s).isEmpty());
    QVERIFY(std::any_of(scene.items.cbegin(), scene.items.cend(),
        [](const Wac::SceneItem &i) { return i.kind == Wac::SceneItem::Kind::Picture; }));
    const ThreadBubble document = theirs(u"document"_s,
        {{u"filename"_s, u"invoice.pdf"_s}, {u"mime_type"_s, u"application/pdf"_s}},
        u"invoice.pdf"_s);
    QCOMPARE(
        Wac::renderThreadBubble(document, {}).texts(u"document"_s), QStringList {u"invoice.pdf"_s});
}

void TestThreadPreview::unknownTypeIsSaidSo()
{
    ThreadBubble b = theirs(u"hologram"_s, {{u"depth"_s, 3}}, QString());
    b.understood = false;
    const QStringList said = Wac::renderThreadBubble(b, {}).texts(u"unknown"_s);
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().contains(u"not understood by this version"_s), qPrintable(said.first()));
    QVERIFY(said.first().contains(u"hologram"_s));
}

void TestThreadPreview::reactionsAndNotices()
{
    ThreadBubble b = ours(PreviewIcon::TicksRead);
    b.reactions = QStringList {u"👍"_s};
    QCOMPARE(Wac::renderThreadBubble(b, {}).texts(u"reaction"_s), QStringList {u"👍"_s});
    // A reaction whose message is not drawn is a line of its own.
    const ThreadBubble alone =
        theirs(u"reaction"_s, {{u"message_id"_s, u"wamid.OLD"_s}, {u"emoji"_s, u"❤"_s}}, u"❤"_s);
    const QStringList line = Wac::renderThreadBubble(alone, {}).texts(u"notice"_s);
    QCOMPARE(line.size(), 1);
    QVERIFY(line.first().contains(u"❤"_s));
    const ThreadBubble location = theirs(u"location"_s,
        {{u"latitude"_s, 38.9}, {u"longitude"_s, -77.0}, {u"name"_s, u"Main St store"_s},
            {u"address"_s, u"1 Main St"_s}},
        u"Main St store · 1 Main St"_s);
    const Wac::PreviewScene place = Wac::renderThreadBubble(location, {});
    QCOMPARE(place.texts(u"location.name"_s), QStringList {u"Main St store"_s});
    QCOMPARE(place.texts(u"location.address"_s), QStringList {u"1 Main St"_s});
    QJsonObject reply {{u"type"_s, u"list_reply"_s},
        {u"list_reply"_s,
            QJsonObject {{u"id"_s, u"r1"_s}, {u"title"_s, u"Tomorrow"_s},
                {u"description"_s, u"9 to 12"_s}}}};
    const Wac::PreviewScene row =
        Wac::renderThreadBubble(theirs(u"interactive"_s, reply, u"Tomorrow"_s), {});
    QCOMPARE(row.texts(u"body"_s), QStringList {u"Tomorrow"_s});
    QCOMPARE(row.texts(u"reply.description"_s), QStringList {u"9 to 12"_s});
}

void TestThreadPreview::aReplyPreviewQuotesTheCustomersWords()
{
    Wac::OutgoingMessage reply = Wac::OutgoingMessage::create(Wac::MessageType::Text);
    reply.setRecipient(u"+16505551234"_s);
    reply.setReplyTo(u"wamid.THEIRS"_s);
    Wac::TextPayload text;
    text.body = u"Tomorrow morning"_s;
    reply.setText(text);
    Wac::PreviewOptions options;
    QVERIFY(Wac::renderPreview(reply, options).texts(u"quote"_s).first().contains(u"wamid"_s));
    options.quotes.insert(u"wamid.THEIRS"_s, {u"Pablo Morales"_s, u"Where is my order?"_s});
    const Wac::PreviewScene scene = Wac::renderPreview(reply, options);
    QCOMPARE(scene.texts(u"quote.name"_s), QStringList {u"Pablo Morales"_s});
    QCOMPARE(scene.texts(u"quote"_s), QStringList {u"Where is my order?"_s});
}

QTEST_MAIN(TestThreadPreview)
#include "tst_threadpreview.moc"

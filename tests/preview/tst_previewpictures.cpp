// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Pictures that used to look broken: a removed reaction's label, a message with nothing in it
// yet, an uploaded picture the preview could not fetch, and emoji drawn as grey text glyphs.
#include "preview/previewrenderer.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Wac::PreviewTheme)

namespace {

const QColor red(0xd0, 0x20, 0x20);
const QColor blue(0x20, 0x40, 0xd0);

Wac::OutgoingMessage message(const char *json)
{
    return Wac::OutgoingMessage::fromJson(QJsonDocument::fromJson(json).object());
}

/// Red on the left, blue on the right: colours no part of the preview has.
QImage redAndBlue(QSize size = QSize(400, 300))
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    p.fillRect(QRect(0, 0, size.width() / 2, size.height()), red);
    p.fillRect(QRect(size.width() / 2, 0, size.width() - size.width() / 2, size.height()), blue);
    return image;
}

/// How many pixels are `colour` (within antialiasing), and the mean x of those.
QPair<int, qreal> find(const QImage &image, const QColor &colour)
{
    int count = 0;
    qreal x = 0;
    for (int row = 0; row < image.height(); ++row) {
        for (int col = 0; col < image.width(); ++col) {
            const QColor c = image.pixelColor(col, row);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green())
                    + std::abs(c.blue() - colour.blue())
                < 20) {
                ++count;
                x += col;
            }
        }
    }
    return {count, count ? x / count : 0};
}

void addThemes()
{
    QTest::addColumn<Wac::PreviewTheme>("theme");
    QTest::newRow("light") << Wac::PreviewTheme::Light;
    QTest::newRow("dark") << Wac::PreviewTheme::Dark;
}

} // namespace

class TestPreviewPictures final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void removedReactionFitsItsBadge_data() { addThemes(); }

    void removedReactionFitsItsBadge();

    void emptyTextShowsAHint_data() { addThemes(); }

    void emptyTextShowsAHint();
    void uploadedPictureIsDrawn_data();
    void uploadedPictureIsDrawn();
    void emojiAreInColourEverywhere_data();
    void emojiAreInColourEverywhere();
};

void TestPreviewPictures::removedReactionFitsItsBadge()
{
    QFETCH(Wac::PreviewTheme, theme);
    Wac::PreviewOptions options;
    options.theme = theme;
    const Wac::PreviewScene scene = Wac::renderPreview(
        message(R"({"messaging_product": "whatsapp", "to": "+16505551234", "type": "reaction",
                    "reaction": {"message_id": "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA",
                                 "emoji": ""}})"),
        options);
    QCOMPARE(scene.texts(u"reaction"_s), QStringList {u"Reaction removed"_s});
    const auto label = std::find_if(scene.items.cbegin(), scene.items.cend(),
        [](const Wac::SceneItem &item) { return item.role == u"reaction"_s; });
    QCOMPARE(label->layout->lineCount(), 1); // not wrapped letter by letter
    const QTextLine line = label->layout->lineAt(0);
    const QRectF drawn = QRectF(label->rect.topLeft() + QPointF(line.x(), line.y()),
        QSizeF(line.naturalTextWidth(), line.height()));
    const auto badge = std::find_if(scene.items.cbegin(), label, [&](const Wac::SceneItem &item) {
        return item.kind == Wac::SceneItem::Kind::Fill && item.rect.intersects(drawn);
    });
    QVERIFY(badge != label);
    QVERIFY2(badge->rect.contains(drawn),
        qPrintable(u"%1 wide in a badge %2 wide"_s.arg(drawn.width()).arg(badge->rect.width())));
}

void TestPreviewPictures::emptyTextShowsAHint()
{
    QFETCH(Wac::PreviewTheme, theme);
    Wac::PreviewOptions options;
    options.theme = theme;
    for (const char *json : {R"({"messaging_product": "whatsapp", "type": "text",
                                 "text": {"body": ""}})",
             R"({"messaging_product": "whatsapp", "type": "text", "text": {"body": "  \n "}})"}) {
        const Wac::PreviewScene scene = Wac::renderPreview(message(json), options);
        QCOMPARE(
            scene.texts(u"empty"_s), QStringList {u"Nothing to preview yet: type the message"_s});
        for (const Wac::SceneItem &item : scene.items)
            QVERIFY(item.kind != Wac::SceneItem::Kind::Bubble); // no empty bubble
    }
}

void TestPreviewPictures::uploadedPictureIsDrawn_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QImage>("picture");
    QTest::addColumn<bool>("drawn");
    const QJsonObject id {{u"id"_s, u"1037543291543636"_s}};
    const auto media = [&](const QString &type) {
        return QJsonObject {{u"messaging_product"_s, u"whatsapp"_s}, {u"type"_s, type}, {type, id}};
    };
    const QJsonObject buttons = QJsonDocument::fromJson(R"({"messaging_product": "whatsapp",
        "type": "interactive", "interactive": {"type": "button", "body": {"text": "Like it?"},
        "header": {"type": "image", "image": {"id": "1037543291543636"}},
        "action": {"buttons": [{"type": "reply", "reply": {"id": "y", "title": "Yes"}}]}}})")
                                    .object();
    QTest::newRow("image") << media(u"image"_s) << redAndBlue() << true;
    QTest::newRow("tall image") << media(u"image"_s) << redAndBlue(QSize(300, 900)) << true;
    QTest::newRow("sticker") << media(u"sticker"_s) << redAndBlue(QSize(512, 512)) << true;
    QTest::newRow("reply buttons' header") << buttons << redAndBlue() << true;
    QTest::newRow("video keeps its placeholder") << media(u"video"_s) << redAndBlue() << false;
}

void TestPreviewPictures::uploadedPictureIsDrawn()
{
    QFETCH(QJsonObject, payload);
    QFETCH(QImage, picture);
    QFETCH(bool, drawn);
    const Wac::OutgoingMessage media = Wac::OutgoingMessage::fromJson(payload);
    Wac::PreviewOptions options;
    QCOMPARE(find(Wac::renderPreviewImage(media, options), red).first, 0);
    options.mediaImages.insert(u"1037543291543636"_s, picture);
    options.mediaImages.insert(u"another"_s, QImage());
    const QImage image = Wac::renderPreviewImage(media, options);
    const auto [reds, redX] = find(image, red);
    const auto [blues, blueX] = find(image, blue);
    if (!drawn) {
        QCOMPARE(reds + blues, 0);
        return;
    }
    // Both halves, side by side, each a good part of the box.
    QVERIFY2(reds > 5000 && blues > 5000, qPrintable(u"%1 red, %2 blue"_s.arg(reds).arg(blues)));
    QVERIFY(redX < blueX);
    QVERIFY(std::abs(reds - blues) < reds / 5);
}

void TestPreviewPictures::emojiAreInColourEverywhere_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("hue"); ///< of the emoji's main colour
    QTest::newRow("heart in a text") << QByteArray(R"({"messaging_product": "whatsapp",
        "type": "text", "text": {"body": "We ❤️ you"}})")
                                     << 0;
    QTest::newRow("bold heart") << QByteArray(R"({"messaging_product": "whatsapp",
        "type": "text", "text": {"body": "*Thanks ❤️*"}})")
                                << 0;
    QTest::newRow("star, emoji without FE0F") << QByteArray(R"({"messaging_product": "whatsapp",
        "type": "text", "text": {"body": "Rated ⭐"}})")
                                              << 45;
    QTest::newRow("reaction") << QByteArray(R"({"messaging_product": "whatsapp",
        "type": "reaction", "reaction": {"message_id": "wamid.X", "emoji": "❤️"}})")
                              << 0;
}

void TestPreviewPictures::emojiAreInColourEverywhere()
{
    QFETCH(QByteArray, json);
    QFETCH(int, hue);
    for (const auto theme : {Wac::PreviewTheme::Light, Wac::PreviewTheme::Dark}) {
        Wac::PreviewOptions options;
        options.theme = theme;
        const QImage image = Wac::renderPreviewImage(message(json.constData()), options);
        int coloured = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                const int distance = std::abs(c.hsvHue() - hue);
                coloured += c.hsvSaturation() > 150 && c.value() > 120
                        && std::min(distance, 360 - distance) < 12
                    ? 1
                    : 0;
            }
        }
        QVERIFY2(coloured > 40, qPrintable(QString::number(coloured)));
    }
}

QTEST_MAIN(TestPreviewPictures)
#include "tst_previewpictures.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// How the preview draws whatever message it shows: read ticks, both themes' wallpaper, colour
// emoji, right-to-left text, wrapping of long words and URLs, and HiDPI.
#include "preview/previewrenderer.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QTest>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject example(const QString &name)
{
    QFile file(QStringLiteral(WACONSOLE_EXAMPLES_DIR) + u'/' + name + u".json"_s);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

} // namespace

class TestPreviewLook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markAsReadShowsBlueTicks();
    void themesLookDifferent();
    void emojiAreInColour();
    void rightToLeftTextIsRightToLeft();
    void longWordsAndUrlsWrap();
    void longWordBreaksAnywhereOtherWordsAtSpaces();
    void hiDpiDoublesThePixels();
};

void TestPreviewLook::markAsReadShowsBlueTicks()
{
    const Wac::OutgoingMessage read =
        Wac::OutgoingMessage::fromJson(Wac::Test::loadValidPayload(u"ref-typing-indicator"_s));
    const Wac::PreviewScene scene = Wac::renderPreview(read, {});
    bool blue = false;
    for (const Wac::SceneItem &item : scene.items)
        blue = blue || (item.role == u"ticks"_s && item.text == u"read"_s);
    QVERIFY(blue);
    QCOMPARE(scene.texts(u"typing"_s).size(), 1);
}

void TestPreviewLook::themesLookDifferent()
{
    const Wac::OutgoingMessage text = Wac::OutgoingMessage::fromJson(example(u"text"_s));
    Wac::PreviewOptions options;
    const QImage light = Wac::renderPreviewImage(text, options);
    options.theme = Wac::PreviewTheme::Dark;
    const QImage dark = Wac::renderPreviewImage(text, options);
    // The wallpaper's corner, within a little tolerance for antialiasing.
    const auto near = [](QColor a, QColor b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
            + std::abs(a.blue() - b.blue())
            < 12;
    };
    QVERIFY(near(light.pixelColor(1, 1), QColor(0xef, 0xea, 0xe2)));
    QVERIFY(near(dark.pixelColor(1, 1), QColor(0x0b, 0x14, 0x1a)));
}

void TestPreviewLook::emojiAreInColour()
{
    QJsonObject payload = example(u"text"_s);
    payload.insert(u"text"_s, QJsonObject {{u"body"_s, u"👍👍👍"_s}});
    const QImage image = Wac::renderPreviewImage(Wac::OutgoingMessage::fromJson(payload), {});
    // The thumbs are yellow: strongly saturated pixels that neither bubble nor text has.
    int yellow = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            yellow += c.hsvSaturation() > 150 && c.hsvHue() >= 35 && c.hsvHue() <= 55 ? 1 : 0;
        }
    }
    QVERIFY2(yellow > 50, qPrintable(QString::number(yellow)));
}

void TestPreviewLook::rightToLeftTextIsRightToLeft()
{
    QJsonObject payload = example(u"text"_s);
    payload.insert(u"text"_s, QJsonObject {{u"body"_s, u"مرحبا، طلبك في الطريق"_s}});
    const Wac::PreviewScene scene = Wac::renderPreview(Wac::OutgoingMessage::fromJson(payload), {});
    for (const Wac::SceneItem &item : scene.items) {
        if (item.role == u"body"_s)
            QCOMPARE(item.layout->textOption().textDirection(), Qt::RightToLeft);
    }
    QCOMPARE(scene.texts(u"body"_s).size(), 1);
}

void TestPreviewLook::longWordsAndUrlsWrap()
{
    QJsonObject payload = example(u"text"_s);
    payload.insert(u"text"_s,
        QJsonObject {{u"body"_s, QString(u"https://example.com/"_s + QString(300, u'a'))}});
    Wac::PreviewOptions options;
    const Wac::PreviewScene scene =
        Wac::renderPreview(Wac::OutgoingMessage::fromJson(payload), options);
    for (const Wac::SceneItem &item : scene.items) {
        if (item.role != u"body"_s)
            continue;
        QVERIFY(item.layout->lineCount() > 3);
        for (int i = 0; i < item.layout->lineCount(); ++i)
            QVERIFY(item.layout->lineAt(i).naturalTextWidth() <= item.rect.width() + 0.5);
        QVERIFY(item.rect.right() < options.width); // nothing leaves the screen
    }
}

void TestPreviewLook::longWordBreaksAnywhereOtherWordsAtSpaces()
{
    // A word over the long-run threshold is broken anywhere; the words around it still wrap at
    // spaces, as they would with the long word absent.
    const QString longWord(600, u'x');
    const QString body = u"normal words before it "_s + longWord
        + u" and a few more ordinary words after it, enough to wrap over two lines"_s;
    QJsonObject payload = example(u"text"_s);
    payload.insert(u"text"_s, QJsonObject {{u"body"_s, body}});
    const Wac::PreviewScene scene =
        Wac::renderPreview(Wac::OutgoingMessage::fromJson(payload), Wac::PreviewOptions {});
    const int longStart = body.indexOf(longWord);
    const int longEnd = longStart + longWord.size();
    int lines = 0;
    for (const Wac::SceneItem &item : scene.items) {
        if (item.role != u"body"_s)
            continue;
        const QString text = item.layout->text();
        const int offset = text.indexOf(u"normal"_s);
        QVERIFY(offset >= 0);
        for (int i = 0; i < item.layout->lineCount(); ++i, ++lines) {
            const QTextLine line = item.layout->lineAt(i);
            const int start = line.textStart() - offset;
            const bool inLongWord = start > longStart && start < longEnd;
            const bool atWordStart = start <= 0 || body.at(start - 1) == u' ';
            QVERIFY2(inLongWord || atWordStart, qPrintable(u"line %1 starts mid-word"_s.arg(i)));
            const int end = start + line.textLength();
            if (end > longStart && end < longEnd) // a break inside the long word: the line is full
                QVERIFY(line.naturalTextWidth() > item.rect.width() * 0.8);
        }
    }
    QVERIFY(lines > 6);
}

void TestPreviewLook::hiDpiDoublesThePixels()
{
    const Wac::OutgoingMessage text = Wac::OutgoingMessage::fromJson(example(u"text"_s));
    Wac::PreviewOptions options;
    options.width = 400;
    const QImage one = Wac::renderPreviewImage(text, options);
    options.scale = 2;
    const QImage two = Wac::renderPreviewImage(text, options);
    QCOMPARE(one.width(), 400);
    QCOMPARE(two.width(), 800);
    QCOMPARE(two.height(), one.height() * 2);
    QCOMPARE(two.devicePixelRatio(), 2.0);
}

QTEST_MAIN(TestPreviewLook)
#include "tst_previewlook.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/mediaparts.h"

#include "preview/previewtr.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Wac::MediaParts {

namespace {

SceneItem fill(QRectF rect, QColor color, qreal radius = 0)
{
    SceneItem item;
    item.kind = SceneItem::Kind::Fill;
    item.rect = rect;
    item.color = color;
    item.radius = radius;
    return item;
}

SceneItem icon(PreviewIcon kind, QRectF rect, QColor color)
{
    SceneItem item;
    item.kind = SceneItem::Kind::Icon;
    item.icon = kind;
    item.rect = rect;
    item.color = color;
    return item;
}

SceneItem picture(const QImage &image, QRectF rect, qreal radius)
{
    SceneItem item;
    item.kind = SceneItem::Kind::Picture;
    item.image = image;
    item.rect = rect;
    item.radius = radius;
    return item;
}

QRectF centered(QPointF center, qreal side)
{
    return QRectF(center.x() - side / 2, center.y() - side / 2, side, side);
}

QString initials(const QString &name)
{
    QString out;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        if (out.size() < 2)
            out += word.at(0).toUpper();
    }
    return out;
}

QColor documentColor(const QString &extension)
{
    if (extension == u"pdf"_s)
        return QColor(0xe5, 0x39, 0x35);
    if (extension.startsWith(u"xls"_s) || extension == u"csv"_s)
        return QColor(0x2e, 0x7d, 0x32);
    if (extension.startsWith(u"doc"_s))
        return QColor(0x1e, 0x63, 0xd8);
    if (extension.startsWith(u"ppt"_s))
        return QColor(0xe6, 0x6a, 0x1e);
    return QColor(0x78, 0x90, 0x9c);
}

} // namespace

QString sourceOf(const MediaPayload &media)
{
    if (media.link && !media.link->isEmpty()) {
        const QUrl url(*media.link);
        const QString file = QFileInfo(url.path()).fileName();
        return file.isEmpty() ? url.host() : file;
    }
    if (media.id && !media.id->isEmpty())
        return PreviewTr::tr("Media %1").arg(*media.id);
    return PreviewTr::tr("No media yet");
}

QImage pictureOf(const PreviewContext &ctx, const MediaPayload &media)
{
    if (!media.id || media.id->isEmpty())
        return {};
    return ctx.options.mediaImages.value(*media.id);
}

void addMediaBox(Bubble &bubble, const PreviewContext &ctx, PreviewIcon kind, const QString &source,
    const QImage &image)
{
    const qreal width = ctx.bubbleWidth() - 16;
    // WhatsApp keeps a picture's shape between a wide 16:9 and a tall 4:5, cropping beyond.
    const qreal ratio = image.isNull()
        ? 0.75
        : std::clamp(qreal(image.height()) / image.width(), 9.0 / 16.0, 5.0 / 4.0);
    bubble.addBlock(
        width * ratio, [ctx, kind, source, image, ratio](PreviewScene &scene, QPointF at, qreal w) {
            const QRectF box(at.x() - 4, at.y() - 2, w + 8, w * ratio);
            scene.add(fill(box, ctx.palette.media, 6));
            if (!image.isNull()) {
                scene.add(picture(image, box, 6));
                return;
            }
            if (kind == PreviewIcon::Video) {
                const QRectF disc = centered(box.center(), 52);
                scene.add(fill(disc, QColor(0, 0, 0, 110), 26));
                scene.add(icon(PreviewIcon::Play, centered(box.center() + QPointF(2, 0), 28),
                    QColor(Qt::white)));
            } else {
                scene.add(icon(kind, centered(box.center(), 48), ctx.palette.mediaIcon));
            }
            TextStyle style = ctx.smallStyle(true);
            style.color = ctx.palette.mediaIcon;
            const LaidText label = layoutText(source, style, w - 24, u"media"_s);
            placeText(scene, label, QPointF(box.left() + 8, box.top() + 6));
        });
}

void addLinkPreview(Bubble &bubble, const PreviewContext &ctx, const QString &url)
{
    const QUrl parsed = QUrl::fromUserInput(url);
    const QString host = parsed.host().isEmpty() ? url : parsed.host();
    bubble.addBlock(64, [ctx, host, url](PreviewScene &scene, QPointF at, qreal w) {
        scene.add(fill(QRectF(at, QSizeF(w, 64)), ctx.palette.card, 6));
        scene.add(fill(QRectF(at, QSizeF(64, 64)), ctx.palette.media, 6));
        scene.add(icon(
            PreviewIcon::ExternalLink, centered(at + QPointF(32, 32), 26), ctx.palette.mediaIcon));
        TextStyle title = ctx.bodyStyle();
        title.font = ctx.bold;
        title.formatted = false;
        title.maxLines = 1;
        const LaidText hostText = layoutText(host, title, w - 80, u"link-preview"_s);
        const LaidText urlText =
            layoutText(url, ctx.smallStyle(true), w - 80, u"link-preview.url"_s);
        placeText(scene, hostText, at + QPointF(72, 12));
        placeText(scene, urlText, at + QPointF(72, 16 + hostText.height));
    });
}

void addDocument(Bubble &bubble, const PreviewContext &ctx, const QString &name)
{
    const QString extension = QFileInfo(name).suffix().toLower();
    const QString kind = extension.isEmpty() ? PreviewTr::tr("Document") : extension.toUpper();
    bubble.addBlock(58, [ctx, name, extension, kind](PreviewScene &scene, QPointF at, qreal w) {
        scene.add(fill(QRectF(at, QSizeF(w, 58)), ctx.palette.card, 6));
        const QRectF page(at.x() + 10, at.y() + 10, 30, 38);
        scene.add(fill(page, documentColor(extension), 4));
        TextStyle badge = ctx.smallStyle(true);
        badge.font.setPixelSize(9);
        badge.font.setBold(true);
        badge.color = Qt::white;
        badge.align = Qt::AlignHCenter;
        placeText(scene, layoutText(extension.left(4).toUpper(), badge, 30, u"document.badge"_s),
            page.topLeft() + QPointF(0, 22));
        TextStyle title = ctx.bodyStyle();
        title.formatted = false;
        title.maxLines = 1;
        const LaidText file = layoutText(name, title, w - 60, u"document"_s);
        placeText(scene, file, at + QPointF(50, 11));
        placeText(scene, layoutText(kind, ctx.smallStyle(true), w - 60, u"document.type"_s),
            at + QPointF(50, 14 + file.height));
    });
}

void addVoiceNote(Bubble &bubble, const PreviewContext &ctx, bool voice)
{
    bubble.addBlock(46, [ctx, voice](PreviewScene &scene, QPointF at, qreal w) {
        const QRectF avatar(at.x(), at.y() + 2, 42, 42);
        scene.add(fill(avatar, ctx.palette.media, 21));
        scene.add(icon(voice ? PreviewIcon::Mic : PreviewIcon::Headphones,
            centered(avatar.center(), 22), ctx.palette.mediaIcon));
        scene.add(icon(
            PreviewIcon::Play, QRectF(at.x() + 50, at.y() + 11, 24, 24), ctx.palette.secondary));
        if (voice) {
            // A voice note shows its recording's bars, as WhatsApp draws one.
            SceneItem wave;
            wave.kind = SceneItem::Kind::Waveform;
            wave.rect = QRectF(at.x() + 80, at.y() + 10, w - 90, 22);
            wave.color = ctx.palette.secondary;
            scene.add(wave);
        } else {
            // An audio file is played from a plain track with its knob at the start.
            const QRectF track(at.x() + 80, at.y() + 20, w - 90, 3);
            scene.add(fill(track, ctx.palette.secondary, 1.5));
            scene.add(fill(centered(QPointF(track.left() + 5, track.center().y()), 10),
                ctx.palette.mediaIcon, 5));
        }
        const QString label = voice ? PreviewTr::tr("Voice message") : PreviewTr::tr("Audio");
        placeText(scene, layoutText(label, ctx.smallStyle(true), w - 90, u"audio"_s),
            QPointF(at.x() + 80, at.y() + 32));
    });
}

void addMap(Bubble &bubble, const PreviewContext &ctx)
{
    const qreal width = ctx.bubbleWidth() - 16;
    bubble.addBlock(width * 0.55, [ctx](PreviewScene &scene, QPointF at, qreal w) {
        const QRectF map(at.x() - 4, at.y() - 2, w + 8, w * 0.55);
        const bool dark = ctx.options.theme == PreviewTheme::Dark;
        scene.add(fill(map, dark ? QColor(0x24, 0x33, 0x3b) : QColor(0xe8, 0xea, 0xdd), 6));
        // A few streets and a park: a map tile's placeholder, not a real map.
        const QColor street = dark ? QColor(0x3a, 0x4b, 0x55) : QColor(0xff, 0xff, 0xff);
        scene.add(
            fill(QRectF(map.left(), map.top() + map.height() * 0.62, map.width(), 7), street));
        scene.add(fill(QRectF(map.left() + map.width() * 0.3, map.top(), 7, map.height()), street));
        scene.add(
            fill(QRectF(map.left() + map.width() * 0.72, map.top(), 5, map.height()), street));
        scene.add(fill(QRectF(map.left() + 10, map.top() + 10, map.width() * 0.22, 34),
            dark ? QColor(0x26, 0x4d, 0x3a) : QColor(0xc8, 0xe6, 0xc0), 4));
        scene.add(icon(PreviewIcon::Pin, centered(map.center() - QPointF(0, 12), 34),
            QColor(0xe5, 0x39, 0x35)));
    });
}

void addContacts(Bubble &bubble, const PreviewContext &ctx, const QList<Contact> &contacts)
{
    const QString first = contacts.isEmpty() || contacts.first().formattedName.isEmpty()
        ? PreviewTr::tr("Contact")
        : contacts.first().formattedName;
    const QString name = contacts.size() > 1
        ? PreviewTr::tr("%1 and %n other contact(s)", nullptr, int(contacts.size() - 1)).arg(first)
        : first;
    bubble.addBlock(48, [ctx, name, first](PreviewScene &scene, QPointF at, qreal w) {
        const QRectF avatar(at.x(), at.y() + 4, 40, 40);
        scene.add(fill(avatar, ctx.palette.media, 20));
        TextStyle letters = ctx.smallStyle(true);
        letters.font = ctx.bold;
        letters.color = ctx.palette.mediaIcon;
        letters.align = Qt::AlignHCenter;
        placeText(scene, layoutText(initials(first), letters, 40, u"contact.initials"_s),
            avatar.topLeft() + QPointF(0, 11));
        TextStyle title = ctx.bodyStyle();
        title.font = ctx.bold;
        title.formatted = false;
        placeText(scene, layoutText(name, title, w - 52, u"contact.name"_s), at + QPointF(52, 14));
    });
    if (contacts.size() > 1) {
        bubble.addInlineButton(PreviewIcon::Person, PreviewTr::tr("View all"));
    } else {
        bubble.addInlineButton(PreviewIcon::Person, PreviewTr::tr("Message"));
    }
}

void addProduct(Bubble &bubble, const PreviewContext &ctx, const QString &retailerId)
{
    bubble.addBlock(66, [ctx, retailerId](PreviewScene &scene, QPointF at, qreal w) {
        scene.add(fill(QRectF(at, QSizeF(w, 66)), ctx.palette.card, 6));
        const QRectF picture(at.x() + 6, at.y() + 6, 54, 54);
        scene.add(fill(picture, ctx.palette.media, 4));
        scene.add(icon(PreviewIcon::Cart, centered(picture.center(), 26), ctx.palette.mediaIcon));
        TextStyle title = ctx.bodyStyle();
        title.font = ctx.bold;
        title.formatted = false;
        title.maxLines = 1;
        const LaidText id = layoutText(retailerId, title, w - 76, u"product"_s);
        placeText(scene, id, at + QPointF(70, 14));
        placeText(scene,
            layoutText(PreviewTr::tr("Name and price from the catalog"), ctx.smallStyle(true),
                w - 76, u"product.note"_s),
            at + QPointF(70, 18 + id.height));
    });
}

} // namespace Wac::MediaParts

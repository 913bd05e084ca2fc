// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/previewscene.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Wac {

SceneItem SceneItem::filled(QRectF rect, QColor color, qreal radius, const QString &action)
{
    SceneItem item;
    item.kind = Kind::Fill;
    item.rect = rect;
    item.color = color;
    item.radius = radius;
    item.action = action;
    return item;
}

SceneItem SceneItem::iconAt(PreviewIcon kind, QRectF rect, QColor color, const QString &action)
{
    SceneItem item;
    item.kind = Kind::Icon;
    item.icon = kind;
    item.rect = rect;
    item.color = color;
    item.action = action;
    return item;
}

namespace {

constexpr int tileSize = 120;

// The chat wallpaper's doodles: an opaque tile of small outlines at the device's pixel ratio,
// cached per colour pair and ratio, so that tiling it is a plain copy of pixels.
QImage doodleTile(const QColor &base, const QColor &ink, qreal dpr)
{
    static QHash<QString, QImage> cache;
    const QString key = QString::number(base.rgba()) + u'/' + QString::number(ink.rgba()) + u'/'
        + QString::number(dpr);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QImage tile(QSize(tileSize, tileSize) * dpr, QImage::Format_RGB32);
    tile.setDevicePixelRatio(dpr);
    tile.fill(base);
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(ink, 1.6, Qt::SolidLine, Qt::RoundCap));
    p.drawEllipse(QPointF(20, 22), 7, 7);
    p.drawRoundedRect(QRectF(70, 12, 16, 12), 3, 3);
    p.drawLine(QPointF(40, 70), QPointF(54, 62));
    p.drawArc(QRectF(88, 64, 18, 18), 0, 180 * 16);
    p.drawEllipse(QPointF(30, 100), 3, 3);
    p.drawLine(QPointF(78, 100), QPointF(90, 108));
    p.drawLine(QPointF(90, 100), QPointF(78, 108));
    p.drawRoundedRect(QRectF(8, 54, 10, 14), 2, 2);
    p.end();
    cache.insert(key, tile);
    return tile;
}

// Tiles drawn one by one: unscaled opaque images are copied row by row, several times faster
// than a texture brush on a tall preview.
void paintWallpaper(QPainter &p, const SceneItem &item, const QRectF &visible)
{
    const qreal dpr = p.device() ? p.device()->devicePixelRatio() : 1.0;
    const QImage tile = doodleTile(item.color, item.border, dpr);
    const QRectF area = visible.isNull() ? item.rect : item.rect & visible;
    const qreal firstX =
        item.rect.left() + std::floor((area.left() - item.rect.left()) / tileSize) * tileSize;
    const qreal firstY =
        item.rect.top() + std::floor((area.top() - item.rect.top()) / tileSize) * tileSize;
    p.save();
    p.setClipRect(area, Qt::IntersectClip);
    for (qreal y = firstY; y < area.bottom(); y += tileSize) {
        for (qreal x = firstX; x < area.right(); x += tileSize)
            p.drawImage(QPointF(x, y), tile);
    }
    p.restore();
}

QPainterPath bubblePath(const QRectF &r, qreal radius, bool tail, bool outgoing)
{
    // One path of two outlines filled with the winding rule: their overlap is painted once,
    // without the cost of computing their union.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    path.addRoundedRect(r, radius, radius);
    if (!tail)
        return path;
    // The tail: a small hook at the top corner on the sender's side, drawn clockwise like the
    // rounded rectangle, so that their overlap adds up instead of cancelling out.
    const qreal top = r.top();
    if (outgoing) {
        path.moveTo(r.right() - radius, top);
        path.lineTo(r.right() + 8, top);
        path.quadTo(r.right() + 3, top + 4, r.right(), top + 12);
        path.lineTo(r.right() - radius, top + 12);
    } else {
        path.moveTo(r.left() - 8, top);
        path.lineTo(r.left() + radius, top);
        path.lineTo(r.left() + radius, top + 12);
        path.lineTo(r.left(), top + 12);
        path.quadTo(r.left() - 3, top + 4, r.left() - 8, top);
    }
    path.closeSubpath();
    return path;
}

void paintBubble(QPainter &p, const SceneItem &item)
{
    // A faint shadow under the bubble, as the app draws it: one pixel lower, so it shows only
    // along the bottom and under the tail. Blending it over the whole bubble would cost more
    // than the rest of a long message's painting.
    const QPainterPath shadow =
        bubblePath(item.rect.translated(0, 1), item.radius, item.tail, item.outgoing);
    const QRectF around = item.rect.adjusted(-12, 0, 12, 2);
    const qreal edge = item.radius + 2;
    for (const QRectF &strip : {QRectF(around.left(), around.top(), around.width(), edge + 12),
             QRectF(around.left(), around.bottom() - edge - 2, around.width(), edge + 2)}) {
        p.save();
        p.setClipRect(strip, Qt::IntersectClip);
        p.fillPath(shadow, QColor(0, 0, 0, 24));
        p.restore();
    }
    p.fillPath(bubblePath(item.rect, item.radius, item.tail, item.outgoing), item.color);
}

void paintWaveform(QPainter &p, const SceneItem &item)
{
    const int bars = int(item.rect.width() / 4);
    for (int i = 0; i < bars; ++i) {
        // A fixed, speech-like shape: the same for every voice note.
        const qreal level = 0.25 + 0.75 * std::abs(std::sin(i * 0.71) * std::cos(i * 0.23));
        const qreal h = std::max(3.0, item.rect.height() * level);
        const QRectF bar(item.rect.left() + i * 4, item.rect.center().y() - h / 2, 2.2, h);
        p.fillRect(bar, item.color);
    }
}

// Centred and cropped to the box, as the phone fills a bubble with a picture. Filled through a
// brush rather than clipped: a clip path has jagged corners, a filled path antialiased ones.
void paintPicture(QPainter &p, const SceneItem &item)
{
    const QSizeF source = item.image.size();
    if (source.isEmpty())
        return;
    const qreal scale =
        std::max(item.rect.width() / source.width(), item.rect.height() / source.height());
    QTransform toBox;
    toBox.translate(item.rect.center().x() - source.width() * scale / 2,
        item.rect.center().y() - source.height() * scale / 2);
    toBox.scale(scale, scale);
    QBrush brush(item.image);
    brush.setTransform(toBox);
    QPainterPath shape;
    shape.addRoundedRect(item.rect, item.radius, item.radius);
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.fillPath(shape, brush);
    p.restore();
}

} // namespace

QStringList PreviewScene::texts(const QString &role) const
{
    QStringList out;
    for (const SceneItem &item : items) {
        if (item.kind == SceneItem::Kind::Text && (role.isEmpty() || item.role == role))
            out.append(item.text);
    }
    return out;
}

QStringList PreviewScene::roles() const
{
    QStringList out;
    for (const SceneItem &item : items) {
        if (item.kind == SceneItem::Kind::Text && !out.contains(item.role))
            out.append(item.role);
    }
    return out;
}

QString PreviewScene::accessibleText() const
{
    return texts().join(u'\n');
}

QString PreviewScene::actionAt(const QPointF &point) const
{
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        if (!it->action.isEmpty() && it->rect.contains(point))
            return it->action;
    }
    return {};
}

void PreviewScene::paint(QPainter &p) const
{
    p.setRenderHint(QPainter::Antialiasing);
    // A widget repaints only what is exposed: items outside it cost nothing.
    const QRectF visible = p.hasClipping() ? p.clipBoundingRect() : QRectF();
    for (const SceneItem &item : items) {
        if (!visible.isNull() && item.kind != SceneItem::Kind::Wallpaper
            && !item.rect.adjusted(-12, -12, 12, 12).intersects(visible))
            continue;
        switch (item.kind) {
        case SceneItem::Kind::Wallpaper:
            paintWallpaper(p, item, visible);
            break;
        case SceneItem::Kind::Fill:
            p.setPen(item.border.isValid() ? QPen(item.border, 1) : QPen(Qt::NoPen));
            p.setBrush(item.color);
            p.drawRoundedRect(item.rect, item.radius, item.radius);
            break;
        case SceneItem::Kind::Bubble:
            paintBubble(p, item);
            break;
        case SceneItem::Kind::Text:
            p.setPen(item.color);
            item.layout->draw(&p, item.rect.topLeft());
            break;
        case SceneItem::Kind::Icon:
            paintIcon(p, item.icon, item.rect, item.color);
            break;
        case SceneItem::Kind::Line:
            p.fillRect(item.rect, item.color);
            break;
        case SceneItem::Kind::Waveform:
            paintWaveform(p, item);
            break;
        case SceneItem::Kind::Picture:
            paintPicture(p, item);
            break;
        }
    }
}

QImage PreviewScene::toImage(qreal scale) const
{
    // Opaque: the wallpaper covers every pixel, and blending onto RGB32 is the fastest there is.
    QImage image((size * scale).toSize(), QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    paint(painter);
    return image;
}

} // namespace Wac

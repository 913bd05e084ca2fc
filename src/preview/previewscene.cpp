// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/previewscene.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

namespace Wac {

namespace {

// The chat wallpaper's doodles: a tile of small outlines, cached per colour pair.
QPixmap doodleTile(const QColor &base, const QColor &ink)
{
    static QHash<QRgb, QPixmap> cache;
    const QRgb key = base.rgba() ^ (ink.rgba() << 1);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QPixmap tile(120, 120);
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
            p.fillRect(item.rect, QBrush(doodleTile(item.color, item.border)));
            break;
        case SceneItem::Kind::Fill:
            p.setPen(item.border.isValid() ? QPen(item.border, 1) : QPen(Qt::NoPen));
            p.setBrush(item.color);
            p.drawRoundedRect(item.rect, item.radius, item.radius);
            break;
        case SceneItem::Kind::Bubble:
            p.setPen(Qt::NoPen);
            // A faint shadow under the bubble, as the app draws it.
            p.fillPath(
                bubblePath(item.rect.translated(0, 1), item.radius, item.tail, item.outgoing),
                QColor(0, 0, 0, 24));
            p.fillPath(bubblePath(item.rect, item.radius, item.tail, item.outgoing), item.color);
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

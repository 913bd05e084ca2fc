// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/toolicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace Wac::ToolIcons {

namespace {

// Drawn on a 16×16 grid.
QPainterPath pathFor(Kind kind)
{
    QPainterPath path;
    switch (kind) {
    case Kind::Up:
        path.moveTo(3.5, 10.5);
        path.lineTo(8, 6);
        path.lineTo(12.5, 10.5);
        break;
    case Kind::Down:
        path.moveTo(3.5, 6);
        path.lineTo(8, 10.5);
        path.lineTo(12.5, 6);
        break;
    case Kind::Remove:
        path.moveTo(4, 4);
        path.lineTo(12, 12);
        path.moveTo(12, 4);
        path.lineTo(4, 12);
        break;
    case Kind::Add:
        path.moveTo(8, 3);
        path.lineTo(8, 13);
        path.moveTo(3, 8);
        path.lineTo(13, 8);
        break;
    case Kind::Copy:
        path.addRoundedRect(5.5, 5.5, 8, 8, 1.5, 1.5);
        path.moveTo(3, 10.5);
        path.lineTo(2.5, 10.5);
        path.lineTo(2.5, 2.5);
        path.lineTo(10.5, 2.5);
        path.lineTo(10.5, 3);
        break;
    case Kind::Eye:
        path.moveTo(1.5, 8);
        path.quadTo(8, 0.5, 14.5, 8);
        path.quadTo(8, 15.5, 1.5, 8);
        path.addEllipse(QPointF(8, 8), 2.2, 2.2);
        break;
    }
    return path;
}

QPixmap draw(Kind kind, const QColor &color, qreal scale)
{
    QPixmap pixmap(int(16 * scale), int(16 * scale));
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(pathFor(kind));
    return pixmap;
}

} // namespace

QIcon icon(Kind kind, const QPalette &palette)
{
    QIcon icon;
    for (const qreal scale : {1.0, 2.0}) {
        icon.addPixmap(draw(kind, palette.color(QPalette::ButtonText), scale), QIcon::Normal);
        icon.addPixmap(draw(kind, palette.color(QPalette::Disabled, QPalette::ButtonText), scale),
            QIcon::Disabled);
    }
    return icon;
}

} // namespace Wac::ToolIcons

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/previewicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QTransform>

namespace Wac {

namespace {

QPainterPath handset()
{
    QPainterPath path;
    path.moveTo(6, 3);
    path.lineTo(9, 3);
    path.lineTo(11, 8);
    path.lineTo(8.5, 10);
    path.cubicTo(10, 13, 11, 14, 14, 15.5);
    path.lineTo(16, 13);
    path.lineTo(21, 15);
    path.lineTo(21, 18);
    path.cubicTo(21, 20, 19, 21, 17, 21);
    path.cubicTo(9, 20, 4, 15, 3, 7);
    path.cubicTo(3, 5, 4, 3, 6, 3);
    return path;
}

// Each icon is drawn on a 24×24 grid, then scaled into its rectangle.
void strokeIcon(QPainter &p, PreviewIcon icon)
{
    QPainterPath path;
    switch (icon) {
    case PreviewIcon::Mic:
        path.addRoundedRect(9, 3, 6, 11, 3, 3);
        path.moveTo(6, 11);
        path.cubicTo(6, 19, 18, 19, 18, 11);
        path.moveTo(12, 17);
        path.lineTo(12, 21);
        break;
    case PreviewIcon::Headphones:
        path.moveTo(4, 17);
        path.cubicTo(4, 3, 20, 3, 20, 17);
        path.addRoundedRect(3, 13, 4, 7, 1.5, 1.5);
        path.addRoundedRect(17, 13, 4, 7, 1.5, 1.5);
        break;
    case PreviewIcon::Document:
        path.moveTo(6, 3);
        path.lineTo(14, 3);
        path.lineTo(19, 8);
        path.lineTo(19, 21);
        path.lineTo(6, 21);
        path.closeSubpath();
        path.moveTo(14, 3);
        path.lineTo(14, 8);
        path.lineTo(19, 8);
        break;
    case PreviewIcon::ExternalLink:
        path.moveTo(10, 5);
        path.lineTo(5, 5);
        path.lineTo(5, 19);
        path.lineTo(19, 19);
        path.lineTo(19, 14);
        path.moveTo(13, 4);
        path.lineTo(20, 4);
        path.lineTo(20, 11);
        path.moveTo(20, 4);
        path.lineTo(11, 13);
        break;
    case PreviewIcon::Reply:
        path.moveTo(10, 5);
        path.lineTo(4, 11);
        path.lineTo(10, 17);
        path.moveTo(4, 11);
        path.cubicTo(14, 11, 20, 13, 20, 20);
        break;
    case PreviewIcon::List:
        for (int y : {6, 12, 18}) {
            path.addEllipse(QPointF(5, y), 1.2, 1.2);
            path.moveTo(9, y);
            path.lineTo(20, y);
        }
        break;
    case PreviewIcon::Phone:
        path = handset();
        break;
    case PreviewIcon::Copy:
        path.addRoundedRect(8, 8, 12, 12, 2, 2);
        path.moveTo(5, 16);
        path.lineTo(4, 16);
        path.lineTo(4, 4);
        path.lineTo(16, 4);
        path.lineTo(16, 5);
        break;
    case PreviewIcon::Cart:
        path.moveTo(2, 4);
        path.lineTo(5, 4);
        path.lineTo(8, 16);
        path.lineTo(19, 16);
        path.lineTo(21, 7);
        path.lineTo(6, 7);
        path.addEllipse(QPointF(9, 20), 1.5, 1.5);
        path.addEllipse(QPointF(18, 20), 1.5, 1.5);
        break;
    case PreviewIcon::SendLocation:
        path.moveTo(3, 11);
        path.lineTo(21, 3);
        path.lineTo(13, 21);
        path.lineTo(11, 13);
        path.closeSubpath();
        break;
    case PreviewIcon::Image:
        path.addRoundedRect(3, 5, 18, 14, 2, 2);
        path.moveTo(3, 17);
        path.lineTo(9, 11);
        path.lineTo(14, 16);
        path.lineTo(17, 13);
        path.lineTo(21, 17);
        path.addEllipse(QPointF(16, 9), 1.5, 1.5);
        break;
    case PreviewIcon::Video:
        path.addRoundedRect(3, 6, 13, 12, 2, 2);
        path.moveTo(16, 10);
        path.lineTo(21, 7);
        path.lineTo(21, 17);
        path.lineTo(16, 14);
        break;
    case PreviewIcon::Sticker:
        path.moveTo(20, 13);
        path.cubicTo(20, 20, 14, 21, 12, 21);
        path.cubicTo(6, 21, 3, 17, 3, 12);
        path.cubicTo(3, 6, 7, 3, 12, 3);
        path.cubicTo(17, 3, 21, 7, 21, 11);
        path.lineTo(13, 20);
        path.moveTo(8, 14);
        path.cubicTo(9, 16, 12, 16.5, 14, 15);
        break;
    case PreviewIcon::Person:
        path.addEllipse(QPointF(12, 8), 4, 4);
        path.moveTo(4, 21);
        path.cubicTo(4, 15, 20, 15, 20, 21);
        break;
    case PreviewIcon::Close:
        path.moveTo(6, 6);
        path.lineTo(18, 18);
        path.moveTo(18, 6);
        path.lineTo(6, 18);
        break;
    case PreviewIcon::Radio:
        path.addEllipse(QPointF(12, 12), 8, 8);
        break;
    case PreviewIcon::Flow:
        path.addRoundedRect(4, 3, 16, 18, 2, 2);
        path.moveTo(8, 8);
        path.lineTo(16, 8);
        path.moveTo(8, 12);
        path.lineTo(16, 12);
        path.moveTo(8, 16);
        path.lineTo(13, 16);
        break;
    case PreviewIcon::Address:
        path.moveTo(3, 11);
        path.lineTo(12, 3);
        path.lineTo(21, 11);
        path.moveTo(5, 9);
        path.lineTo(5, 21);
        path.lineTo(19, 21);
        path.lineTo(19, 9);
        path.moveTo(10, 21);
        path.lineTo(10, 15);
        path.lineTo(14, 15);
        path.lineTo(14, 21);
        break;
    case PreviewIcon::Catalog:
        path.moveTo(3, 9);
        path.lineTo(5, 3);
        path.lineTo(19, 3);
        path.lineTo(21, 9);
        path.closeSubpath();
        path.moveTo(5, 9);
        path.lineTo(5, 21);
        path.lineTo(19, 21);
        path.lineTo(19, 9);
        path.moveTo(9, 21);
        path.lineTo(9, 14);
        path.lineTo(15, 14);
        path.lineTo(15, 21);
        break;
    case PreviewIcon::Plus:
        path.moveTo(12, 5);
        path.lineTo(12, 19);
        path.moveTo(5, 12);
        path.lineTo(19, 12);
        break;
    case PreviewIcon::ContactCard:
        path.addRoundedRect(2.5, 5, 19, 14, 2, 2);
        path.addEllipse(QPointF(8.5, 10.5), 2.2, 2.2);
        path.moveTo(5, 16.5);
        path.cubicTo(5.5, 13.5, 11.5, 13.5, 12, 16.5);
        path.moveTo(14.5, 10);
        path.lineTo(19, 10);
        path.moveTo(14.5, 14);
        path.lineTo(18, 14);
        break;
    case PreviewIcon::CallAllow:
        // The handset, smaller and lower left, with a tick clear of it at the top right.
        path = QTransform(0.72, 0, 0, 0.72, 0.5, 6.2).map(handset());
        path.moveTo(14, 7);
        path.lineTo(16.5, 9.5);
        path.lineTo(21.5, 4);
        break;
    case PreviewIcon::TicksRead:
    case PreviewIcon::TicksSent:
        path.moveTo(1.5, 12.5);
        path.lineTo(5.5, 16.5);
        path.lineTo(14, 7.5);
        path.moveTo(10.5, 15.5);
        path.lineTo(11.5, 16.5);
        path.lineTo(20.5, 7.5);
        break;
    case PreviewIcon::TickSent:
        path.moveTo(5, 12.5);
        path.lineTo(9, 16.5);
        path.lineTo(17.5, 7.5);
        break;
    case PreviewIcon::Clock:
        path.addEllipse(QPointF(12, 12), 7, 7);
        path.moveTo(12, 8);
        path.lineTo(12, 12);
        path.lineTo(15, 14);
        break;
    case PreviewIcon::Failed:
        path.moveTo(7, 7);
        path.lineTo(17, 17);
        path.moveTo(17, 7);
        path.lineTo(7, 17);
        break;
    case PreviewIcon::Play:
    case PreviewIcon::Pin:
        break; // filled, below
    }
    p.drawPath(path);
}

} // namespace

void paintIcon(QPainter &painter, PreviewIcon icon, const QRectF &rect, const QColor &color)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(rect.topLeft());
    painter.scale(rect.width() / 24.0, rect.height() / 24.0);
    if (icon == PreviewIcon::Play) {
        QPainterPath triangle;
        triangle.moveTo(8, 5);
        triangle.lineTo(19, 12);
        triangle.lineTo(8, 19);
        triangle.closeSubpath();
        painter.fillPath(triangle, color);
    } else if (icon == PreviewIcon::Pin) {
        QPainterPath pin;
        pin.moveTo(12, 22);
        pin.cubicTo(5, 14, 4, 11, 4, 9);
        pin.cubicTo(4, 4.5, 7.5, 1.5, 12, 1.5);
        pin.cubicTo(16.5, 1.5, 20, 4.5, 20, 9);
        pin.cubicTo(20, 11, 19, 14, 12, 22);
        pin.addEllipse(QPointF(12, 9), 3, 3);
        pin.setFillRule(Qt::OddEvenFill);
        painter.fillPath(pin, color);
    } else {
        painter.setPen(QPen(color, 1.9, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        strokeIcon(painter, icon);
    }
    painter.restore();
}

} // namespace Wac

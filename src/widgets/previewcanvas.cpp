// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/previewcanvas.h"

#include <QMouseEvent>
#include <QPainter>

namespace Wac {

PreviewCanvas::PreviewCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
}

void PreviewCanvas::setScene(const PreviewScene *scene)
{
    m_scene = scene;
    setMinimumSize(scene->size.toSize());
    update();
}

QPointF PreviewCanvas::sceneOrigin() const
{
    if (!m_scene)
        return {};
    return QPointF(std::max<qreal>(0, (width() - m_scene->size.width()) / 2), 0);
}

void PreviewCanvas::paintEvent(QPaintEvent *)
{
    if (!m_scene)
        return;
    QPainter painter(this);
    painter.translate(sceneOrigin());
    // Painted straight to the widget: sharp at the screen's own pixel density.
    m_scene->paint(painter);
}

void PreviewCanvas::mousePressEvent(QMouseEvent *event)
{
    if (m_scene && m_onAction && event->button() == Qt::LeftButton)
        m_onAction(m_scene->actionAt(event->position() - sceneOrigin()));
}

void PreviewCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const bool over = m_scene && !m_scene->actionAt(event->position() - sceneOrigin()).isEmpty();
    setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

} // namespace Wac

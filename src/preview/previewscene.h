// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "preview/previewicons.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPainter;

namespace Wac {

/// One thing the preview draws. Text items say what a person reads there and what it is
/// (`role`); items a click acts on say what it does (`action`).
struct SceneItem
{
    enum class Kind
    {
        Wallpaper,
        Fill, ///< a rectangle, rounded by `radius`, with an optional border
        Bubble, ///< a message bubble, with its tail when `tail`
        Text, ///< `layout`, drawn with its top left at `rect.topLeft()`
        Icon,
        Line,
        Waveform, ///< a voice note's bars across `rect`
        Picture, ///< `image`, cropped to fill `rect`, its corners rounded by `radius`
    };

    Kind kind = Kind::Fill;
    QRectF rect;
    QColor color;
    QColor border;
    qreal radius = 0;
    bool tail = false;
    bool outgoing = true;
    PreviewIcon icon = PreviewIcon::Play;
    std::shared_ptr<QTextLayout> layout;
    QImage image;
    QString text;
    QString role;
    QString action;

    /// A filled rectangle, rounded by `radius`; clicking it does `action` when one is given.
    static SceneItem filled(
        QRectF rect, QColor color, qreal radius = 0, const QString &action = {});
    /// An icon drawn in `rect`; clicking it does `action` when one is given.
    static SceneItem iconAt(
        PreviewIcon kind, QRectF rect, QColor color, const QString &action = {});
};

/**
 * What the preview draws, in painting order: a display list that can be painted at any scale
 * and read back by tests (every title, caption and value a person would see) and by screen
 * readers.
 */
class PreviewScene
{
public:
    QSizeF size;
    QList<SceneItem> items;

    void add(SceneItem item) { items.append(std::move(item)); }

    /// The text of every text item, in reading order, or only those of `role`.
    QStringList texts(const QString &role = {}) const;
    /// Every role that has text.
    QStringList roles() const;
    /// The texts as one description, for accessibility.
    QString accessibleText() const;
    /// The action of the topmost item at `point` that has one, or an empty string.
    QString actionAt(const QPointF &point) const;

    void paint(QPainter &painter) const;
    QImage toImage(qreal scale) const;
};

} // namespace Wac

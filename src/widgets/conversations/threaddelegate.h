// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "preview/previewscene.h"

#include <QHash>
#include <QStyledItemDelegate>

namespace Wac {

class ThreadModel;

/**
 * Draws a thread's row as the phone draws its message, at the view's width and in the app's
 * theme, and keeps each drawing until its message changes: scrolling back through a long
 * thread lays nothing out again.
 */
class ThreadDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ThreadDelegate(ThreadModel *model, QWidget *view);

    /// The drawing of `row` at `width`, from the cache when it is current.
    const PreviewScene &sceneAt(int row, int width) const;

    /// Forgets every drawing (the theme changed).
    void clear() { m_cache.clear(); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int width() const;
    bool dark() const;

    struct Drawn
    {
        int width = 0;
        int revision = -1;
        bool dark = false;
        PreviewScene scene;
    };

    ThreadModel *m_model;
    QWidget *m_view;
    mutable QHash<qint64, Drawn> m_cache; ///< by the message's key
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/conversations/threaddelegate.h"

#include "preview/threadrenderer.h"
#include "widgets/conversations/threadmodel.h"

#include <QAbstractScrollArea>
#include <QPainter>

namespace Wac {

namespace {

constexpr int cacheLimit = 2000; ///< drawings kept; a longer thread draws again as it scrolls
constexpr int bubbleMaxWidth = 440; ///< about what WhatsApp's desktop app draws

} // namespace

ThreadDelegate::ThreadDelegate(ThreadModel *model, QWidget *view)
    : QStyledItemDelegate(view)
    , m_model(model)
    , m_view(view)
{ }

int ThreadDelegate::width() const
{
    const auto *area = qobject_cast<const QAbstractScrollArea *>(m_view);
    return std::max(240, area ? area->viewport()->width() : m_view->width());
}

bool ThreadDelegate::dark() const
{
    // The thread follows the app's theme, as the phone preview does by default.
    return m_view->palette().color(QPalette::Window).lightness() < 128;
}

const PreviewScene &ThreadDelegate::sceneAt(int row, int width) const
{
    const qint64 key = m_model->keyAt(row);
    const int revision = m_model->revisionAt(row);
    const bool isDark = dark();
    auto it = m_cache.find(key);
    if (it != m_cache.end() && it->width == width && it->revision == revision && it->dark == isDark)
        return it->scene;
    if (m_cache.size() >= cacheLimit)
        m_cache.clear();
    PreviewOptions options;
    options.width = width;
    options.bubbleMaxWidth = bubbleMaxWidth;
    options.theme = isDark ? PreviewTheme::Dark : PreviewTheme::Light;
    Drawn drawn {width, revision, isDark, renderThreadBubble(m_model->bubbleAt(row), options)};
    return m_cache.insert(key, std::move(drawn))->scene;
}

QSize ThreadDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const
{
    const int w = width();
    return QSize(w, int(std::ceil(sceneAt(index.row(), w).size.height())));
}

void ThreadDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const PreviewScene &scene = sceneAt(index.row(), width());
    painter->save();
    if (option.state & QStyle::State_Selected) {
        // A band across the chat, as the phone marks a message chosen for an action.
        QColor band = option.palette.color(QPalette::Highlight);
        band.setAlpha(option.state & QStyle::State_HasFocus ? 70 : 40);
        painter->fillRect(option.rect, band);
    }
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    scene.paint(*painter);
    painter->restore();
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/conversations/threadview.h"

#include "preview/previewpalette.h"
#include "preview/previewscene.h"
#include "widgets/conversations/threaddelegate.h"
#include "widgets/conversations/threadmodel.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

namespace Wac {

namespace {

constexpr int nearTop = 120; ///< px from the top where the older page is read

} // namespace

ThreadView::ThreadView(QWidget *parent)
    : QListView(parent)
{
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAutoFillBackground(false);
    verticalScrollBar()->setSingleStep(24);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ThreadView::scrolled);
}

void ThreadView::setThread(ThreadModel *model)
{
    m_model = model;
    m_delegate = new ThreadDelegate(model, this);
    setItemDelegate(m_delegate);
    setModel(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ThreadView::aboutToReset);
    connect(model, &QAbstractItemModel::modelReset, this, &ThreadView::wasReset);
}

qint64 ThreadView::currentKey() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() && selectionModel()->isSelected(current)
        ? m_model->keyAt(current.row())
        : 0;
}

bool ThreadView::isAtEnd() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 4;
}

void ThreadView::aboutToReset()
{
    m_anchor = {};
    m_anchor.conversation = m_model->conversation() ? m_model->conversation()->id : 0;
    m_anchor.selected = currentKey();
    m_anchor.atEnd = isAtEnd();
    const QModelIndex top = indexAt(QPoint(4, 1));
    if (top.isValid()) {
        m_anchor.key = m_model->keyAt(top.row());
        m_anchor.offset = visualRect(top).top();
    }
}

void ThreadView::wasReset()
{
    const qint64 conversation = m_model->conversation() ? m_model->conversation()->id : 0;
    // Lay the rows out now: where the anchor went is known only then.
    doItemsLayout();
    if (conversation != m_anchor.conversation) {
        scrollToBottom();
        return;
    }
    if (const int row = m_model->rowOfKey(m_anchor.selected); m_anchor.selected != 0 && row >= 0)
        setCurrentIndex(m_model->index(row));
    const int anchor = m_model->rowOfKey(m_anchor.key);
    if (m_anchor.atEnd || anchor < 0) {
        scrollToBottom();
        return;
    }
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + visualRect(m_model->index(anchor)).top() - m_anchor.offset);
}

void ThreadView::scrolled(int value)
{
    if (value > nearTop || m_fetching || !m_model || !m_model->hasOlder())
        return;
    // After this scroll has been handled: the reset that the older page brings moves the bar.
    m_fetching = true;
    QTimer::singleShot(0, this, [this] {
        if (verticalScrollBar()->value() <= nearTop)
            m_model->fetchOlder();
        m_fetching = false;
    });
}

void ThreadView::dataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    const bool atEnd = isAtEnd();
    QListView::dataChanged(topLeft, bottomRight, roles);
    // A message's height may change with it (a failure said under it): lay out again.
    doItemsLayout();
    if (atEnd)
        scrollToBottom();
}

void ThreadView::resizeEvent(QResizeEvent *event)
{
    const bool atEnd = isAtEnd();
    QListView::resizeEvent(event);
    // At once, not later: a scroll the user makes meanwhile must not be undone.
    if (atEnd) {
        doItemsLayout();
        scrollToBottom();
    }
}

void ThreadView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_delegate) {
        m_delegate->clear();
        doItemsLayout();
    }
}

void ThreadView::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(viewport());
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        const PreviewPalette colours =
            PreviewPalette::of(dark ? PreviewTheme::Dark : PreviewTheme::Light);
        PreviewScene wallpaper;
        SceneItem item;
        item.kind = SceneItem::Kind::Wallpaper;
        item.rect = viewport()->rect();
        item.color = colours.wallpaper;
        item.border = colours.doodle;
        wallpaper.add(item);
        wallpaper.paint(painter);
    }
    QListView::paintEvent(event);
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QListView>

namespace Wac {

class ThreadDelegate;
class ThreadModel;

/**
 * A conversation's thread on the chat's wallpaper, the newest message at the bottom. Scrolling
 * near the top reads the older page, and what was on screen stays where it was; a thread that
 * was at its end stays there as messages come.
 */
class ThreadView : public QListView
{
    Q_OBJECT

public:
    explicit ThreadView(QWidget *parent = nullptr);

    void setThread(ThreadModel *model);

    ThreadModel *thread() const { return m_model; }

    /// The key of the chosen message (see ThreadModel::KeyRole), 0 when none is.
    qint64 currentKey() const;

    bool isAtEnd() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
        const QList<int> &roles = {}) override;

private:
    void aboutToReset();
    void wasReset();
    void scrolled(int value);

    struct Anchor
    {
        qint64 conversation = 0;
        qint64 selected = 0;
        qint64 key = 0; ///< the first row on screen
        int offset = 0; ///< its top, from the viewport's
        bool atEnd = true;
    };

    ThreadModel *m_model = nullptr;
    ThreadDelegate *m_delegate = nullptr;
    Anchor m_anchor;
    bool m_fetching = false;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/inboxrecord.h"

#include <QList>
#include <QObject>

class QAction;
class QToolButton;

namespace Wac {

class ThreadView;

/**
 * What can be done with a message of the thread, from its context menu, the buttons under the
 * thread or their shortcuts: reply to it, react to it, copy its words or its WAMID, read its
 * JSON as received or sent, open its fetched file.
 */
class ThreadActions : public QObject
{
    Q_OBJECT

public:
    /// The buttons take the first five actions (reply, react, copy, WAMID, JSON), in order.
    ThreadActions(ThreadView *view, const QList<QToolButton *> &buttons);

    QAction *reply() const { return m_reply; }

    QAction *react() const { return m_react; }

    /// Enables what the chosen message allows.
    void update();

Q_SIGNALS:
    void replyRequested(const Wac::ThreadItem &item);
    void reactRequested(const Wac::ThreadItem &item);
    /// A customer's file that could not be fetched is to be fetched again.
    void fetchRequested(const Wac::ThreadItem &item);
    void statusMessage(const QString &text);

private:
    const ThreadItem *current() const;
    QAction *add(const QString &text, const QKeySequence &keys, const QString &name);
    void copyText();
    void copyWamid();
    void showJson();
    void openFile();

    ThreadView *m_view;
    QAction *m_reply;
    QAction *m_react;
    QAction *m_copy;
    QAction *m_copyWamid;
    QAction *m_json;
    QAction *m_open;
    QAction *m_fetch;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "preview/threadbubble.h"
#include "storage/inboxrecord.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace Wac {

/**
 * How a stored message of a thread looks: its bubble's time, ticks and failure (decoded from
 * Graph's code), the words it shows when quoted or copied, the reaction it is. The thread
 * model asks; nothing here reads the store.
 */
class ThreadLook
{
    Q_DECLARE_TR_FUNCTIONS(ThreadLook)

public:
    struct Reaction
    {
        QString target; ///< the WAMID reacted to
        QString emoji; ///< empty: taken back
    };

    /// The reaction `item` is: theirs, or ours that was not refused (a refused one stands as
    /// a message of its own, with its failure).
    static std::optional<Reaction> reactionOf(const ThreadItem &item);
    /// The bubble of `item`, without what depends on the messages around it (quote,
    /// reactions, day).
    static ThreadBubble bubbleOf(const ThreadItem &item);
    static PreviewIcon ticksOf(const ThreadItem &item);
    /// Why one of ours failed, or that its outcome is unknown; empty when neither. In a line,
    /// or `whole`: Graph's details and what to do next too.
    static QString failureOf(const ThreadItem &item, bool whole = false);
    /// The words of `item`: theirs as received, ours as the History sums it up.
    static QString textOf(const ThreadItem &item);
    /// `quoted` as a reply's quote shows it, `customer` naming who wrote theirs.
    static PreviewOptions::Quote quoteOf(const ThreadItem &quoted, const QString &customer);
    /// What names a customer: their name, else their username, else their address.
    static QString nameOf(const Conversation &conversation);
    /// The fetched picture at `path`, at most as large as a thread draws it; null when none.
    static QImage picture(const QString &path);
    /// "Today", "Yesterday", or the date.
    static QString dayText(QDate day, QDate today);
};

} // namespace Wac

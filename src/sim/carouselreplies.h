// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/payloads/quickreply.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <deque>
#include <optional>

namespace Wac::Sim {

/**
 * The buttons of the carousels the simulator accepted, by WAMID, so that a simulated customer
 * taps one by its place: `/_sim/inbound` with `"type":"button_reply"`, the carousel's WAMID as
 * `context_id`, its `card_index` and the `button_index` on that card (0 when not given). The
 * tap then arrives as Meta's button_reply webhook does, with the id and title the card had.
 */
class CarouselReplies
{
public:
    /// The carousels remembered at most; the oldest goes first.
    static constexpr qsizetype kept = 500;

    /// Keeps the quick replies of each card of `interactive`, a carousel sent as `wamid`.
    void remember(const QString &wamid, const QJsonObject &interactive);

    /// With a `card_index`, fills `request`'s "id" and "title" from that card's button;
    /// nullopt, and `request` as it was, without one. An error when the carousel, the card or
    /// the button is not there, or the card's button is a URL, whose tap sends no webhook.
    std::optional<QString> resolve(QJsonObject &request) const;

private:
    struct Card
    {
        bool url = false;
        QList<QuickReply> replies;
    };

    QHash<QString, QHash<qint64, Card>> m_carousels;
    std::deque<QString> m_order;
};

} // namespace Wac::Sim

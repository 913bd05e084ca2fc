// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/carouselreplies.h"

#include "core/payloads/carouselcard.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

void CarouselReplies::remember(const QString &wamid, const QJsonObject &interactive)
{
    QHash<qint64, Card> cards;
    const QJsonArray list = interactive.value(u"action").toObject().value(u"cards").toArray();
    for (const QJsonValue &value : list) {
        const CarouselCard card = CarouselCard::fromJson(value.toObject());
        if (card.isProduct() || !card.cardIndex)
            continue; // a product card's tap opens the product: no reply comes back
        cards.insert(qint64(*card.cardIndex),
            {card.buttons == CarouselCard::Buttons::Url, card.quickReplies});
    }
    m_carousels.insert(wamid, cards);
    m_order.push_back(wamid);
    if (qsizetype(m_order.size()) > kept) {
        m_carousels.remove(m_order.front());
        m_order.pop_front();
    }
}

std::optional<QString> CarouselReplies::resolve(QJsonObject &request) const
{
    if (!request.contains(u"card_index"))
        return std::nullopt;
    const QString wamid = request.value(u"context_id").toString();
    const auto carousel = m_carousels.constFind(wamid);
    if (carousel == m_carousels.cend())
        return u"\"context_id\" %1 is not a carousel the simulator sent"_s.arg(wamid);
    const QJsonValue index = request.value(u"card_index");
    const auto card = carousel->constFind(index.toInteger(-1));
    if (!index.isDouble() || card == carousel->cend())
        return u"The carousel has no media card of \"card_index\" %1"_s.arg(index.toInteger(-1));
    if (card->url)
        return u"That card has a URL button: a tap opens the link and sends no webhook"_s;
    const qint64 button = request.value(u"button_index").toInteger(0);
    if (button < 0 || button >= card->replies.size())
        return u"The card has no quick reply of \"button_index\" %1"_s.arg(button);
    request.insert(u"id"_s, card->replies.at(button).id);
    request.insert(u"title"_s, card->replies.at(button).title);
    return std::nullopt;
}

} // namespace Wac::Sim

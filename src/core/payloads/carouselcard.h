// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/payloads/interactiveparts.h"
#include "core/payloads/quickreply.h"

namespace Wac {

/**
 * One card of an interactive carousel. A media card (`type` "cta_url", which Meta's examples
 * keep even for quick-reply cards) has an image or video header, an optional body and either
 * one URL button or quick replies; a product card (`type` "product") names a product.
 */
struct CarouselCard
{
    enum class Buttons
    {
        Url, ///< action.name "cta_url" with parameters.display_text and url
        QuickReplies, ///< action.buttons[] of quick_reply
    };

    std::optional<double> cardIndex;
    QString type = QStringLiteral("cta_url");
    std::optional<InteractiveHeader> header;
    std::optional<QString> body;
    Buttons buttons = Buttons::Url;
    QString displayText; ///< Url
    QString url; ///< Url
    QList<QuickReply> quickReplies; ///< QuickReplies
    QString productRetailerId; ///< product
    QString catalogId; ///< product

    bool isProduct() const { return type == u"product"; }

    /// Which buttons `action` holds: quick replies when it has a `buttons` key.
    static Buttons buttonsOf(const QJsonObject &action);

    static CarouselCard fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;

private:
    QJsonObject actionJson(QJsonObject action) const;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Wac {

/// One button of a template's BUTTONS component, at `index` (its position there).
struct TemplateButtonDefinition
{
    int index = 0;
    QString type; ///< QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, FLOW, OTP, CATALOG, MPM, ...
    QString text;
    QString url; ///< URL: the address, with at most one trailing variable
    QString example; ///< URL: an example address; COPY_CODE: an example code
    QString otpType; ///< OTP: COPY_CODE, ONE_TAP or ZERO_TAP

    /// The `sub_type` a send's button component names for this button (OTP buttons are sent
    /// as `url`); empty when the button takes nothing (PHONE_NUMBER, a URL with no variable).
    QString subType() const;
    /// Whether a send must carry a component for this button (Graph answers 132000 without).
    bool needsParameter() const;
};

/// One card of a template's CAROUSEL component: its header (IMAGE, VIDEO or PRODUCT), its
/// optional body and its buttons, each indexed within the card.
struct TemplateCardDefinition
{
    QString headerFormat;
    QString headerExampleMedia; ///< example.header_handle[0]
    QString bodyText;
    QStringList bodyVariables;
    QStringList bodyExamples;
    QList<TemplateButtonDefinition> buttons;

    bool isProduct() const { return headerFormat == QLatin1String("PRODUCT"); }
};

/**
 * A template as `GET /{waba-id}/message_templates` returns it (reference §5.1), with what a send
 * must fill read out of its components: the header's format and variable, the body's variables
 * in order, the buttons, and the examples the template was approved with.
 */
struct TemplateDefinition
{
    QString id;
    QString name;
    QString language;
    QString status; ///< APPROVED, PENDING, REJECTED, PAUSED, DISABLED, ...
    QString category; ///< AUTHENTICATION, MARKETING, UTILITY
    QString parameterFormat; ///< POSITIONAL or NAMED
    QJsonObject json; ///< the definition as received

    QString headerFormat; ///< TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION, ...; empty without a header
    QString headerText;
    QStringList headerVariables;
    QStringList headerExamples;
    QString headerExampleMedia; ///< example.header_handle[0]
    QString bodyText;
    QStringList bodyVariables; ///< "1", "2", ... in number order, or names in text order
    QStringList bodyExamples; ///< parallel to bodyVariables (empty strings where none)
    QString footerText;
    QList<TemplateButtonDefinition> buttons;
    QList<TemplateCardDefinition> cards; ///< CAROUSEL: its cards, in card_index order
    bool hasOffer = false; ///< a LIMITED_TIME_OFFER component
    QString offerText; ///< its text ("Expiring offer!")
    bool offerExpires = false; ///< has_expiration: a send carries expiration_time_ms
    bool callPermissionRequest = false; ///< a CALL_PERMISSION_REQUEST component
    bool orderStatus = false; ///< an ORDER_STATUS component: a send carries order_status

    static TemplateDefinition fromJson(const QJsonObject &json);
    /// The names inside {{ }} in `text`, each once, in the order they appear ("1", "name").
    static QStringList variablesIn(const QString &text);
    /// `text` with each {{variable}} replaced by `value(variable)`; one with no value stays.
    static QString substitute(const QString &text,
        const std::function<std::optional<QString>(const QString &variable)> &value);

    bool isNamed() const { return parameterFormat == QLatin1String("NAMED"); }

    bool isApproved() const { return status == QLatin1String("APPROVED"); }

    bool hasMediaHeader() const;

    /// Product-card carousels are approved with 2 cards and send 2 to 10 (media-card ones
    /// send exactly their own): this definition with `count` cards, each further one like
    /// the last. Any other definition comes back as it is.
    TemplateDefinition withCardCount(int count) const;

    bool cardsRepeat() const { return !cards.isEmpty() && cards.constFirst().isProduct(); }

    static constexpr int maxCards = 10;
};

} // namespace Wac

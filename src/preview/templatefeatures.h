// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/payloads/templatepayload.h"
#include "preview/bubble.h"

#include <optional>

// The parts of a template bubble Meta added through 2026: a limited-time offer's box, the
// thumbnail of a catalog or multi-product template, a call permission request's card, a tap
// target's override.
namespace Wac::TemplateFeatures {

/// The offer's title, when it ends (a Unix time in milliseconds) and its code, in a box
/// under the header, as WhatsApp shows a limited-time offer.
void addOffer(Bubble &bubble, const PreviewContext &ctx, const QString &title,
    std::optional<qint64> expiresMs, const QString &code);

/// What an expiration_time_ms reads as: "Ends 29 Oct 2023, 07:00 UTC"; a value before 2001
/// is named as what it probably is (seconds, or a duration as in Meta's own example).
QString expiryLine(std::optional<qint64> expiresMs);

/// The catalog's (or the multi-product message's) thumbnail product and what the button opens.
void addThumbnail(
    Bubble &bubble, const PreviewContext &ctx, const QString &retailerId, const QString &note);

/// The card a call permission request adds under the text.
void addCallPermission(Bubble &bubble, const PreviewContext &ctx);

/// A tap_target_configuration's override (the array Meta writes or the one object an SDK
/// sends): the title on the line under the message a tap opens, and the address it opens.
void addTapTarget(
    Bubble &bubble, const PreviewContext &ctx, const QList<TemplateParameter> &params);

} // namespace Wac::TemplateFeatures

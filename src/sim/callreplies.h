// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * What a simulated customer answers to a call permission request and to a contact info request,
 * in the shape of the webhooks Meta documents (cloud-api-2026.md §1.4 and §1.5). Each gives the
 * message's `type` and its object, without from, id and timestamp; nullopt and `error` when the
 * `/_sim/inbound` request is not one the simulator can send.
 *
 * A voice-call button has no answer here: its tap starts a call, which Meta reports in the
 * `calls` webhooks, and the doc shows no body for them.
 */
namespace Wac::Sim::CallReplies {

/// How long an allowed, not permanent, call permission lasts: 7 days.
constexpr qint64 temporaryPermissionSeconds = 7 * 24 * 3600;

/// `interactive.call_permission_reply`: `response` accept / reject, `is_permanent` (false by
/// default), `response_source` user_action (default) / automatic; an accepted temporary
/// permission expires 7 days after `now`. The request must name the asking message in
/// `context_id`: the reply quotes it.
std::optional<QJsonObject> permissionReply(
    const QJsonObject &request, const QDateTime &now, QString *error);

/// The `contacts` message the "Share contact info" button sends: one contact with `origin`
/// contact_request, the customer's own number (`waId`) and no vcard (Meta sends one only for
/// a contact shared directly); `from_user_id` when the request gives the customer's `user_id`.
std::optional<QJsonObject> sharedContactInfo(
    const QJsonObject &request, const QString &waId, QString *error);

} // namespace Wac::Sim::CallReplies

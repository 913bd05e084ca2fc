// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/outgoingmessage.h"

/// The messages that answer another: a reply quoting it, a reaction on it. The History and
/// the conversations start them the same way.
namespace Wac::ReplyDraft {

/// `current` (the message being composed) sent to `recipient` as a reply quoting `wamid`
/// (`context.message_id`); a type that cannot quote (a reaction, mark as read) becomes a text.
OutgoingMessage reply(
    const OutgoingMessage &current, const QString &recipient, const QString &wamid);

/// A reaction to `wamid` sent to `recipient`, its emoji left for the user to choose.
OutgoingMessage reaction(const QString &recipient, const QString &wamid);

} // namespace Wac::ReplyDraft

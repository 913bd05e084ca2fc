// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/messagetype.h"

#include <QJsonValue>

namespace Wac {

/// The blank content of `type` (the value under its `type` key): what the user has to fill in,
/// as empty values; a carousel starts with two cards, its least. An empty object for the types
/// whose content OutgoingMessage::setType() writes itself (media, location, mark-as-read).
QJsonValue messageSkeleton(MessageType type);

} // namespace Wac

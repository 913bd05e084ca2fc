// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/historyrecord.h"

#include <QString>
#include <QStringView>

/**
 * The console's own reasons for an outcome. A row keeps the stable code
 * (HistoryAnswer::errorReason); the window and `waconsole-cli history` translate it when they
 * show the row, so a history written in one language reads right in another.
 */
namespace Wac::HistoryReason {

/// The console stopped (quit, crash, power cut) after the request left and before its answer.
inline constexpr QStringView interrupted = u"interrupted";

/// The reason's sentence in the user's language; the code itself when this build does not know it.
QString text(const QString &code);

/// What a person reads as a row's error: the reason's sentence, else the recorded message.
QString errorText(const HistoryAnswer &answer);

/// One line for a list: the Graph code once, then the words ("#130429 Rate limit hit", not
/// "#130429 (#130429) Rate limit hit", which is how Graph's own message starts).
QString errorLine(const HistoryAnswer &answer);

} // namespace Wac::HistoryReason

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "preview/previewscene.h"
#include "preview/threadbubble.h"

namespace Wac {

/**
 * One message of a thread on the chat's wallpaper, `options.width` wide and as tall as it
 * needs (the scene's size): the bubble with its time and ticks, what it quotes, the reactions
 * under it and, for ours that failed, why. A thread is a column of these.
 */
PreviewScene renderThreadBubble(const ThreadBubble &bubble, const PreviewOptions &options);

/// A line across the thread for what is no message of its own: a date, a system notice.
PreviewScene renderThreadNotice(const QString &text, const PreviewOptions &options);

} // namespace Wac

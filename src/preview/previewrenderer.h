// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/outgoingmessage.h"
#include "preview/previewoptions.h"
#include "preview/previewscene.h"

namespace Wac {

/**
 * The message as WhatsApp shows it on a phone: the chat wallpaper, the bubble with its tail,
 * time and ticks, the message's parts and buttons, and (options.sheetOpen) a list's or product
 * list's opened sheet. Reads only the model, never a form.
 */
PreviewScene renderPreview(const OutgoingMessage &message, const PreviewOptions &options);

/// renderPreview(), painted at options.scale.
QImage renderPreviewImage(const OutgoingMessage &message, const PreviewOptions &options);

/// Lists and product lists open a sheet when their button is pressed.
bool hasSheet(MessageType type);

} // namespace Wac

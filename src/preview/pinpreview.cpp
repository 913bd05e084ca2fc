// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/previewparts.h"
#include "preview/previewtr.h"

using namespace Qt::StringLiterals;

namespace Wac::PreviewParts {

void pin(PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y)
{
    // A pin is no bubble: the group chat shows a centred line across it, as for its other events.
    const PinPayload p = message.pin();
    const bool unpin = p.operation == u"unpin"_s;
    QString text =
        unpin ? PreviewTr::tr("You unpinned a message") : PreviewTr::tr("You pinned a message");
    if (!p.messageId.isEmpty())
        text += u" · "_s + shortId(p.messageId);
    notice(scene, ctx, text, y);
}

} // namespace Wac::PreviewParts

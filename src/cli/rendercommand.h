// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "preview/previewoptions.h"

#include <QString>

class QTextStream;

namespace Wac::Cli {

struct RenderOptions
{
    PreviewOptions preview;
    QString output; ///< the PNG to write
    QString templateDefinitions; ///< a template definition, or a message_templates answer
};

/// `render FILE|- -o OUT.png`: the phone preview of the payload (or curl command) as a PNG.
int render(const QString &path, const RenderOptions &options, QTextStream &err);

} // namespace Wac::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "sendcommand.h"

class QTextStream;

namespace Wac::Cli {

/**
 * `templates`: the WABA's template library, every page of it, as a table or as JSON
 * (`{"data": [...]}`, which `render --template-def` reads). With a profile the library is also
 * kept in the cache the window reads; `cached` prints that copy without the network.
 */
int templates(const SendOptions &options, const QString &format, bool cached, QTextStream &out,
    QTextStream &err);

} // namespace Wac::Cli

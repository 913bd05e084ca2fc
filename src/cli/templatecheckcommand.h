// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

class QString;
class QTextStream;

namespace Wac::Cli {

/// `template-check FILE|-`: Meta's creation rules on a template definition (the body of
/// POST /{waba-id}/message_templates), printed as `validate` prints a send's findings.
int templateCheck(const QString &path, QTextStream &out, QTextStream &err);

} // namespace Wac::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

class QTextStream;

namespace Wac::Cli {

/// `template-check FILE|-`: Meta's creation rules on a template definition (the body of
/// POST /{waba-id}/message_templates), printed as `validate` prints a send's findings.
int templateCheck(const QString &path, QTextStream &out, QTextStream &err);

/// The command's paragraph of --help: a text of its own, so that the translated description
/// stays whole until the translators reach this one.
QString templateCheckHelp();

} // namespace Wac::Cli

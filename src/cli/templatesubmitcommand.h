// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

class QCommandLineParser;
class QTextStream;

namespace Wac::Cli {

/// Adds the options only template-submit and template-delete take (--edit), so that main.cpp
/// holds no more than their dispatch.
void addTemplateSubmitOptions(QCommandLineParser &parser);

bool isTemplateSubmitCommand(const QString &command);

/**
 * `template-submit --profile NAME [--edit TEMPLATE_ID] FILE|-`: checks the creation body in FILE
 * with Meta's creation rules, creates the template (or edits TEMPLATE_ID) and prints
 * `ID STATUS` (PENDING until Meta's review); the profile's cached library holds it at once.
 * Findings print as `validate` prints them; a definition with errors is not sent (exit 1),
 * and Graph's refusal prints at the field it names (exit 1).
 * `template-delete --profile NAME TEMPLATE_NAME`: deletes every language of the template.
 * Other exit codes as for send.
 */
int templateSubmitCommand(const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

} // namespace Wac::Cli

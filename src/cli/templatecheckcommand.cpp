// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "templatecheckcommand.h"

#include "core/coretr.h"
#include "core/templates/templatecreation.h"

#include <QJsonObject>
#include <QTextStream>

#include "clicommands.h"

using namespace Qt::StringLiterals;

namespace Wac::Cli {

int templateCheck(const QString &path, QTextStream &out, QTextStream &err)
{
    const auto json = readJson(path, err);
    if (!json)
        return Unreadable;
    // validate() reports a body that is no object as a finding at the root; the same here,
    // so that scripts read one format whatever the input.
    const QList<Diagnostic> diagnostics = json->isObject()
        ? TemplateCreation::check(json->toObject())
        : QList<Diagnostic> {{Severity::Error, QString(), u"notObject"_s,
            Tr::tr("A template definition must be a JSON object.")}};
    printDiagnostics(diagnostics, out);
    return hasErrors(diagnostics) ? Invalid : Ok;
}

QString templateCheckHelp()
{
    return Tr::tr("\n\nTemplates being designed:\n"
                  "  template-check FILE|-  check a template definition (the body of POST\n"
                  "                    /{waba-id}/message_templates) against Meta's creation\n"
                  "                    rules; prints and exits as validate does");
}

} // namespace Wac::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsoninput.h"

#include "core/coretr.h"
#include "core/jsonparser.h"
#include "core/jsonwriter.h"

namespace Wac {

JsonInput JsonInput::parse(const QByteArray &text)
{
    JsonInput input;
    const JsonParser::Result parsed = JsonParser::parse(text);
    if (parsed.reason.isEmpty()) {
        input.value = parsed.value;
        return input;
    }
    const QByteArray before = text.left(parsed.offset);
    input.line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    input.column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    input.error =
        Tr::tr("line %1, column %2: %3").arg(input.line).arg(input.column).arg(parsed.reason);
    return input;
}

QByteArray indentedJson(const QJsonObject &object)
{
    return JsonWriter::indented(object, 2);
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsoninput.h"

#include "core/coretr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace Wac {

JsonInput JsonInput::parse(const QByteArray &text)
{
    JsonInput input;
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        input.value =
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        return input;
    }
    const QByteArray before = text.left(parseError.offset);
    input.line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    input.column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    input.error = Tr::tr("line %1, column %2: %3")
                      .arg(input.line)
                      .arg(input.column)
                      .arg(parseError.errorString());
    return input;
}

} // namespace Wac

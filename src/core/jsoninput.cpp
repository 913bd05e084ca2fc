// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsoninput.h"

#include "core/coretr.h"
#include "core/jsonwriter.h"

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
    // QJsonDocument takes only an object or an array at the top level, while RFC 8259 allows
    // any value: read a lone scalar ("42") as the only element of an array, so that it is
    // reported as "not a message object" rather than as broken JSON.
    QJsonParseError wrappedError {};
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + text + ']', &wrappedError);
    if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
        input.value = wrapped.array().at(0);
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

QByteArray indentedJson(const QJsonObject &object)
{
    return JsonWriter::indented(object, 2);
}

} // namespace Wac

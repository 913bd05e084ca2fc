// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

namespace Wac::Test {

using Finding = QPair<QString, QString>; ///< (JSON Pointer, code)

/**
 * One entry of tests/data/payloads/cases*.json: a valid fixture with some values set or removed,
 * and the exact errors (and, when listed, warnings) the validator must report for it.
 */
struct PayloadCase
{
    QString name;
    QString base;
    QJsonValue payload;
    QList<Finding> errors;
    std::optional<QList<Finding>> warnings;
};

QString payloadDir();
/// The names (without .json) of the files in tests/data/payloads/valid.
QStringList validPayloadNames();
QJsonObject loadValidPayload(const QString &name);
QList<PayloadCase> loadCases();

} // namespace Wac::Test

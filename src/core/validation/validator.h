// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"

#include <QHash>
#include <QJsonValue>

namespace Wac {

/**
 * Checks a `POST /{phone-number-id}/messages` request body against every documented rule
 * (the seeds and cloud-api-reference.md §2, §5.2, §8). Never fails: every problem, including
 * a body that is not a JSON object, is a Diagnostic. Fields it does not know are warnings.
 */
QList<Diagnostic> validate(const QJsonValue &body);

/// The length limit of each text field, by JSON Pointer, as the validator applies it to this
/// message (a list's body allows more than a button's): what the form's counters show.
using FieldLimits = QHash<QString, qsizetype>;

/// The header types an interactive message of `interactiveType` may have ("text", "image",
/// "video", "document"); empty when it has no header.
QStringList allowedHeaderTypes(const QString &interactiveType);

/// validate() that also fills `limits` with every text field it checked, present or not.
QList<Diagnostic> validate(const QJsonValue &body, FieldLimits *limits);

} // namespace Wac

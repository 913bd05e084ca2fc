// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"

#include <QJsonValue>

namespace Wac {

/**
 * Checks a `POST /{phone-number-id}/messages` request body against every documented rule
 * (the seeds and cloud-api-reference.md §2, §5.2, §8). Never fails: every problem, including
 * a body that is not a JSON object, is a Diagnostic. Fields it does not know are warnings.
 */
QList<Diagnostic> validate(const QJsonValue &body);

} // namespace Wac

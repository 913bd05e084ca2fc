// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QString>

namespace Wac {

/**
 * The element of a repeated part that `pointer` points into, in the user's words and counted
 * from 1 as a person counts: "Section 2, row 1", "Body variable {{2}}", "Contact 1, phone 2".
 * Empty for a top-level field and for a whole list, whose message already says which.
 *
 * `body` is the request body the pointer was found in: it tells a template component's kind
 * (header, body, button) and gives a named variable its `parameter_name`.
 */
QString placeOf(const QJsonObject &body, const QString &pointer);

} // namespace Wac

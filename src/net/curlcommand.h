// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/apiconfig.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Wac::CurlCommand {

/// The environment variable a masked command reads the token from.
inline constexpr auto tokenVariable = "WACONSOLE_TOKEN";

/**
 * The `curl` command that sends `body` exactly as waconsole would: same URL, headers and bytes
 * (the body pretty-printed, which the API reads the same). Without `token` the Authorization
 * header reads `$WACONSOLE_TOKEN` from the shell, so a copied command never carries the secret
 * and still runs once the variable is set. A phone-number ID not yet known shows as
 * `{PHONE_NUMBER_ID}`.
 */
QString build(const ApiConfig &config, const QJsonObject &body,
    const std::optional<QByteArray> &token = std::nullopt);

/// `text` as one POSIX shell word in single quotes (`'` becomes `'\''`).
QString shellQuote(const QString &text);

} // namespace Wac::CurlCommand

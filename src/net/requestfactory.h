// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/apiconfig.h"

#include <QNetworkRequest>

#include <optional>

namespace Wac::RequestFactory {

/// `{base}/{version}/{phone-number-id}/messages`.
QUrl messagesUrl(const ApiConfig &config);
/// `{base}/{version}/{id}` for any Graph object (phone number, media).
QUrl objectUrl(const ApiConfig &config, const QString &id);

/// A JSON POST request with the Bearer token and the config's transfer timeout. The body is not
/// buffered by Qt, so Qt can never send it a second time on its own (see SendJob).
QNetworkRequest jsonRequest(
    const QUrl &url, const QByteArray &token, const ApiConfig &config, qint64 bodySize);

/// Whether `id` can stand in a request's path as a Graph object's ID: digits only, so that it
/// never addresses another object or endpoint ("../_sim/clock").
bool isObjectId(const QString &id);

/// Why the config's version and IDs must not become a request's path (a version not like
/// v25.0, an ID that is not digits), or nullopt: "../_sim/clock" would aim the token elsewhere.
std::optional<QString> pathRefusal(const ApiConfig &config);

/// Why `url` must not carry a token, or nullopt when it may: plain http is allowed only for
/// loopback addresses (the Sandbox); everything else must be https with a host.
std::optional<QString> refusal(const QUrl &url);

} // namespace Wac::RequestFactory

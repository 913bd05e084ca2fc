// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/graphdefaults.h"

#include <QString>
#include <QUrl>

namespace Wac {

/// Where and how a profile talks to the Graph API. The token is not here: it comes from the
/// keychain (or WACONSOLE_TOKEN) at the moment of sending and is never stored with the config.
struct ApiConfig
{
    QUrl baseUrl = QUrl(QLatin1String(GraphDefaults::baseUrl));
    QString apiVersion = QLatin1String(GraphDefaults::apiVersion);
    QString phoneNumberId;
    QString wabaId;
    int timeoutMs = GraphDefaults::timeoutMs;
};

} // namespace Wac

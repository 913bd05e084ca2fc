// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>
#include <QUrl>

namespace Wac {

/// Where and how a profile talks to the Graph API. The token is not here: it comes from the
/// keychain (or WACONSOLE_TOKEN) at the moment of sending and is never stored with the config.
struct ApiConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://graph.facebook.com"));
    QString apiVersion = QStringLiteral("v25.0");
    QString phoneNumberId;
    QString wabaId;
    int timeoutMs = 30000;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/profile.h"

#include <QString>
#include <QUrl>

#include <optional>

class QTextStream;

namespace Wac::Cli {

struct ListenOptions
{
    std::optional<Profile> profile; ///< a saved profile: its secrets, name and port
    QString address = QStringLiteral("127.0.0.1");
    std::optional<int> port; ///< none: the profile's receiver port, else a free one
    QString path = QStringLiteral("/webhook");
    QUrl forward; ///< relay each accepted delivery here too
};

/**
 * `listen`: a webhook receiver in the terminal, until SIGINT or SIGTERM. Each verified delivery
 * is committed to the history file the window reads, then printed as JSON Lines (listenEvents);
 * a refused one is a line on stderr. The app secret and verify token come from
 * WACONSOLE_APP_SECRET / WACONSOLE_VERIFY_TOKEN or the profile's keychain entries.
 */
int listen(const ListenOptions &options, QTextStream &out, QTextStream &err);

} // namespace Wac::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/profile.h"
#include "storage/storelocation.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace Wac {

class SecretVault;

/**
 * Where a profile's history, conversations and statuses are kept, ready to open: the default
 * SQLite file, or the team's PostgreSQL database with its password read from the keychain. The
 * window and the CLI both ask here, so a profile means the same store to both.
 */
class StoreAccess
{
public:
    struct Located
    {
        StoreLocation location;
        QString problem; ///< empty when `location` can be opened
    };

    using Callback = std::function<void(const Located &located)>;

    /// The file every profile without a team store shares (HistoryStore::defaultPath()).
    static StoreLocation defaultFile();
    /// `profile`'s store without its password: enough to compare or describe it.
    static StoreLocation of(const Profile &profile);
    /// Where `profile` keeps its history when that is not `open` (described for the user), or an
    /// empty string when `open` is its store. Every file of this computer counts as its file.
    static QString otherStore(const Profile &profile, const StoreLocation &open);
    /// How the user reads `location`: the team store's address, or "this computer's file".
    static QString describe(const StoreLocation &location);
    /// `profile`'s store with its password; `password` (the CLI's WACONSOLE_STORE_PASSWORD)
    /// is used instead of the keychain when given. `done` runs once, through `context`.
    static void locate(const Profile &profile, SecretVault *vault,
        const std::optional<QByteArray> &password, QObject *context, Callback done);
    /// The same, waiting for the keychain (a command line's single step).
    static Located locateNow(
        const Profile &profile, SecretVault *vault, const std::optional<QByteArray> &password);
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/profile.h"

#include <QList>
#include <QSettings>

#include <memory>
#include <optional>

namespace Wac {

/**
 * The user's profiles in QSettings ("profiles/<n>/…"), non-secret fields only. The Sandbox is
 * built in: always first, never stored, never deletable, its address that of the simulator the
 * console runs.
 */
class ProfileStore
{
public:
    /// The settings every waconsole program shares (~/.config/waconsole/waconsole.conf).
    ProfileStore();
    /// A settings file of its own, for tests and tools.
    explicit ProfileStore(const QString &iniPath);

    void setSandbox(const QUrl &simulatorUrl) { m_sandboxUrl = simulatorUrl; }

    /// The Sandbox (when its address is known) first, then the stored profiles by name.
    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString &name) const;

    /// The lowest port a receiver may listen on (0 is Off).
    static constexpr quint16 minReceiverPort = 1024;
    /// The longest agent name a thread shows beside a send.
    static constexpr int maxAgentName = 60;

    /// Why `profile` cannot be saved (replacing `originalName`, empty for a new one), or an
    /// empty string when it can.
    QString problem(const Profile &profile, const QString &originalName = {}) const;
    /// What is wrong with where `profile` sends (base URL, API version, the numeric IDs that
    /// become the request's path), or an empty string: also for a command line's ad-hoc one.
    static QString connectionProblem(const Profile &profile);
    /// Adds `profile`, or replaces `originalName` with it (a rename when the names differ).
    bool save(const Profile &profile, const QString &originalName, QString *error);
    bool remove(const QString &name, QString *error);

private:
    QList<Profile> stored() const;
    QString receiverPortProblem(const Profile &profile, const QString &originalName) const;
    void writeAll(const QList<Profile> &profiles);
    void readStore(Profile &p) const;
    void writeStore(const Profile &p);

    std::unique_ptr<QSettings> m_settings;
    QUrl m_sandboxUrl;
};

} // namespace Wac

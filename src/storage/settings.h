// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QList>
#include <QVariant>

#include <utility>

namespace Wac {

/**
 * The console's settings, typed: every key and its default in one table (settings.cpp), so no
 * caller spells a key or repeats a default. They live in the file every waconsole program shares
 * (~/.config/waconsole/waconsole.conf); profiles are in the same file under "profiles/" but have
 * their own store (ProfileStore). Secrets are never settings.
 */
class Settings
{
public:
    enum class Key
    {
        Theme, ///< "system", "light" or "dark"; empty until chosen
        HistoryKeepDays, ///< 0 keeps every message
        SendAnywayEverywhere, ///< offer "Send anyway" on profiles other than the Sandbox
        SandboxPort, ///< the port the built-in simulator asks for first
        LastFolder, ///< where file dialogs open
        WindowGeometry,
        WindowState, ///< docks and toolbars (QMainWindow::saveState)
        MainSplitter, ///< types · composer · views
        SideSplitter, ///< views · problems
        HistorySplitter, ///< table · details
        ConversationsSplitter, ///< conversation list · thread
        ConversationsNotify, ///< a desktop notice for a customer's message while away
    };

    /// The stored value of `key`, or its default.
    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);
    /// Several at once, in one write of the file.
    static void setValues(const QList<std::pair<Key, QVariant>> &values);
    /// Back to the default.
    static void reset(Key key);

    static QString theme() { return value(Key::Theme).toString(); }

    static int historyKeepDays() { return value(Key::HistoryKeepDays).toInt(); }

    static bool sendAnywayEverywhere() { return value(Key::SendAnywayEverywhere).toBool(); }

    static quint16 sandboxPort() { return quint16(value(Key::SandboxPort).toUInt()); }

    static bool conversationsNotify() { return value(Key::ConversationsNotify).toBool(); }
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QDateTime>

#include <functional>

namespace Wac {

class GraphAccess;
class HistoryLog;
class Inbox;
class MediaFetcher;
class MediaUploader;
class ProfileStore;
class Receivers;
class Sandbox;
class SendService;
class TemplateLibrary;

/**
 * What the window works with, handed over once at construction; any of them may be missing
 * (a window that only composes, as some tests use). None is owned by the window.
 */
struct WindowServices
{
    ProfileStore *profiles = nullptr;
    GraphAccess *graph = nullptr; ///< tokens (and, through it, the vault) and clients
    SendService *sender = nullptr;
    MediaUploader *uploader = nullptr;
    HistoryLog *history = nullptr; ///< none: sends are not recorded and there is no History dock
    TemplateLibrary *templates = nullptr;
    Inbox *inbox = nullptr; ///< what was received; none: no Conversations
    Receivers *receivers = nullptr; ///< the webhook receivers, shown in the profile dialog
    MediaFetcher *media = nullptr; ///< fetches customers' files (again, when one failed)
    Sandbox *sandbox = nullptr; ///< the simulator, for writing as a customer
    /// The time the 24-hour window is counted against (tests move it).
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace Wac

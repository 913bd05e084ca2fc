// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "sim/templatestore.h"
#include "storage/keychaintokenstore.h"
#include "storage/profilestore.h"
#include "storage/secretvault.h"
#include "widgets/windowservices.h"

#include <QNetworkAccessManager>

#include <memory>
#include <optional>

#include "services/graphaccess.h"
#include "services/mediauploader.h"
#include "services/sendservice.h"

namespace Wac {

class HistoryLog;
class HistoryStore;
class Inbox;
class MainWindow;
class MediaFetcher;
class Receivers;
class Sandbox;
class TemplateCache;
class TemplateLibrary;

/**
 * What the console's window works with, made for the store of the profile it opens on (this
 * computer's file, or its team's server), each after what it needs and ended in the reverse
 * order. What tells the user how the start went, and what starts after the first paint (the
 * Sandbox, the receivers, the customers' files), are here too: main() keeps to the order.
 */
class ConsoleServices
{
public:
    ConsoleServices();
    ~ConsoleServices();
    ConsoleServices(const ConsoleServices &) = delete;
    ConsoleServices &operator=(const ConsoleServices &) = delete;

    /// Opens the store of the saved profile `startName` (empty: this computer's own file) and
    /// what works on it; false, with `error` said and nothing opened, when no profile is named so.
    bool open(const QString &startName, QString *error);

    /// The profile named at open(); none for the default store.
    const std::optional<Profile> &startProfile() const { return m_start; }

    /// What the window is handed.
    WindowServices forWindow();
    /// Says in `window` what the start found: a history that is not kept, a team store out of
    /// reach, a damaged file moved aside, sends interrupted last time, no template library.
    void tellStart(MainWindow &window) const;
    /// The Sandbox's templates, read from its seed before it runs, so that a template draft or
    /// file opens in its form at once.
    void lendSandboxTemplates(MainWindow &window) const;
    /// After the first paint: the Sandbox on `port`, each profile's receiver, the customers'
    /// files still to fetch.
    void startReceiving(MainWindow &window, quint16 port);

private:
    QNetworkAccessManager m_nam;
    ProfileStore m_profiles;
    KeychainTokenStore m_keychain;
    SecretVault m_vault {&m_keychain};
    GraphAccess m_graph {&m_vault, &m_nam};
    SendService m_sender {&m_graph};
    MediaUploader m_uploader {&m_graph};
    std::optional<Profile> m_start;
    QString m_storeProblem;
    std::unique_ptr<HistoryStore> m_history;
    QString m_historyNotice;
    std::unique_ptr<HistoryLog> m_historyLog;
    std::unique_ptr<Inbox> m_inbox;
    int m_interrupted = 0;
    std::unique_ptr<TemplateCache> m_templateCache;
    bool m_cacheOpen = false;
    std::unique_ptr<TemplateLibrary> m_templates;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Receivers> m_receivers;
    std::unique_ptr<MediaFetcher> m_media;
    Sim::TemplateStore m_seed; ///< outlives the window, which asks it
    bool m_seedLoaded = false;
};

} // namespace Wac

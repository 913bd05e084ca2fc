// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "sim/simulatorserver.h"
#include "storage/memorytokenstore.h"
#include "storage/profilestore.h"
#include "storage/secretvault.h"
#include "storage/templatecache.h"
#include "widgets/mainwindow.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

#include "services/graphaccess.h"
#include "services/historylog.h"
#include "services/inbox.h"
#include "services/mediauploader.h"
#include "services/sendservice.h"
#include "services/templatelibrary.h"

namespace Wac::Test {

/**
 * A window wired as the app wires it, against a Sandbox simulator of its own on loopback:
 * profiles in a throw-away settings file, secrets in memory. Each start() makes a new one.
 */
struct WindowFixture
{
    QTemporaryDir dir;
    QNetworkAccessManager nam;
    std::unique_ptr<Sim::SimulatorServer> sim;
    std::unique_ptr<ProfileStore> store;
    std::unique_ptr<MemoryTokenStore> secrets;
    std::unique_ptr<SecretVault> vault;
    std::unique_ptr<GraphAccess> graph;
    std::unique_ptr<SendService> sender;
    std::unique_ptr<MediaUploader> uploader;
    std::unique_ptr<HistoryLog> historyLog;
    std::unique_ptr<Inbox> inbox;
    std::unique_ptr<TemplateCache> templateCache;
    std::unique_ptr<TemplateLibrary> templates;
    std::unique_ptr<MainWindow> window;
    /// The time the window counts the 24-hour window against; the real one when unset.
    std::function<QDateTime()> clock;

    /// Starts the simulator and shows the window, recording in `history` when given (open);
    /// the reason when the simulator cannot start.
    QString start(HistoryStore *history = nullptr);

    /// Ends what start() made, in the reverse of its order: each part lets go of those it
    /// was handed before they go.
    void stop()
    {
        window.reset();
        templates.reset();
        templateCache.reset();
        inbox.reset();
        historyLog.reset();
        uploader.reset();
        sender.reset();
        graph.reset();
        vault.reset();
        secrets.reset();
        store.reset();
        sim.reset();
    }

    /// Commits a webhook `body` as the Sandbox's receiver would have received it; false (with a
    /// test warning) when it could not be.
    bool receive(const QByteArray &body);

    /// How many POSTs reached the simulator whose path ends with `suffix`.
    qsizetype posts(const QString &suffix = {}) const;
    /// The result panel's headline.
    QString headline() const;
    /// Opens the Templates window, waits for the Sandbox's library and uses `name` in
    /// `language` as the user does (Use); false when the library does not list it.
    bool useTemplate(const QString &name, const QString &language);
};

} // namespace Wac::Test

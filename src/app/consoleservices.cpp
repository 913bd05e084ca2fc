// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "app/consoleservices.h"

#include "sim/simulatorserver.h"
#include "storage/historystore.h"
#include "storage/templatecache.h"
#include "widgets/mainwindow.h"

#include <QCoreApplication>
#include <QStatusBar>

#include "services/heldanswers.h"
#include "services/historylog.h"
#include "services/inbox.h"
#include "services/mediafetcher.h"
#include "services/receivers.h"
#include "services/sandbox.h"
#include "services/storeaccess.h"
#include "services/templatelibrary.h"

using namespace Qt::StringLiterals;

namespace Wac {

ConsoleServices::ConsoleServices() = default;

ConsoleServices::~ConsoleServices() = default;

bool ConsoleServices::open(const QString &startName, QString *error)
{
    m_start = startName.isEmpty() ? std::nullopt : m_profiles.find(startName);
    if (!startName.isEmpty() && !m_start) {
        *error =
            QCoreApplication::translate("main", "No saved profile is named \"%1\".").arg(startName);
        return false;
    }
    const StoreAccess::Located store = m_start
        ? StoreAccess::locateNow(*m_start, &m_vault, std::nullopt)
        : StoreAccess::Located {StoreAccess::defaultFile(), {}};
    m_storeProblem = store.problem;
    m_history = std::make_unique<HistoryStore>(store.location);
    // A team store that cannot be reached yet is still the one: sends wait for it (refused,
    // never unrecorded) and the log connects again by itself.
    if (m_history->open(&m_historyNotice) || m_history->location().isPostgres()) {
        m_historyLog = std::make_unique<HistoryLog>(m_history.get());
        // Answers the last run held for the team's server are written before anything is
        // taken for interrupted.
        if (m_history->location().isPostgres())
            m_historyLog->keepHeldAnswersIn(
                HeldAnswers::pathFor(m_history->location()), &m_historyNotice);
        m_interrupted = m_historyLog->markInterruptedUnknown();
        m_historyLog->watchOtherWriters();
        m_sender.setHistory(m_historyLog.get());
        m_inbox = std::make_unique<Inbox>(m_historyLog.get());
    }
    // A team's consoles share their libraries as they share the history.
    m_templateCache = std::make_unique<TemplateCache>(TemplateCache::beside(store.location));
    m_cacheOpen = m_templateCache->open();
    m_templates = std::make_unique<TemplateLibrary>(m_templateCache.get(), &m_graph);

    // Receiving: the Sandbox's receiver (its simulator posts there), each profile's own on its
    // port, and the customers' files fetched as they come.
    m_sandbox = std::make_unique<Sandbox>(m_inbox.get());
    m_receivers = std::make_unique<Receivers>(m_inbox.get(), &m_vault);
    if (m_inbox) {
        m_inbox->setTemplates(m_templates.get());
        m_media = std::make_unique<MediaFetcher>(m_inbox.get(), &m_graph);
        m_media->setProfileResolver([this](const QString &name) { return m_profiles.find(name); });
    }
    QString seedError; // no seed: the Sandbox's templates are known once it runs
    m_seedLoaded = m_seed.load(Sim::SimConfig::sandbox().templateSeed, &seedError);
    return true;
}

WindowServices ConsoleServices::forWindow()
{
    WindowServices services;
    services.profiles = &m_profiles;
    services.graph = &m_graph;
    services.sender = &m_sender;
    services.uploader = &m_uploader;
    services.history = m_historyLog.get();
    services.templates = m_templates.get();
    services.inbox = m_inbox.get();
    services.receivers = m_receivers.get();
    services.media = m_media.get();
    services.sandbox = m_sandbox.get();
    return services;
}

void ConsoleServices::tellStart(MainWindow &window) const
{
    if (!m_historyLog) {
        window.statusBar()->showMessage(
            QCoreApplication::translate("main", "Sends are not recorded: %1")
                .arg(m_history->lastError()));
    } else if (!m_history->isOpen()) {
        window.showTeamStore(
            false, m_storeProblem.isEmpty() ? m_history->lastError() : m_storeProblem);
    } else if (!m_historyNotice.isEmpty()) {
        window.showNotice(QCoreApplication::translate("main", "History"), m_historyNotice);
    } else if (m_interrupted > 0) {
        window.statusBar()->showMessage(QCoreApplication::translate("main",
            "Sends with no answer when waconsole last stopped, now marked \"outcome "
            "unknown\" in the history: %L1.")
                                            .arg(m_interrupted));
    }
    if (!m_cacheOpen) {
        window.statusBar()->showMessage(
            QCoreApplication::translate("main", "Template libraries are not kept: %1")
                .arg(m_templateCache->lastError()));
    }
}

void ConsoleServices::lendSandboxTemplates(MainWindow &window) const
{
    if (!m_seedLoaded)
        return;
    const Sim::TemplateStore *seed = &m_seed;
    window.setSandboxTemplates([seed](const QString &name, const QString &language) {
        return seed->find(name, language);
    });
}

void ConsoleServices::startReceiving(MainWindow &window, quint16 port)
{
    QString sandboxError;
    if (!m_sandbox->start(port, &sandboxError)) {
        window.statusBar()->showMessage(
            QCoreApplication::translate("main", "The Sandbox simulator did not start: %1")
                .arg(sandboxError));
    } else {
        Sim::SimulatorServer *server = m_sandbox->simulator();
        window.setSandboxTemplates([server](const QString &name, const QString &language) {
            return server->templates().find(name, language);
        });
        window.setSandbox(server->baseUrl());
        m_receivers->setSandbox(&m_sandbox->receiver());
    }
    m_receivers->sync(m_profiles.profiles());
    if (m_media)
        m_media->fetchPending();
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "windowfixture.h"

#include "widgets/templates/templatebrowser.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wac::Test {

QString WindowFixture::start(HistoryStore *history)
{
    stop();
    sim = std::make_unique<Sim::SimulatorServer>(Sim::SimConfig::sandbox());
    QString error;
    if (!sim->start(&error))
        return error;
    sim->conversations().setLimitsEnabled(false);
    QFile::remove(dir.filePath(u"p.ini"_s));
    store = std::make_unique<ProfileStore>(dir.filePath(u"p.ini"_s));
    secrets = std::make_unique<MemoryTokenStore>();
    vault = std::make_unique<SecretVault>(secrets.get());
    QFile::remove(dir.filePath(u"templates.sqlite"_s));
    templateCache = std::make_unique<TemplateCache>(dir.filePath(u"templates.sqlite"_s));
    if (!templateCache->open())
        return templateCache->lastError();
    graph = std::make_unique<GraphAccess>(vault.get(), &nam);
    sender = std::make_unique<SendService>(graph.get());
    uploader = std::make_unique<MediaUploader>(graph.get());
    templates = std::make_unique<TemplateLibrary>(templateCache.get(), graph.get());
    WindowServices services;
    services.profiles = store.get();
    services.graph = graph.get();
    services.sender = sender.get();
    services.uploader = uploader.get();
    services.templates = templates.get();
    if (history) {
        historyLog = std::make_unique<HistoryLog>(history);
        historyLog->markInterruptedUnknown();
        sender->setHistory(historyLog.get());
        services.history = historyLog.get();
        inbox = std::make_unique<Inbox>(historyLog.get());
        services.inbox = inbox.get();
    }
    if (clock)
        services.clock = clock;
    store->setSandbox(sim->baseUrl());
    window = std::make_unique<MainWindow>(services);
    window->setSandbox(sim->baseUrl());
    window->show();
    // What waits for the first paint (the phone, the history's first page) has run, as it
    // has for a user a moment after the window appears.
    if (!QTest::qWaitFor([this] { return window->isStarted(); }, 5000))
        return u"the window never painted"_s;
    return {};
}

bool WindowFixture::receive(const QByteArray &body)
{
    ReceivedDelivery delivery;
    delivery.body = body;
    delivery.receivedAt = QDateTime::currentMSecsSinceEpoch();
    delivery.peer = u"127.0.0.1:1"_s;
    delivery.verified = true;
    if (inbox && inbox->record(QString::fromLatin1(Profile::sandboxName), delivery))
        return true;
    qWarning("the delivery was not recorded: %s",
        qPrintable(inbox ? inbox->lastError() : u"no inbox"_s));
    return false;
}

qsizetype WindowFixture::posts(const QString &suffix) const
{
    qsizetype count = 0;
    for (const auto &entry : sim->requestLog().entries())
        count += entry.method == u"POST"_s && entry.target.endsWith(suffix) ? 1 : 0;
    return count;
}

QString WindowFixture::headline() const
{
    return window->findChild<QLabel *>(u"resultHeadlineLabel"_s)->text();
}

bool WindowFixture::useTemplate(const QString &name, const QString &language)
{
    TemplateBrowser *browser = window->showTemplates();
    if (!browser)
        return false;
    // The Sandbox's library was never read: opening the window reads it.
    const bool listed = QTest::qWaitFor(
        [&] {
            browser->select(name, language);
            return browser->current() && browser->current()->name == name;
        },
        10000);
    if (!listed)
        return false;
    QTest::mouseClick(browser->findChild<QPushButton *>(u"useButton"_s), Qt::LeftButton);
    return true;
}

} // namespace Wac::Test

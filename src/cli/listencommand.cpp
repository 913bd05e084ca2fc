// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "listencommand.h"

#include "core/coretr.h"
#include "storage/historystore.h"
#include "storage/keychaintokenstore.h"
#include "storage/secretvault.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

#include "clicommands.h"
#include "listenevents.h"
#include "services/deliveryforwarder.h"
#include "services/historylog.h"
#include "services/inbox.h"
#include "services/profilereceiver.h"
#include "signalquit.h"

using namespace Qt::StringLiterals;

namespace Wac::Cli {

namespace {

std::optional<QByteArray> fromEnvironment(const char *name)
{
    if (!qEnvironmentVariableIsSet(name))
        return std::nullopt;
    return qgetenv(name);
}

} // namespace

int listen(const ListenOptions &options, QTextStream &out, QTextStream &err)
{
    if (!options.path.startsWith(u'/')) {
        err << Tr::tr("--path must start with /.") << Qt::endl;
        return Unreadable;
    }
    if (options.port && (*options.port < 0 || *options.port > 65535)) {
        err << Tr::tr("--port takes 0 (a free port) to 65535.") << Qt::endl;
        return Unreadable;
    }
    if (options.forward.isValid() && !options.forward.scheme().startsWith(u"http"_s)) {
        err << Tr::tr("--forward takes an http or https URL.") << Qt::endl;
        return Unreadable;
    }
    const std::optional<StoreLocation> location = storeOf(options.profile, err);
    if (!location)
        return Unreadable;
    HistoryStore store(*location);
    if (!openHistory(store, err, true))
        return Unreadable;
    HistoryLog log(&store);
    Inbox inbox(&log);

    ProfileReceiver::Secrets given {
        fromEnvironment("WACONSOLE_APP_SECRET"), fromEnvironment("WACONSOLE_VERIFY_TOKEN")};
    Profile profile;
    profile.name = u"listen"_s;
    std::unique_ptr<KeychainTokenStore> keychain;
    std::unique_ptr<SecretVault> vault;
    if (options.profile) {
        profile = *options.profile;
        keychain = std::make_unique<KeychainTokenStore>();
        vault = std::make_unique<SecretVault>(keychain.get());
    } else {
        if (!given.appSecret) {
            err << Tr::tr("waconsole-cli: no app secret (set WACONSOLE_APP_SECRET, or use "
                          "--profile): every delivery will be refused.")
                << Qt::endl;
            given.appSecret = QByteArray();
        }
        if (!given.verifyToken)
            given.verifyToken = QByteArray();
    }
    ProfileReceiver receiver(&inbox, vault.get());
    WebhookReceiver::Options listenOn;
    listenOn.address = QHostAddress(options.address);
    if (listenOn.address.isNull()) {
        err << Tr::tr("--listen takes an IP address, e.g. 127.0.0.1 or 0.0.0.0.") << Qt::endl;
        return Unreadable;
    }
    listenOn.port = quint16(options.port.value_or(profile.receiverPort));
    listenOn.path = options.path;
    QString problem;
    if (!receiver.start(profile, listenOn, given, &problem)) {
        err << problem << Qt::endl;
        return NotSent;
    }
    // Scripts wait for this exact line: it is never translated.
    err << u"waconsole-cli listening on "_s << receiver.receiver().url().toString() << Qt::endl;

    std::unique_ptr<DeliveryForwarder> forwarder;
    if (options.forward.isValid()) {
        forwarder = std::make_unique<DeliveryForwarder>(options.forward);
        QObject::connect(forwarder.get(), &DeliveryForwarder::failed, forwarder.get(),
            [&err](
                const QString &why) { err << Tr::tr("forward failed: %1").arg(why) << Qt::endl; });
        QObject::connect(&receiver, &ProfileReceiver::accepted, forwarder.get(),
            [&forwarder](const ReceivedDelivery &delivery) { forwarder->forward(delivery); });
    }
    QObject::connect(&inbox, &Inbox::received, &inbox,
        [&out](const QString &, const WebhookDelivery &parsed, const RecordedDelivery &recorded) {
            for (const QByteArray &line : listenEvents(parsed, recorded))
                out << QString::fromUtf8(line) << u'\n';
            out.flush(); // a pipe reader sees each event at once
        });
    QObject::connect(
        &receiver, &ProfileReceiver::refused, &receiver, [&err](int status, const QString &why) {
            err << Tr::tr("refused (%1): %2").arg(status).arg(why) << Qt::endl;
        });
    QString lastProblem;
    QObject::connect(&receiver, &ProfileReceiver::stateChanged, &receiver,
        [&err, &lastProblem](const ReceiverState &state) {
            if (!state.problem.isEmpty() && state.problem != lastProblem) {
                lastProblem = state.problem;
                err << state.problem << Qt::endl;
            }
        });
    SignalQuit quit;
    QCoreApplication::exec();
    receiver.stop();
    return Ok;
}

} // namespace Wac::Cli

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sendcommand.h"

#include "core/coretr.h"
#include "core/validation/validator.h"
#include "storage/historystore.h"
#include "storage/keychaintokenstore.h"
#include "storage/profilestore.h"
#include "storage/secretvault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

#include "clicommands.h"
#include "services/graphaccess.h"
#include "services/historylog.h"
#include "services/mediauploader.h"
#include "services/sendservice.h"
#include "services/storeaccess.h"

using namespace Qt::StringLiterals;

namespace Wac::Cli {

int exitCodeFor(SendResult::Outcome outcome)
{
    switch (outcome) {
    case SendResult::Outcome::Accepted:
        return Ok;
    case SendResult::Outcome::Rejected:
        return Invalid;
    case SendResult::Outcome::Unknown:
        return OutcomeUnknown;
    case SendResult::Outcome::NotSent:
    case SendResult::Outcome::Cancelled:
        break;
    }
    return NotSent;
}

void describe(const SendResult &result, QTextStream &err)
{
    if (result.outcome == SendResult::Outcome::Accepted && result.wamid.isEmpty()) {
        err << Tr::tr("Uploaded: media ID %1").arg(result.response.value(u"id").toString())
            << Qt::endl;
        return;
    }
    if (result.outcome == SendResult::Outcome::Accepted) {
        err << Tr::tr("Accepted (not yet delivered): %1").arg(result.wamid) << Qt::endl;
        if (!result.waId.isEmpty() && result.waId != QString(result.input).remove(u'+'))
            err << Tr::tr("WhatsApp ID %1 differs from the number given, %2.")
                       .arg(result.waId, result.input)
                << Qt::endl;
        if (!result.messageStatus.isEmpty())
            err << Tr::tr("Pacing status: %1").arg(result.messageStatus) << Qt::endl;
        return;
    }
    const ApiError &e = result.error;
    err << e.headline();
    if (e.code != 0)
        err << u" (#"_s << e.code << u')';
    err << Qt::endl;
    if (!e.message.isEmpty())
        err << u"  "_s << e.message << Qt::endl;
    if (!e.details.isEmpty())
        err << u"  "_s << e.details << Qt::endl;
    if (const QString hint = e.hint(); !hint.isEmpty())
        err << u"  "_s << hint << Qt::endl;
    if (!e.fbtraceId.isEmpty())
        err << u"  fbtrace_id "_s << e.fbtraceId << Qt::endl;
}

bool prepareToken(GraphAccess &graph, const SendOptions &options, QTextStream &err)
{
    const QByteArray fromEnvironment = qgetenv("WACONSOLE_TOKEN");
    graph.setTokenOverride(fromEnvironment);
    graph.setFrontEnd(GraphAccess::FrontEnd::CommandLine);
    graph.setTimeoutMs(options.timeoutMs);
    if (fromEnvironment.isEmpty() && !options.savedProfile && !options.profile.isSandbox()) {
        err << Tr::tr("waconsole-cli: set WACONSOLE_TOKEN to the access token (it is never taken "
                      "from the command line).")
            << Qt::endl;
        return false;
    }
    return true;
}

namespace {

/// Waits for `finished` of `sender` and returns what it carried.
template <typename Sender, typename Signal> SendResult waitFor(Sender *sender, Signal finished)
{
    SendResult result;
    QObject::connect(
        sender, finished, QCoreApplication::instance(), [&result](const SendResult &r) {
            result = r;
            QCoreApplication::quit();
        });
    QCoreApplication::exec();
    return result;
}

int report(const SendResult &result, QTextStream &out, QTextStream &err)
{
    if (!result.body.isEmpty())
        out << QString::fromUtf8(result.body) << Qt::endl;
    describe(result, err);
    if (result.error.category == ApiError::Category::NoCredentials)
        return Unreadable;
    return exitCodeFor(result.outcome);
}

} // namespace

int send(const QString &path, const SendOptions &options, QTextStream &out, QTextStream &err)
{
    const auto json = readJson(path, err);
    if (!json)
        return Unreadable;
    if (!json->isObject()) {
        err << Tr::tr("waconsole-cli: the input is JSON, but not a message object.") << Qt::endl;
        return Unreadable;
    }
    QNetworkAccessManager nam;
    KeychainTokenStore keychain;
    SecretVault vault(&keychain);
    GraphAccess graph(&vault, &nam);
    if (!prepareToken(graph, options, err))
        return Unreadable;
    const QList<Diagnostic> problems = Wac::validate(*json);
    if (hasErrors(problems) && !options.sendAnyway) {
        for (const Diagnostic &d : problems) {
            if (d.isError())
                err << d.pointer << u": "_s << d.message << u" ["_s << d.code << u']' << Qt::endl;
        }
        err << Tr::tr(
            "Not sent: the payload has errors (--send-anyway sends it to see the server's "
            "answer).")
            << Qt::endl;
        return Invalid;
    }
    // The same history the window shows: a send from a script is a send like any other.
    const std::optional<StoreLocation> location = options.recordHistory
        ? storeOf(options.savedProfile ? std::optional(options.profile) : std::nullopt, err)
        : StoreAccess::defaultFile();
    if (!location)
        return NotSent;
    HistoryStore store(*location);
    std::unique_ptr<HistoryLog> history;
    if (options.recordHistory) {
        // A writer, but not the window: a damaged file is left for the window to move aside.
        if (!store.open(nullptr, HistoryStore::Mode::Writer)) {
            err << Tr::tr("waconsole-cli: the history cannot be written (%1), so nothing was "
                          "sent; --no-history sends without recording.")
                       .arg(store.lastError())
                << Qt::endl;
            return NotSent;
        }
        history = std::make_unique<HistoryLog>(&store);
    }
    SendService sender(&graph);
    sender.setHistory(history.get());
    sender.send(options.profile, json->toObject());
    return report(waitFor(&sender, &SendService::finished), out, err);
}

int upload(const QString &path, const SendOptions &options, const QString &mimeType,
    QTextStream &out, QTextStream &err)
{
    const MediaFile file = MediaFile::load(path, mimeType);
    if (!file.ok()) {
        err << file.problem << Qt::endl << Tr::tr("Not sent.") << Qt::endl;
        return Invalid;
    }
    QNetworkAccessManager nam;
    KeychainTokenStore keychain;
    SecretVault vault(&keychain);
    GraphAccess graph(&vault, &nam);
    if (!prepareToken(graph, options, err))
        return Unreadable;
    MediaUploader uploader(&graph);
    uploader.upload(options.profile, file);
    return report(waitFor(&uploader, &MediaUploader::finished), out, err);
}

std::optional<int> timeoutMs(const QString &seconds, QTextStream &err)
{
    bool number = false;
    const int value = seconds.toInt(&number);
    // 0 or less would be no limit or an instant failure, and a value past a day overflows the
    // milliseconds a timer counts: both are refused rather than quietly changed.
    if (number && value >= 1 && value <= maxTimeoutSeconds)
        return value * 1000;
    err << Tr::tr("waconsole-cli: --timeout must be a whole number of seconds from 1 to %1, "
                  "not \"%2\".")
               .arg(maxTimeoutSeconds)
               .arg(seconds)
        << Qt::endl;
    return std::nullopt;
}

/// Fills `options` from the saved profile `name`; false after saying there is none.
bool useProfile(const QString &name, SendOptions &options, QTextStream &err)
{
    const auto found = ProfileStore().find(name);
    if (!found) {
        err << Tr::tr("No saved profile is named \"%1\" (the Sandbox runs inside "
                      "waconsole; use waconsole-sim with --base-url).")
                   .arg(name)
            << Qt::endl;
        return false;
    }
    options.profile = *found;
    options.savedProfile = true;
    return true;
}

/// A profile made from the command line's --base-url and its companions, named after the
/// address in the history.
Profile adHocProfile(const QUrl &baseUrl, const QString &apiVersion)
{
    Profile profile;
    profile.baseUrl = baseUrl;
    profile.apiVersion = apiVersion;
    profile.name =
        baseUrl.host() + (baseUrl.port() > 0 ? u':' + QString::number(baseUrl.port()) : QString());
    return profile;
}

} // namespace Wac::Cli

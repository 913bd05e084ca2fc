// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sendcommand.h"

#include "core/coretr.h"
#include "core/validation/validator.h"
#include "net/cloudapiclient.h"
#include "storage/keychaintokenstore.h"
#include "storage/secretvault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

#include "clicommands.h"

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

/// WACONSOLE_TOKEN, or else the profile's token from the keychain; empty after telling why not.
QByteArray resolveToken(const QString &profile, QTextStream &err)
{
    const QByteArray fromEnvironment = qgetenv("WACONSOLE_TOKEN");
    if (!fromEnvironment.isEmpty() || profile.isEmpty()) {
        if (fromEnvironment.isEmpty()) {
            err << Tr::tr(
                "waconsole-cli: set WACONSOLE_TOKEN to the access token (it is never taken "
                "from the command line).")
                << Qt::endl;
        }
        return fromEnvironment;
    }
    KeychainTokenStore keychain;
    SecretVault vault(&keychain);
    QByteArray token;
    QString problem;
    vault.read(profile, QString::fromLatin1(SecretVault::accessToken), QCoreApplication::instance(),
        [&](const QByteArray &secret, TokenStore::Error error, const QString &detail) {
            token = secret;
            if (error == TokenStore::Error::NotFound)
                problem =
                    Tr::tr("waconsole-cli: no access token is stored for profile \"%1\"; save one "
                           "in waconsole, or set WACONSOLE_TOKEN.")
                        .arg(profile);
            else if (error != TokenStore::Error::None || vault.isSessionOnly())
                problem =
                    Tr::tr("waconsole-cli: the keychain cannot be read (%1); set WACONSOLE_TOKEN.")
                        .arg(detail);
            QCoreApplication::quit();
        });
    QCoreApplication::exec();
    if (!problem.isEmpty()) {
        err << problem << Qt::endl;
        return {};
    }
    return token;
}

/// Starts one job with a client for `config`, waits for it, prints the answer and the decoded
/// outcome, and returns the exit code.
namespace {

int runAndReport(const ApiConfig &config, const QByteArray &token,
    const std::function<SendJob *(CloudApiClient &)> &start, QTextStream &out, QTextStream &err)
{
    QNetworkAccessManager nam;
    CloudApiClient client(&nam, config);
    client.setToken(token);
    SendResult result;
    QObject::connect(start(client), &SendJob::finished, QCoreApplication::instance(),
        [&result](const SendResult &r) {
            result = r;
            QCoreApplication::quit();
        });
    QCoreApplication::exec();
    if (!result.body.isEmpty())
        out << QString::fromUtf8(result.body) << Qt::endl;
    describe(result, err);
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
    const QByteArray token = resolveToken(options.profile, err);
    if (token.isEmpty())
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

    const QJsonObject message = json->toObject();
    return runAndReport(
        options.config, token, [&](CloudApiClient &client) { return client.sendMessage(message); },
        out, err);
}

int upload(const QString &path, const SendOptions &options, const QString &mimeType,
    QTextStream &out, QTextStream &err)
{
    const MediaFile file = MediaFile::load(path, mimeType);
    if (!file.ok()) {
        err << file.problem << Qt::endl << Tr::tr("Not sent.") << Qt::endl;
        return Invalid;
    }
    const QByteArray token = resolveToken(options.profile, err);
    if (token.isEmpty())
        return Unreadable;
    return runAndReport(
        options.config, token, [&](CloudApiClient &client) { return client.uploadMedia(file); },
        out, err);
}

} // namespace Wac::Cli

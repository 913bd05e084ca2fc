// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "clicommands.h"

#include "core/coretr.h"
#include "core/jsoninput.h"
#include "core/outgoingmessage.h"
#include "core/validation/validator.h"
#include "storage/historystore.h"
#include "storage/keychaintokenstore.h"
#include "storage/profilestore.h"
#include "storage/secretvault.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <optional>

#include "services/storeaccess.h"

using namespace Qt::StringLiterals;

namespace Wac::Cli {

namespace {

QString displayName(const QString &path)
{
    return path == u"-"_s ? Tr::tr("standard input") : path;
}

} // namespace

std::optional<QJsonValue> readJson(const QString &path, QTextStream &err)
{
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err << Tr::tr("waconsole-cli: cannot read %1: %2")
                   .arg(displayName(path), file.errorString())
            << Qt::endl;
        return std::nullopt;
    }
    const JsonInput input = JsonInput::parse(file.readAll());
    if (!input.ok()) {
        err << Tr::tr("waconsole-cli: %1 is not valid JSON: %2").arg(displayName(path), input.error)
            << Qt::endl;
        return std::nullopt;
    }
    return input.value;
}

void printDiagnostics(const QList<Diagnostic> &diagnostics, QTextStream &out)
{
    for (const Diagnostic &d : diagnostics) {
        out << d.pointer << u": "_s << severityKeyword(d.severity) << u": "_s << d.message
            << u" ["_s << d.code << u']' << Qt::endl;
    }
}

int validate(const QString &path, QTextStream &out, QTextStream &err)
{
    const auto json = readJson(path, err);
    if (!json)
        return Unreadable;
    const QList<Diagnostic> diagnostics = Wac::validate(*json);
    printDiagnostics(diagnostics, out);
    return hasErrors(diagnostics) ? Invalid : Ok;
}

int roundtrip(const QString &path, QTextStream &out, QTextStream &err)
{
    const auto json = readJson(path, err);
    if (!json)
        return Unreadable;
    if (!json->isObject()) {
        err << Tr::tr("waconsole-cli: %1 holds JSON, but not a message object.")
                   .arg(displayName(path))
            << Qt::endl;
        return Unreadable;
    }
    const OutgoingMessage message = OutgoingMessage::fromJson(json->toObject());
    out << QString::fromUtf8(QJsonDocument(message.toJson()).toJson(QJsonDocument::Indented));
    out.flush();
    return Ok;
}

bool openHistory(HistoryStore &store, QTextStream &err, bool writer)
{
    if (store.open(nullptr, writer ? HistoryStore::Mode::Writer : HistoryStore::Mode::ReadOnly))
        return true;
    err << u"waconsole-cli: "_s << store.lastError() << Qt::endl;
    return false;
}

std::optional<Profile> savedProfile(const QString &name, QTextStream &err)
{
    if (name == QLatin1String(Profile::sandboxName)) {
        Profile sandbox;
        sandbox.name = name;
        return sandbox;
    }
    if (auto found = ProfileStore().find(name))
        return found;
    err << Tr::tr("waconsole-cli: no saved profile is named \"%1\".").arg(name) << Qt::endl;
    return std::nullopt;
}

std::optional<StoreLocation> storeOf(const std::optional<Profile> &profile, QTextStream &err)
{
    if (!profile)
        return StoreAccess::defaultFile();
    std::optional<QByteArray> password;
    if (qEnvironmentVariableIsSet("WACONSOLE_STORE_PASSWORD"))
        password = qgetenv("WACONSOLE_STORE_PASSWORD");
    KeychainTokenStore keychain;
    SecretVault vault(&keychain);
    const StoreAccess::Located located = StoreAccess::locateNow(*profile, &vault, password);
    if (located.problem.isEmpty())
        return located.location;
    err << u"waconsole-cli: "_s << located.problem << Qt::endl;
    return std::nullopt;
}

bool noHistoryYet(const StoreLocation &location, QTextStream &err)
{
    if (location.isPostgres() || QFile::exists(location.path))
        return false;
    err << Tr::tr("No history yet: %1 does not exist.").arg(location.path) << Qt::endl;
    return true;
}

} // namespace Wac::Cli

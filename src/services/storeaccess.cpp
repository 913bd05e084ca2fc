// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/storeaccess.h"

#include "core/coretr.h"
#include "storage/historystore.h"
#include "storage/secretvault.h"

#include <QEventLoop>
#include <QObject>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QString passwordProblem(const Profile &profile, TokenStore::Error error, const QString &detail)
{
    const QString where = StoreAccess::of(profile).describe();
    switch (error) {
    case TokenStore::Error::None:
        return {};
    case TokenStore::Error::NotFound:
        return Tr::tr("No password is stored for the team store %1 of \"%2\": enter it in "
                      "File → Profiles (or set WACONSOLE_STORE_PASSWORD for waconsole-cli).")
            .arg(where, profile.name);
    case TokenStore::Error::AccessDenied:
        return Tr::tr("The keychain refused to give the team store's password of \"%1\" (%2): "
                      "unlock the keychain or allow waconsole, then try again.")
            .arg(profile.name, detail);
    case TokenStore::Error::NoBackend:
        return Tr::tr("No keychain is available (%1), so the team store's password of \"%2\" "
                      "cannot be read.")
            .arg(detail, profile.name);
    case TokenStore::Error::Other:
        break;
    }
    return Tr::tr("The team store's password of \"%1\" could not be read from the keychain: %2")
        .arg(profile.name, detail);
}

} // namespace

StoreLocation StoreAccess::defaultFile()
{
    return StoreLocation::file(HistoryStore::defaultPath());
}

StoreLocation StoreAccess::of(const Profile &profile)
{
    if (!profile.store.isPostgres())
        return profile.store.path.isEmpty() ? defaultFile() : profile.store;
    StoreLocation location = profile.store;
    location.password.clear();
    return location;
}

QString StoreAccess::describe(const StoreLocation &location)
{
    return location.isPostgres() ? location.describe() : Tr::tr("this computer's file");
}

QString StoreAccess::otherStore(const Profile &profile, const StoreLocation &open)
{
    const StoreLocation wanted = of(profile);
    if ((!wanted.isPostgres() && !open.isPostgres()) || wanted.sameStore(open))
        return {};
    return describe(wanted);
}

void StoreAccess::locate(const Profile &profile, SecretVault *vault,
    const std::optional<QByteArray> &password, QObject *context, Callback done)
{
    Located located {of(profile), {}};
    if (!located.location.isPostgres() || password) {
        located.location.password = password ? QString::fromUtf8(*password) : QString();
        done(located);
        return;
    }
    if (!vault) {
        done({located.location, passwordProblem(profile, TokenStore::Error::NotFound, {})});
        return;
    }
    vault->read(profile.name, QString::fromLatin1(SecretVault::storePassword), context,
        [profile, located, done](
            const QByteArray &value, TokenStore::Error error, const QString &detail) mutable {
            located.problem = passwordProblem(profile, error, detail);
            located.location.password = QString::fromUtf8(value);
            done(located);
        });
}

StoreAccess::Located StoreAccess::locateNow(
    const Profile &profile, SecretVault *vault, const std::optional<QByteArray> &password)
{
    QEventLoop loop;
    std::optional<Located> result;
    locate(profile, vault, password, &loop, [&](const Located &located) {
        result = located;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace Wac

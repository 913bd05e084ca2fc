// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/storelocation.h"

#include "core/coretr.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wac {

QStringList StoreLocation::tlsModes()
{
    return {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
}

bool StoreLocation::isLocalServer() const
{
    static const QRegularExpression loopback(u"^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"_s);
    return host.startsWith(u'/') || host == u"localhost"_s || host == u"::1"_s
        || loopback.match(host).hasMatch();
}

QString StoreLocation::problem() const
{
    if (!isPostgres())
        return {};
    // A host name, an IPv4/IPv6 address or a socket folder: nothing libpq would read as
    // another of its keywords (a space or a quote would).
    static const QRegularExpression hostName(u"^(/[^\\s'\\\\]*|[A-Za-z0-9.:\\-\\[\\]]+)$"_s);
    if (!hostName.match(host).hasMatch())
        return Tr::tr("The team store's server is a host name or an address, with no spaces.");
    if (port < 1 || port > 65535)
        return Tr::tr("The team store's port is between 1 and 65535.");
    static const QRegularExpression name(u"^[^\\s'\\\\]{1,63}$"_s);
    if (!name.match(database).hasMatch())
        return Tr::tr("The team store's database is a name of up to 63 characters, with no "
                      "spaces or quotes.");
    if (!name.match(user).hasMatch())
        return Tr::tr("The team store's user is a role name of up to 63 characters, with no "
                      "spaces or quotes.");
    const qsizetype strength = tlsModes().indexOf(tlsMode);
    if (strength < 0)
        return Tr::tr("The team store's TLS mode is one of %1.").arg(tlsModes().join(u", "_s));
    // Customers' messages cross the network: without TLS anyone on the way reads them.
    if (strength < tlsModes().indexOf(u"require"_s) && !isLocalServer())
        return Tr::tr("A team store on another computer needs TLS (require, verify-ca or "
                      "verify-full); %1 is only for a server on this computer.")
            .arg(tlsMode);
    if (checksCertificate() && !tlsAuthorities.isEmpty()) {
        // libpq's options are separated by ";" in Qt's driver: a path with one cannot be passed.
        const QFileInfo file(tlsAuthorities);
        if (tlsAuthorities.contains(u';') || !file.isAbsolute())
            return Tr::tr("The team store's certificate authorities are a file's full path, "
                          "with no \";\".");
        if (!file.isFile() || !file.isReadable())
            return Tr::tr("The team store's certificate authorities file %1 cannot be read.")
                .arg(tlsAuthorities);
    }
    return {};
}

} // namespace Wac

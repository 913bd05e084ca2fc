// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/profilestore.h"

#include "core/coretr.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

const QString group = u"profiles"_s;

// Storage stays free of QtNetwork: loopback is read from the host name (127.0.0.0/8, ::1).
bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == u"localhost"_s || host == u"::1"_s || host.startsWith(u"127."_s);
}

} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>(u"waconsole"_s, u"waconsole"_s)) // shared with the CLI
{ }

ProfileStore::ProfileStore(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

QList<Profile> ProfileStore::stored() const
{
    QList<Profile> list;
    const int count = m_settings->beginReadArray(group);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.name = m_settings->value(u"name"_s).toString();
        p.baseUrl = QUrl(m_settings->value(u"baseUrl"_s, p.baseUrl.toString()).toString());
        p.apiVersion = m_settings->value(u"apiVersion"_s, p.apiVersion).toString();
        p.phoneNumberId = m_settings->value(u"phoneNumberId"_s).toString();
        p.wabaId = m_settings->value(u"wabaId"_s).toString();
        // Hand-edited settings may hold anything: what is no port at all reads as Off.
        const uint port = m_settings->value(u"receiverPort"_s, 0).toUInt();
        p.receiverPort = port <= 65535 ? quint16(port) : 0;
        readStore(p);
        if (!p.name.isEmpty() && !p.isSandbox())
            list.append(p);
    }
    m_settings->endArray();
    std::sort(list.begin(), list.end(),
        [](const Profile &a, const Profile &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return list;
}

void ProfileStore::writeAll(const QList<Profile> &profiles)
{
    m_settings->remove(group);
    m_settings->beginWriteArray(group, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &p = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"name"_s, p.name);
        m_settings->setValue(u"baseUrl"_s, p.baseUrl.toString());
        m_settings->setValue(u"apiVersion"_s, p.apiVersion);
        m_settings->setValue(u"phoneNumberId"_s, p.phoneNumberId);
        m_settings->setValue(u"wabaId"_s, p.wabaId);
        m_settings->setValue(u"receiverPort"_s, p.receiverPort);
        writeStore(p);
    }
    m_settings->endArray();
    m_settings->sync();
}

void ProfileStore::readStore(Profile &p) const
{
    StoreLocation &store = p.store;
    const bool server = m_settings->value(u"store/engine"_s).toString() == u"postgresql"_s;
    store.engine = server ? StoreLocation::Engine::PostgreSQL : StoreLocation::Engine::SQLite;
    store.host = m_settings->value(u"store/host"_s).toString();
    store.port = m_settings->value(u"store/port"_s, StoreLocation::defaultPort).toInt();
    store.database = m_settings->value(u"store/database"_s).toString();
    store.user = m_settings->value(u"store/user"_s).toString();
    store.tlsMode = m_settings->value(u"store/tlsMode"_s, store.tlsMode).toString();
    store.tlsAuthorities = m_settings->value(u"store/tlsAuthorities"_s).toString();
    p.agentName = m_settings->value(u"agentName"_s).toString();
}

void ProfileStore::writeStore(const Profile &p)
{
    m_settings->setValue(u"agentName"_s, p.agentName);
    if (!p.store.isPostgres())
        return; // the default file: nothing to remember
    m_settings->setValue(u"store/engine"_s, u"postgresql"_s);
    m_settings->setValue(u"store/host"_s, p.store.host);
    m_settings->setValue(u"store/port"_s, p.store.port);
    m_settings->setValue(u"store/database"_s, p.store.database);
    m_settings->setValue(u"store/user"_s, p.store.user);
    m_settings->setValue(u"store/tlsMode"_s, p.store.tlsMode);
    m_settings->setValue(u"store/tlsAuthorities"_s, p.store.tlsAuthorities);
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> list;
    if (m_sandboxUrl.isValid()) {
        Profile sandbox;
        sandbox.name = QString::fromLatin1(Profile::sandboxName);
        sandbox.baseUrl = m_sandboxUrl;
        sandbox.phoneNumberId = u"106540352242922"_s;
        sandbox.wabaId = u"102290129340398"_s;
        list.append(sandbox);
    }
    list += stored();
    return list;
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    for (const Profile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QString ProfileStore::problem(const Profile &p, const QString &originalName) const
{
    if (p.name.trimmed().isEmpty())
        return Tr::tr("A profile needs a name.");
    if (p.name != p.name.trimmed() || p.name.contains(u'/'))
        return Tr::tr("A profile name has no leading or trailing spaces and no \"/\".");
    if (p.isSandbox() || originalName == QLatin1String(Profile::sandboxName))
        return Tr::tr("The Sandbox profile is built in and cannot be changed.");
    if (p.name != originalName && find(p.name))
        return Tr::tr("There is already a profile named \"%1\".").arg(p.name);
    if (const QString connection = connectionProblem(p); !connection.isEmpty())
        return connection;
    if (p.agentName != p.agentName.trimmed() || p.agentName.size() > maxAgentName)
        return Tr::tr("The agent name has no leading or trailing spaces and at most %1 "
                      "characters.")
            .arg(maxAgentName);
    if (const QString store = p.store.problem(); !store.isEmpty())
        return store;
    return receiverPortProblem(p, originalName);
}

QString ProfileStore::connectionProblem(const Profile &p)
{
    const QString scheme = p.baseUrl.scheme().toLower();
    if (!p.baseUrl.isValid() || p.baseUrl.host().isEmpty()
        || !(scheme == u"https"_s || (scheme == u"http"_s && isLoopback(p.baseUrl))))
        return Tr::tr("The Graph base URL must be https (plain http only for this computer).");
    static const QRegularExpression version(u"^v\\d+\\.\\d+$"_s);
    if (!version.match(p.apiVersion).hasMatch())
        return Tr::tr("The API version looks like v25.0.");
    static const QRegularExpression digits(u"^\\d{5,20}$"_s);
    if (!digits.match(p.phoneNumberId).hasMatch())
        return Tr::tr("The phone-number ID is the number's numeric ID from the App Dashboard, not "
                      "the phone number.");
    if (!p.wabaId.isEmpty() && !digits.match(p.wabaId).hasMatch())
        return Tr::tr("The WhatsApp Business Account ID is numeric.");
    return {};
}

QString ProfileStore::receiverPortProblem(const Profile &p, const QString &originalName) const
{
    if (p.receiverPort == 0)
        return {};
    // Below 1024 a port needs root on Linux and macOS: the receiver would never start.
    if (p.receiverPort < minReceiverPort)
        return Tr::tr("The receiver port is between %1 and 65535, or Off.").arg(minReceiverPort);
    for (const Profile &other : stored()) {
        if (other.receiverPort == p.receiverPort && other.name != originalName
            && other.name != p.name)
            return Tr::tr("The receiver port %1 is already the port of \"%2\": two receivers "
                          "cannot listen on one port.")
                .arg(p.receiverPort)
                .arg(other.name);
    }
    return {};
}

bool ProfileStore::save(const Profile &profile, const QString &originalName, QString *error)
{
    if (const QString why = problem(profile, originalName); !why.isEmpty()) {
        *error = why;
        return false;
    }
    QList<Profile> list = stored();
    list.erase(
        std::remove_if(list.begin(), list.end(),
            [&](const Profile &p) { return p.name == originalName || p.name == profile.name; }),
        list.end());
    list.append(profile);
    writeAll(list);
    return true;
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    if (name == QLatin1String(Profile::sandboxName)) {
        *error = Tr::tr("The Sandbox profile is built in and cannot be deleted.");
        return false;
    }
    QList<Profile> list = stored();
    const auto removed =
        std::remove_if(list.begin(), list.end(), [&](const Profile &p) { return p.name == name; });
    if (removed == list.end()) {
        *error = Tr::tr("There is no profile named \"%1\".").arg(name);
        return false;
    }
    list.erase(removed, list.end());
    writeAll(list);
    return true;
}

} // namespace Wac

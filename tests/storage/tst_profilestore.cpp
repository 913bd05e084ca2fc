// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Wac::Profile;
using Wac::ProfileStore;

Q_DECLARE_METATYPE(Profile)

namespace {

Profile shop(const QString &name = u"Shop EU"_s)
{
    Profile p;
    p.name = name;
    p.phoneNumberId = u"106540352242922"_s;
    p.wabaId = u"102290129340398"_s;
    return p;
}

Profile team(const QString &name = u"Team"_s)
{
    Profile p = shop(name);
    p.agentName = u"Ana"_s;
    p.store.engine = Wac::StoreLocation::Engine::PostgreSQL;
    p.store.host = u"db.example.com"_s;
    p.store.port = 6432;
    p.store.database = u"support"_s;
    p.store.user = u"agents"_s;
    return p;
}

} // namespace

class TestProfileStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sandboxComesFirstAndStaysBuiltIn();
    void saveRenameRemoveAndReload();
    void problems_data();
    void problems();
    void receiverPortRoundTrips();
    void twoReceiversCannotShareAPort();
    void theTeamStoreRoundTripsWithoutItsPassword();

private:
    QTemporaryDir m_dir;
};

void TestProfileStore::sandboxComesFirstAndStaysBuiltIn()
{
    ProfileStore store(m_dir.filePath(u"sandbox.ini"_s));
    QString error;
    QVERIFY(store.save(shop(u"Alpha"_s), {}, &error));
    store.setSandbox(QUrl(u"http://127.0.0.1:40000"_s));
    const QList<Profile> list = store.profiles();
    QCOMPARE(list.size(), 2);
    QVERIFY(list.first().isSandbox());
    QCOMPARE(list.first().baseUrl, QUrl(u"http://127.0.0.1:40000"_s));
    QVERIFY(!store.remove(u"Sandbox"_s, &error));
    QVERIFY(error.contains(u"cannot be deleted"_s));
    QVERIFY(!store.save(shop(u"Sandbox"_s), {}, &error));
    QVERIFY(!store.save(shop(u"Beta"_s), u"Sandbox"_s, &error)); // nor renamed
}

void TestProfileStore::saveRenameRemoveAndReload()
{
    const QString path = m_dir.filePath(u"profiles.ini"_s);
    QString error;
    {
        ProfileStore store(path);
        QVERIFY2(store.save(shop(), {}, &error), qPrintable(error));
        Profile renamed = shop(u"Shop Europe"_s);
        renamed.apiVersion = u"v24.0"_s;
        QVERIFY2(store.save(renamed, u"Shop EU"_s, &error), qPrintable(error));
        QVERIFY(store.save(shop(u"Another"_s), {}, &error));
        QVERIFY(!store.save(shop(u"Another"_s), {}, &error)); // names are unique
    }
    ProfileStore reloaded(path);
    const QList<Profile> list = reloaded.profiles();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).name, u"Another"_s); // sorted by name
    QCOMPARE(list.at(1).name, u"Shop Europe"_s);
    QCOMPARE(list.at(1).apiVersion, u"v24.0"_s);
    QVERIFY(!reloaded.find(u"Shop EU"_s));
    QVERIFY(reloaded.remove(u"Another"_s, &error));
    QCOMPARE(ProfileStore(path).profiles().size(), 1);
    QVERIFY(!reloaded.remove(u"Nobody"_s, &error));
}

void TestProfileStore::problems_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("expected");
    Profile p = shop();
    p.name = QString();
    QTest::newRow("no name") << p << u"needs a name"_s;
    p = shop(u" padded"_s);
    QTest::newRow("padded name") << p << u"no leading"_s;
    p = shop(u"a/b"_s);
    QTest::newRow("slash") << p << u"\"/\""_s;
    p = shop();
    p.baseUrl = QUrl(u"http://graph.facebook.com"_s);
    QTest::newRow("plain http") << p << u"https"_s;
    p.baseUrl = QUrl(u"http://127.0.0.1:8080"_s);
    QTest::newRow("loopback http is fine") << p << QString();
    p = shop();
    p.apiVersion = u"25"_s;
    QTest::newRow("version") << p << u"v25.0"_s;
    p = shop();
    p.phoneNumberId = u"+1 650 555 1234"_s;
    QTest::newRow("phone number instead of id") << p << u"numeric ID"_s;
    p = shop();
    p.wabaId = u"my-waba"_s;
    QTest::newRow("waba") << p << u"numeric"_s;
    p = shop();
    p.receiverPort = 80;
    QTest::newRow("port 80 needs root") << p << u"receiver port is between 1024 and 65535"_s;
    p.receiverPort = 1023;
    QTest::newRow("port 1023") << p << u"receiver port is between 1024 and 65535"_s;
    p.receiverPort = 1024;
    QTest::newRow("port 1024") << p << QString();
    p.receiverPort = 65535;
    QTest::newRow("port 65535") << p << QString();
    QTest::newRow("good") << shop() << QString();
    p = shop();
    p.agentName = u" Ana"_s;
    QTest::newRow("padded agent") << p << u"agent name"_s;
    p = team();
    QTest::newRow("team store") << p << QString();
    p.store.host = u"db.example.com; drop"_s;
    QTest::newRow("store host") << p << u"team store's server"_s;
    p = team();
    p.store.port = 0;
    QTest::newRow("store port") << p << u"team store's port"_s;
    p = team();
    p.store.database = u"my db"_s;
    QTest::newRow("store database") << p << u"team store's database"_s;
    p = team();
    p.store.user.clear();
    QTest::newRow("store user") << p << u"team store's user"_s;
    p = team();
    p.store.tlsMode = u"sometimes"_s;
    QTest::newRow("store tls") << p << u"verify-full"_s;
    p.store.tlsMode = u"disable"_s;
    QTest::newRow("no tls across the network") << p << u"needs TLS"_s;
    p.store.host = u"127.0.0.1"_s;
    QTest::newRow("no tls on this computer") << p << QString();
    const QString authorities = m_dir.filePath(u"team-ca.crt"_s);
    QFile pem(authorities);
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.close();
    p = team();
    p.store.tlsAuthorities = authorities;
    QTest::newRow("authorities") << p << QString();
    p.store.tlsAuthorities = u"team-ca.crt"_s;
    QTest::newRow("authorities not a full path") << p << u"full path"_s;
    p.store.tlsAuthorities = authorities + u";sslmode=disable"_s;
    QTest::newRow("authorities with a semicolon") << p << u"no \";\""_s;
    p.store.tlsAuthorities = m_dir.filePath(u"missing.crt"_s);
    QTest::newRow("authorities missing") << p << u"missing.crt cannot be read"_s;
    p.store.tlsMode = u"require"_s; // checks no certificate: the file is not used
    QTest::newRow("authorities unused") << p << QString();
}

void TestProfileStore::problems()
{
    QFETCH(Profile, profile);
    QFETCH(QString, expected);
    ProfileStore store(m_dir.filePath(u"problems.ini"_s));
    const QString problem = store.problem(profile);
    if (expected.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void TestProfileStore::receiverPortRoundTrips()
{
    const QString path = m_dir.filePath(u"ports.ini"_s);
    QString error;
    {
        ProfileStore store(path);
        Profile on = shop(u"On"_s);
        on.receiverPort = 8809;
        QVERIFY2(store.save(on, {}, &error), qPrintable(error));
        QVERIFY2(store.save(shop(u"Off"_s), {}, &error), qPrintable(error));
    }
    ProfileStore reloaded(path);
    QCOMPARE(reloaded.find(u"On"_s)->receiverPort, quint16(8809));
    QCOMPARE(reloaded.find(u"Off"_s)->receiverPort, quint16(0));
    reloaded.setSandbox(QUrl(u"http://127.0.0.1:40000"_s));
    QCOMPARE(reloaded.find(u"Sandbox"_s)->receiverPort, quint16(0)); // it picks its own

    // A hand-edited file: what cannot be a port reads as Off rather than as some other port.
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(u"profiles/1/receiverPort"_s, 70000);
        raw.setValue(u"profiles/2/receiverPort"_s, u"eighty"_s);
    }
    for (const Profile &p : ProfileStore(path).profiles())
        QCOMPARE(p.receiverPort, quint16(0));
}

void TestProfileStore::twoReceiversCannotShareAPort()
{
    ProfileStore store(m_dir.filePath(u"shared-port.ini"_s));
    QString error;
    Profile first = shop(u"First"_s);
    first.receiverPort = 8809;
    QVERIFY(store.save(first, {}, &error));
    Profile second = shop(u"Second"_s);
    second.receiverPort = 8809;
    QVERIFY(!store.save(second, {}, &error));
    QVERIFY2(error.contains(u"\"First\""_s), qPrintable(error));
    first.name = u"First renamed"_s; // its own port is no clash, under its old name or new
    QVERIFY2(store.save(first, u"First"_s, &error), qPrintable(error));
}

void TestProfileStore::theTeamStoreRoundTripsWithoutItsPassword()
{
    const QString path = m_dir.filePath(u"team.ini"_s);
    Profile saved = team();
    saved.store.password = u"never-in-settings"_s;
    saved.store.tlsAuthorities = m_dir.filePath(u"team-ca.pem"_s);
    QFile pem(saved.store.tlsAuthorities);
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.close();
    QString error;
    QVERIFY2(ProfileStore(path).save(saved, {}, &error), qPrintable(error));
    QVERIFY(ProfileStore(path).save(shop(u"Own"_s), {}, &error));
    const auto found = ProfileStore(path).find(u"Team"_s);
    QVERIFY(found);
    QVERIFY(found->store.isPostgres());
    QCOMPARE(found->store.describe(), u"agents@db.example.com:6432/support"_s);
    QCOMPARE(found->store.tlsMode, u"verify-full"_s);
    QCOMPARE(found->store.tlsAuthorities, saved.store.tlsAuthorities);
    QCOMPARE(found->agentName, u"Ana"_s);
    QVERIFY(found->store.password.isEmpty());
    QVERIFY(!ProfileStore(path).find(u"Own"_s)->store.isPostgres()); // the default file
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("never-in-settings"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"

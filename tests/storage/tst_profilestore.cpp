// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/profilestore.h"

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

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/profilestore.h"

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

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"

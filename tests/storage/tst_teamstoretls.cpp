// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// A team store across the network is reached over TLS that checks the server: its certificate
// is signed by an authority the profile trusts and carries the name the profile dials. The
// run's server (pgserver.sh) has a certificate for "localhost" from an authority of its own.
#include "storage/historystore.h"
#include "storage/serverconnection.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "teststores.h"

using namespace Qt::StringLiterals;
using namespace Wac;

class TestTeamStoreTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aServerSignedByTheTeamsAuthorityIsReachedEncrypted();
    void aServerNamedOtherwiseThanItsCertificateIsRefused();
    void aServerSignedByAnotherAuthorityIsRefused();
    void withoutAFileLibpqsOwnThenTheSystemsAuthoritiesAreTrusted();
    void aModeThatChecksNothingTrustsNoFile();

private:
    QString failureOf(const StoreLocation &location);

    QTemporaryDir m_home;
    QString m_database;
};

void TestTeamStoreTls::initTestCase()
{
    if (!TestStores::postgres())
        QSKIP("needs the run's PostgreSQL server: CTest runs this as a postgres test only");
    // libpq looks for ~/.postgresql/root.crt: a home of the test's own, so that a developer's
    // file is neither used nor touched.
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toLocal8Bit());
    qunsetenv("PGSSLROOTCERT");
}

void TestTeamStoreTls::init()
{
    m_database = TestStores::fresh(m_home.path()).database;
}

void TestTeamStoreTls::cleanup()
{
    QDir(m_home.filePath(u".postgresql"_s)).removeRecursively();
}

QString TestTeamStoreTls::failureOf(const StoreLocation &location)
{
    HistoryStore store(location);
    if (store.open())
        return {};
    return store.lastError();
}

void TestTeamStoreTls::aServerSignedByTheTeamsAuthorityIsReachedEncrypted()
{
    HistoryStore store(TestStores::overTls(m_database, TestStores::authorities()));
    QVERIFY2(store.open(), qPrintable(store.lastError()));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toBool());
    // A path with a space in it is passed whole.
    const QString spaced = m_home.filePath(u"team authorities/ca.crt"_s);
    QVERIFY(QDir().mkpath(QFileInfo(spaced).path()));
    QVERIFY(QFile::copy(TestStores::authorities(), spaced));
    const QString problem = failureOf(TestStores::overTls(m_database, spaced));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestTeamStoreTls::aServerNamedOtherwiseThanItsCertificateIsRefused()
{
    StoreLocation byAddress = TestStores::overTls(m_database, TestStores::authorities());
    byAddress.host = u"127.0.0.1"_s;
    const QString problem = failureOf(byAddress);
    QVERIFY2(problem.contains(byAddress.describe()), qPrintable(problem));
    QVERIFY2(problem.contains(u"does not match host name \"127.0.0.1\""_s), qPrintable(problem));
    // verify-ca checks who signed, not the name: the same address is reached.
    byAddress.tlsMode = u"verify-ca"_s;
    const QString signerOnly = failureOf(byAddress);
    QVERIFY2(signerOnly.isEmpty(), qPrintable(signerOnly));
}

void TestTeamStoreTls::aServerSignedByAnotherAuthorityIsRefused()
{
    const QString problem =
        failureOf(TestStores::overTls(m_database, TestStores::authorities(u"other-ca.crt"_s)));
    QVERIFY2(problem.contains(u"certificate verify failed"_s), qPrintable(problem));
}

void TestTeamStoreTls::withoutAFileLibpqsOwnThenTheSystemsAuthoritiesAreTrusted()
{
    const StoreLocation location = TestStores::overTls(m_database, {});
    // No ~/.postgresql/root.crt: the system's bundle, which does not know the run's authority.
    const QString system = ServerConnection::authoritiesFor(location);
    QVERIFY2(QFile::exists(system), qPrintable(system));
    QString problem = failureOf(location);
    QVERIFY2(problem.contains(u"certificate verify failed"_s), qPrintable(problem));
    QVERIFY2(!problem.contains(u"root.crt"_s), qPrintable(problem));

    // libpq's own file, where psql looks too, comes first.
    QVERIFY(QDir(m_home.path()).mkpath(u".postgresql"_s));
    QVERIFY(QFile::copy(TestStores::authorities(), m_home.filePath(u".postgresql/root.crt"_s)));
    QCOMPARE(ServerConnection::authoritiesFor(location), QString());
    problem = failureOf(location);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestTeamStoreTls::aModeThatChecksNothingTrustsNoFile()
{
    StoreLocation location = TestStores::overTls(m_database, TestStores::authorities());
    location.tlsMode = u"require"_s;
    QCOMPARE(ServerConnection::authoritiesFor(location), QString());
    // Encrypted, though no one vouches for the server: even another authority's file is no bar.
    location.tlsAuthorities = TestStores::authorities(u"other-ca.crt"_s);
    const QString problem = failureOf(location);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestTeamStoreTls)
#include "tst_teamstoretls.moc"

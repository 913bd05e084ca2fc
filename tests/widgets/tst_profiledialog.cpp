// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/translator.h"
#include "sim/simulatorserver.h"
#include "storage/memorytokenstore.h"
#include "storage/profilestore.h"
#include "storage/secretvault.h"
#include "widgets/dialogs/profiledialog.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include "secretwait.h"

using namespace Qt::StringLiterals;
using Wac::SecretVault;
using Wac::TokenStore;

namespace {

/// Stands in for a keychain that is not there. The real no-backend path (a session bus without
/// a Secret Service) is tst_nosecretservice's; this one only drives the dialog's banner.
class NoBackendStore final : public TokenStore
{
public:
    void read(const QString &, QObject *context, ReadCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done({}, Error::NoBackend, u"no Secret Service"_s); },
            Qt::QueuedConnection);
    }

    void write(const QString &, const QByteArray &, QObject *context, DoneCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(Error::NoBackend, u"no Secret Service"_s); },
            Qt::QueuedConnection);
    }

    void remove(const QString &, QObject *context, DoneCallback done) override
    {
        QMetaObject::invokeMethod(
            context, [done] { done(Error::NoBackend, u"no Secret Service"_s); },
            Qt::QueuedConnection);
    }
};

} // namespace

class TestProfileDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sandboxIsFirstAndReadOnly();
    void createWithKeyboardAndTestConnection();
    void invalidFieldsAreRefusedWithTheReason();
    void renameMovesSecretsAndDeleteNeedsTwoClicks();
    void revealShowsTheStoredTokenOnlyWhenAsked();
    void bannerWhenThereIsNoKeychain();
    void aTeamStoreIsSavedWithItsPasswordInTheKeychain();

private:
    template <typename T> T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }

    QString status() const { return child<QLabel>("statusLabel")->text(); }

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_sim;
    std::unique_ptr<Wac::ProfileStore> m_store;
    std::unique_ptr<Wac::MemoryTokenStore> m_secrets;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<Wac::ProfileDialog> m_dialog;
};

void TestProfileDialog::init()
{
    m_sim = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    QFile::remove(m_dir.filePath(u"profiles.ini"_s));
    m_store = std::make_unique<Wac::ProfileStore>(m_dir.filePath(u"profiles.ini"_s));
    m_store->setSandbox(m_sim->baseUrl());
    m_secrets = std::make_unique<Wac::MemoryTokenStore>();
    m_vault = std::make_unique<SecretVault>(m_secrets.get());
    m_dialog = std::make_unique<Wac::ProfileDialog>(m_store.get(), m_vault.get(), &m_nam);
    m_dialog->show();
}

void TestProfileDialog::sandboxIsFirstAndReadOnly()
{
    auto *list = child<QListWidget>("profilesListWidget");
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(u"Sandbox"_s));
    QVERIFY(child<QLineEdit>("nameLineEdit")->isReadOnly());
    QVERIFY(!child<QPushButton>("deletePushButton")->isEnabled());
    QVERIFY(!child<QPushButton>("savePushButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("testPushButton"), Qt::LeftButton);
    QTRY_VERIFY2(status().startsWith(u"Connected: +1 555-078-3881"_s), qPrintable(status()));
}

void TestProfileDialog::createWithKeyboardAndTestConnection()
{
    QTest::mouseClick(child<QPushButton>("newPushButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>("nameLineEdit"), u"Local sim"_s);
    auto *url = child<QLineEdit>("baseUrlLineEdit");
    url->clear();
    QTest::keyClicks(url, m_sim->baseUrl().toString());
    QTest::keyClicks(child<QLineEdit>("phoneNumberIdLineEdit"), u"106540352242922"_s);
    QTest::keyClicks(child<QLineEdit>("accessTokenLineEdit"), u"sandbox-token"_s);
    QCOMPARE(child<QLineEdit>("accessTokenLineEdit")->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QPushButton>("testPushButton"), Qt::LeftButton);
    QTRY_VERIFY2(status().startsWith(u"Connected:"_s), qPrintable(status()));
    QTest::mouseClick(child<QPushButton>("savePushButton"), Qt::LeftButton);
    QTRY_COMPARE(status(), u"Saved."_s);
    QVERIFY(m_store->find(u"Local sim"_s));
    QCOMPARE(Wac::Test::readSecret(*m_secrets, u"Local sim/access_token"_s).value,
        QByteArray("sandbox-token"));
    QFile settings(m_dir.filePath(u"profiles.ini"_s));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("sandbox-token")); // secrets never reach the settings

    // A wrong token: the decoded Graph error, with what to do.
    auto *token = child<QLineEdit>("accessTokenLineEdit");
    token->clear();
    QTest::keyClicks(token, u"expired-token"_s);
    QTest::mouseClick(child<QPushButton>("testPushButton"), Qt::LeftButton);
    QTRY_VERIFY2(status().contains(u"access token"_s), qPrintable(status()));
}

void TestProfileDialog::invalidFieldsAreRefusedWithTheReason()
{
    QTest::mouseClick(child<QPushButton>("newPushButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>("nameLineEdit"), u"Prod"_s);
    QTest::keyClicks(child<QLineEdit>("phoneNumberIdLineEdit"), u"+1 650 555 1234"_s);
    QTest::mouseClick(child<QPushButton>("savePushButton"), Qt::LeftButton);
    QVERIFY2(status().contains(u"numeric ID"_s), qPrintable(status()));
    QVERIFY(!m_store->find(u"Prod"_s));
}

void TestProfileDialog::renameMovesSecretsAndDeleteNeedsTwoClicks()
{
    Wac::Profile p;
    p.name = u"Old name"_s;
    p.phoneNumberId = u"106540352242922"_s;
    QString error;
    QVERIFY(m_store->save(p, {}, &error));
    Wac::Test::writeSecret(*m_secrets, u"Old name/access_token"_s, "EAAJB-old");
    m_dialog->selectProfile(u"Old name"_s);
    auto *name = child<QLineEdit>("nameLineEdit");
    name->selectAll();
    QTest::keyClicks(name, u"New name"_s);
    QTest::mouseClick(child<QPushButton>("savePushButton"), Qt::LeftButton);
    QTRY_COMPARE(status(), u"Saved."_s);
    QCOMPARE(Wac::Test::readSecret(*m_secrets, u"New name/access_token"_s).value,
        QByteArray("EAAJB-old"));
    QCOMPARE(Wac::Test::readSecret(*m_secrets, u"Old name/access_token"_s).error,
        TokenStore::Error::NotFound);

    auto *remove = child<QPushButton>("deletePushButton");
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(m_store->find(u"New name"_s)); // the first click only asks
    QVERIFY(status().contains(u"Click again"_s));
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(!m_store->find(u"New name"_s));
    QTRY_COMPARE(Wac::Test::readSecret(*m_secrets, u"New name/access_token"_s).error,
        TokenStore::Error::NotFound);
}

void TestProfileDialog::revealShowsTheStoredTokenOnlyWhenAsked()
{
    Wac::Profile p;
    p.name = u"Shop"_s;
    p.phoneNumberId = u"106540352242922"_s;
    QString error;
    QVERIFY(m_store->save(p, {}, &error));
    Wac::Test::writeSecret(*m_secrets, u"Shop/access_token"_s, "EAAJB-secret");
    m_dialog->selectProfile(u"Shop"_s);
    auto *token = child<QLineEdit>("accessTokenLineEdit");
    QVERIFY(token->text().isEmpty()); // not loaded into the form
    QTest::mouseClick(child<QToolButton>("revealTokenToolButton"), Qt::LeftButton);
    QTRY_COMPARE(token->text(), u"EAAJB-secret"_s);
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(child<QToolButton>("revealTokenToolButton"), Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
}

void TestProfileDialog::bannerWhenThereIsNoKeychain()
{
    NoBackendStore missing;
    SecretVault vault(&missing);
    Wac::ProfileDialog dialog(m_store.get(), &vault, &m_nam);
    dialog.show();
    auto *banner = dialog.findChild<QLabel *>(u"sessionOnlyLabel"_s);
    QVERIFY(!banner->isVisible());
    dialog.findChild<QPushButton *>(u"newPushButton"_s)->click();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"nameLineEdit"_s), u"Temp"_s);
    QTest::keyClicks(
        dialog.findChild<QLineEdit *>(u"phoneNumberIdLineEdit"_s), u"106540352242922"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"accessTokenLineEdit"_s), u"EAAJB-temp"_s);
    dialog.findChild<QPushButton *>(u"savePushButton"_s)->click();
    QTRY_VERIFY(banner->isVisible());
    QTRY_VERIFY(
        dialog.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"this session only"_s));
}

// The Team store tab: the server's fields only once the team's server is chosen, a network
// server without TLS refused by name, the password in the keychain and nowhere else.
void TestProfileDialog::aTeamStoreIsSavedWithItsPasswordInTheKeychain()
{
    QTest::mouseClick(child<QPushButton>("newPushButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>("nameLineEdit"), u"Support"_s);
    QTest::keyClicks(child<QLineEdit>("phoneNumberIdLineEdit"), u"106540352242922"_s);
    auto *tabs = child<QTabWidget>("profileTabWidget");
    tabs->setCurrentIndex(tabs->count() - 1);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), u"Team store"_s);
    auto *host = child<QLineEdit>("hostLineEdit");
    QVERIFY(!host->isEnabled()); // this computer's file: nothing to fill
    child<QComboBox>("engineComboBox")->setCurrentIndex(1);
    QVERIFY(host->isEnabled());
    QTest::keyClicks(host, u"db.example.com"_s);
    QTest::keyClicks(child<QLineEdit>("databaseLineEdit"), u"support"_s);
    QTest::keyClicks(child<QLineEdit>("userLineEdit"), u"agents"_s);
    QTest::keyClicks(child<QLineEdit>("passwordLineEdit"), u"team-password"_s);
    QTest::keyClicks(child<QLineEdit>("agentLineEdit"), u"Ana"_s);
    auto *tls = child<QComboBox>("tlsComboBox");
    QCOMPARE(tls->currentData().toString(), u"verify-full"_s); // the default
    tls->setCurrentIndex(tls->findData(u"disable"_s));
    QTest::mouseClick(child<QPushButton>("savePushButton"), Qt::LeftButton);
    QVERIFY2(status().contains(u"needs TLS"_s), qPrintable(status()));
    QVERIFY(!m_store->find(u"Support"_s));

    // Authorities are for a mode that checks the server's certificate.
    auto *authorities = child<QLineEdit>("authoritiesLineEdit");
    QVERIFY(!authorities->isEnabled());
    tls->setCurrentIndex(tls->findData(u"require"_s));
    QVERIFY(!authorities->isEnabled());
    tls->setCurrentIndex(tls->findData(u"verify-full"_s));
    QVERIFY(authorities->isEnabled());
    QVERIFY(child<QToolButton>("authoritiesToolButton")->isEnabled());
    QTest::keyClicks(authorities, u"team-ca.crt"_s);
    QTest::mouseClick(child<QPushButton>("savePushButton"), Qt::LeftButton);
    QVERIFY2(status().contains(u"full path"_s), qPrintable(status()));
    QVERIFY(!m_store->find(u"Support"_s));
    const QString authoritiesFile = m_dir.filePath(u"team-ca.crt"_s);
    QFile pem(authoritiesFile);
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write("-----BEGIN CERTIFICATE-----\n");
    pem.close();
    authorities->clear();
    QTest::keyClicks(authorities, authoritiesFile);

    QTest::mouseClick(child<QPushButton>("savePushButton"), Qt::LeftButton);
    QTRY_COMPARE(status(), u"Saved."_s);
    const auto saved = m_store->find(u"Support"_s);
    QVERIFY(saved);
    QCOMPARE(saved->store.describe(), u"agents@db.example.com:5432/support"_s);
    QCOMPARE(saved->store.tlsAuthorities, authoritiesFile);
    QCOMPARE(saved->agentName, u"Ana"_s);
    QCOMPARE(Wac::Test::readSecret(*m_secrets, u"Support/store_password"_s).value,
        QByteArray("team-password"));
    QFile settings(m_dir.filePath(u"profiles.ini"_s));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("team-password"));
    QVERIFY(child<QLineEdit>("passwordLineEdit")->text().isEmpty()); // shown again: not read back

    const QString out = qEnvironmentVariable("WACONSOLE_SCREENSHOT_DIR");
    for (const QString &language : {u"en"_s, u"ru"_s}) {
        if (language == u"ru"_s) {
            // A dialog made in Russian, as a Russian session opens it.
            QCOMPARE(Wac::installTranslators(language), language);
            m_dialog = std::make_unique<Wac::ProfileDialog>(m_store.get(), m_vault.get(), &m_nam);
            m_dialog->selectProfile(u"Support"_s);
            m_dialog->show();
            tabs = child<QTabWidget>("profileTabWidget");
            tabs->setCurrentIndex(tabs->count() - 1);
            QCOMPARE(tabs->tabText(tabs->currentIndex()), u"Командное хранилище"_s);
        }
        for (const bool dark : {false, true}) {
            Wac::Theme::apply(dark ? Wac::Theme::Mode::Dark : Wac::Theme::Mode::Light);
            QCoreApplication::processEvents();
            const QImage shot = m_dialog->grab().toImage();
            QVERIFY(!shot.isNull());
            if (!out.isEmpty()) {
                QDir().mkpath(out);
                QVERIFY(shot.save(u"%1/profiles-team-store-%2-%3.png"_s.arg(
                    out, language, dark ? u"dark"_s : u"light"_s)));
            }
        }
    }
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Wac::Theme::apply(Wac::Theme::Mode::Light);
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"

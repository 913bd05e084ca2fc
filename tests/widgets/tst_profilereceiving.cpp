// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"
#include "storage/historystore.h"
#include "storage/keychaintokenstore.h"
#include "storage/profilestore.h"
#include "storage/secretvault.h"
#include "widgets/dialogs/openprofiles.h"
#include "widgets/dialogs/profiledialog.h"
#include "widgets/theme.h"
#include "widgets/windowservices.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "secretwait.h"
#include "services/graphaccess.h"
#include "services/historylog.h"
#include "services/inbox.h"
#include "services/receivers.h"

using namespace Qt::StringLiterals;
using Wac::SecretVault;
using Wac::TokenStore;

namespace {

const QString sandboxWaba = u"102290129340398"_s;

} // namespace

/// The profile dialog's "Receiving webhooks" tab, with the real keychain and a simulator.
class TestProfileReceiving final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void generateAndCopy();
    void savedVerifyTokenAndPortAreKept();
    void callbackUrlFollowsThePort();
    void sandboxIsSubscribed();
    void subscribeWhenNotSubscribed();
    void withoutAWabaIdTheButtonsSayWhy();
    void refusedTokenIsSaid();
    void receiverStateLine();
    void openedFromTheWindowItFollowsTheReceivers();
    void tabOrderRunsThroughTheTab();
    void screenshots();

private:
    template <typename T> T *child(const char *name) const
    {
        T *found = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    QString subscription() const { return child<QLabel>("subscriptionLabel")->text(); }

    /// A stored profile of the simulator's account (`token` typed into the form when not empty),
    /// shown on the Receiving tab.
    void showOwnProfile(const QByteArray &token = {});

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    QString m_name; ///< a profile name of this run only: the keychain outlives the test
    std::unique_ptr<Wac::Sim::SimulatorServer> m_sim;
    std::unique_ptr<Wac::ProfileStore> m_store;
    std::unique_ptr<Wac::KeychainTokenStore> m_keychain;
    std::unique_ptr<SecretVault> m_vault;
    std::unique_ptr<Wac::ProfileDialog> m_dialog;
};

void TestProfileReceiving::init()
{
    m_sim = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    QFile::remove(m_dir.filePath(u"profiles.ini"_s));
    m_store = std::make_unique<Wac::ProfileStore>(m_dir.filePath(u"profiles.ini"_s));
    m_store->setSandbox(m_sim->baseUrl());
    m_keychain = std::make_unique<Wac::KeychainTokenStore>();
    m_vault = std::make_unique<SecretVault>(m_keychain.get());
    m_name = u"Receiving "_s + QString::number(QRandomGenerator::global()->generate(), 16);
    m_dialog = std::make_unique<Wac::ProfileDialog>(m_store.get(), m_vault.get(), &m_nam);
    m_dialog->show();
    child<QTabWidget>("profileTabWidget")->setCurrentIndex(1);
}

void TestProfileReceiving::cleanup()
{
    m_dialog.reset();
    Wac::Test::waitFor([&](QObject *ctx, auto done) {
        m_vault->removeProfile(
            m_name, ctx, [done](TokenStore::Error e, const QString &d) { done({}, e, d); });
    });
    QVERIFY(!m_vault->isSessionOnly()); // the real keychain answered throughout
}

void TestProfileReceiving::showOwnProfile(const QByteArray &token)
{
    Wac::Profile p;
    p.name = m_name;
    p.baseUrl = m_sim->baseUrl();
    p.phoneNumberId = u"106540352242922"_s;
    p.wabaId = sandboxWaba;
    QString error;
    QVERIFY2(m_store->save(p, {}, &error), qPrintable(error));
    m_dialog->selectProfile(m_name);
    if (!token.isEmpty())
        child<QLineEdit>("accessTokenLineEdit")->setText(QString::fromLatin1(token));
}

void TestProfileReceiving::generateAndCopy()
{
    QTest::mouseClick(child<QPushButton>("newPushButton"), Qt::LeftButton);
    auto *token = child<QLineEdit>("verifyTokenLineEdit");
    QVERIFY(token->text().isEmpty());
    QTest::mouseClick(child<QToolButton>("generateTokenToolButton"), Qt::LeftButton);
    const QString first = token->text();
    QVERIFY2(
        QRegularExpression(u"^[A-Za-z0-9_-]{32}$"_s).match(first).hasMatch(), qPrintable(first));
    QCOMPARE(token->echoMode(), QLineEdit::Normal); // shown, to be pasted into the dashboard
    QTest::mouseClick(child<QToolButton>("generateTokenToolButton"), Qt::LeftButton);
    QVERIFY(token->text() != first);
    QTest::mouseClick(child<QToolButton>("copyTokenToolButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), token->text());
    QCOMPARE(child<QToolButton>("copyTokenToolButton")->text(), u"Copied"_s);
}

void TestProfileReceiving::savedVerifyTokenAndPortAreKept()
{
    QTest::mouseClick(child<QPushButton>("newPushButton"), Qt::LeftButton);
    child<QLineEdit>("nameLineEdit")->setText(m_name);
    child<QLineEdit>("phoneNumberIdLineEdit")->setText(u"106540352242922"_s);
    child<QLineEdit>("accessTokenLineEdit")->setText(u"EAAJB-token"_s);
    auto *port = child<QSpinBox>("receiverPortSpinBox");
    QCOMPARE(port->text(), u"Off"_s);
    port->setValue(8809);
    QTest::mouseClick(child<QToolButton>("generateTokenToolButton"), Qt::LeftButton);
    const QString generated = child<QLineEdit>("verifyTokenLineEdit")->text();
    QTest::mouseClick(child<QPushButton>("savePushButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>("statusLabel")->text(), u"Saved."_s, 15000);
    QCOMPARE(m_store->find(m_name)->receiverPort, quint16(8809));
    const auto stored = Wac::Test::waitFor([&](QObject *ctx, auto done) {
        m_vault->read(m_name, QString::fromLatin1(SecretVault::verifyToken), ctx, done);
    });
    QCOMPARE(stored.error, TokenStore::Error::None);
    QCOMPARE(QString::fromUtf8(stored.value), generated);
    QFile settings(m_dir.filePath(u"profiles.ini"_s));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(generated.toUtf8())); // only the keychain holds it

    // Shown again, the token is not in the form; Copy reads the stored one into the clipboard.
    QVERIFY(child<QLineEdit>("verifyTokenLineEdit")->text().isEmpty());
    QCOMPARE(port->value(), 8809);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QToolButton>("copyTokenToolButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), generated, 15000);
}

void TestProfileReceiving::callbackUrlFollowsThePort()
{
    showOwnProfile();
    auto *url = child<QLineEdit>("callbackUrlLineEdit");
    auto *help = child<QLabel>("callbackHelpLabel");
    QVERIFY(url->text().isEmpty());
    QVERIFY(help->text().startsWith(u"Off"_s));
    child<QSpinBox>("receiverPortSpinBox")->setValue(8809);
    QCOMPARE(url->text(), u"http://127.0.0.1:8809/webhook"_s);
    for (const QString &part : {u"https"_s, u"cloudflared tunnel --url http://127.0.0.1:8809"_s,
             u"ngrok http 8809"_s, u"WhatsApp → Configuration → Callback URL"_s})
        QVERIFY2(help->text().contains(part), qPrintable(help->text()));
    QCOMPARE(m_dialog->findChild<QSpinBox *>(u"receiverPortSpinBox"_s)->minimum(), 1023);
}

void TestProfileReceiving::sandboxIsSubscribed()
{
    m_dialog->selectProfile(u"Sandbox"_s);
    QCOMPARE(child<QSpinBox>("receiverPortSpinBox")->text(), u"Automatic"_s);
    auto *check = child<QPushButton>("checkSubscriptionPushButton");
    QVERIFY(check->isEnabled());
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(!check->isEnabled()); // until the answer comes
    QVERIFY(!child<QPushButton>("subscribePushButton")->isEnabled());
    QTRY_COMPARE(subscription(),
        u"Subscribed: the app “waconsole Sandbox” receives this account's webhooks."_s);
    QVERIFY(check->isEnabled());
}

void TestProfileReceiving::subscribeWhenNotSubscribed()
{
    m_sim->subscriptions().setSubscribed({});
    showOwnProfile("sandbox-token");
    QTest::mouseClick(child<QPushButton>("checkSubscriptionPushButton"), Qt::LeftButton);
    QTRY_COMPARE(subscription(),
        u"Not subscribed: Meta sends nothing to your callback URL until you subscribe."_s);
    QTest::mouseClick(child<QPushButton>("subscribePushButton"), Qt::LeftButton);
    QTRY_COMPARE(subscription(),
        u"Subscribed: the app “waconsole Sandbox” receives this account's webhooks."_s);
    QVERIFY(m_sim->subscriptions().isSubscribed(sandboxWaba));
}

void TestProfileReceiving::withoutAWabaIdTheButtonsSayWhy()
{
    QTest::mouseClick(child<QPushButton>("newPushButton"), Qt::LeftButton);
    QVERIFY(!child<QPushButton>("checkSubscriptionPushButton")->isEnabled());
    QVERIFY(!child<QPushButton>("subscribePushButton")->isEnabled());
    QVERIFY2(subscription().contains(u"WABA ID"_s), qPrintable(subscription()));
    QTest::keyClicks(child<QLineEdit>("wabaIdLineEdit"), sandboxWaba);
    QVERIFY(child<QPushButton>("checkSubscriptionPushButton")->isEnabled());
    QVERIFY(subscription().isEmpty());
}

void TestProfileReceiving::refusedTokenIsSaid()
{
    showOwnProfile("expired-token");
    QTest::mouseClick(child<QPushButton>("checkSubscriptionPushButton"), Qt::LeftButton);
    QTRY_VERIFY2(subscription().startsWith(u"Not authorised"_s), qPrintable(subscription()));
    QVERIFY2(subscription().contains(u"access token"_s), qPrintable(subscription()));
}

void TestProfileReceiving::receiverStateLine()
{
    showOwnProfile();
    auto *line = child<QLabel>("receiverStateLabel");
    QCOMPARE(line->text(), u"Not running"_s);
    const qint64 at = QDateTime(QDate(2026, 3, 2), QTime(12, 3, 4)).toMSecsSinceEpoch();
    Wac::ReceiverState state;
    state.listening = true;
    state.url = QUrl(u"http://127.0.0.1:8809/webhook"_s);
    state.lastDeliveryAt = at;
    state.lastVerified = true;
    state.lastResult = u"200: 3 statuses"_s;
    m_dialog->setReceiverState(state);
    QCOMPARE(line->text(),
        u"Listening on http://127.0.0.1:8809/webhook\nLast delivery 12:03:04, signature "
        "verified: 200: 3 statuses"_s);
    state.lastDeliveryAt = 0;
    state.rejected = 2;
    state.problem = u"No app secret: deliveries are refused."_s;
    m_dialog->setReceiverState(state);
    QCOMPARE(line->text(),
        u"Listening on http://127.0.0.1:8809/webhook\nNo delivery yet\n0 accepted, 2 "
        "rejected\nNo app secret: deliveries are refused."_s);
    m_dialog->setReceiverState({false, {}, u"Port 8809 is in use."_s, 0, false, {}, 0, 0});
    QCOMPARE(line->text(), u"Port 8809 is in use."_s);

    QSignalSpy shown(m_dialog.get(), &Wac::ProfileDialog::profileShown);
    m_dialog->selectProfile(u"Sandbox"_s); // another profile's receiver: not this state
    QCOMPARE(line->text(), u"Not running"_s);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.first().first().toString(), u"Sandbox"_s);
}

// Tools → Profiles, as the window opens it: the dialog shows what the real receiver of the
// profile it shows does, as it changes; a saved port starts the receivers again with it.
void TestProfileReceiving::openedFromTheWindowItFollowsTheReceivers()
{
    Wac::HistoryStore history(m_dir.filePath(u"history.sqlite"_s));
    QVERIFY(history.open());
    Wac::HistoryLog log(&history);
    Wac::Inbox inbox(&log);
    Wac::Receivers receivers(&inbox, m_vault.get());
    Wac::GraphAccess graph(m_vault.get(), &m_nam);
    QTcpServer probe; // a free port for the profile's receiver
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    showOwnProfile();
    Wac::Profile own = *m_store->find(m_name);
    own.receiverPort = port;
    QString error;
    QVERIFY2(m_store->save(own, m_name, &error), qPrintable(error));

    QWidget window;
    window.show();
    Wac::WindowServices services;
    services.profiles = m_store.get();
    services.graph = &graph;
    services.receivers = &receivers;
    int changed = 0;
    Wac::openProfiles(&window, services, m_name, [&changed] { ++changed; });
    auto *dialog = window.findChild<Wac::ProfileDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    auto *line = dialog->findChild<QLabel *>(u"receiverStateLabel"_s);
    QCOMPARE(line->text(), u"Not running"_s);

    receivers.sync(m_store->profiles()); // as the console does once its window has painted
    QTRY_VERIFY2(line->text().startsWith(u"Listening on http://127.0.0.1:%1/webhook"_s.arg(port)),
        qPrintable(line->text()));

    dialog->findChild<QSpinBox *>(u"receiverPortSpinBox"_s)->setValue(0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"savePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed, 1, 15000);
    QVERIFY(!receivers.state(m_name).listening);
    QTRY_COMPARE(line->text(), u"Not running"_s);
    delete dialog;
}

void TestProfileReceiving::tabOrderRunsThroughTheTab()
{
    showOwnProfile();
    QStringList order;
    QWidget *widget = child<QTabWidget>("profileTabWidget");
    for (int i = 0; i < 40 && order.size() < 9; ++i) {
        widget = widget->nextInFocusChain();
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && !widget->objectName().isEmpty() && !widget->objectName().startsWith(u"qt_"_s))
            order.append(widget->objectName());
    }
    QCOMPARE(order,
        QStringList({u"receiverPortSpinBox"_s, u"callbackUrlLineEdit"_s, u"verifyTokenLineEdit"_s,
            u"generateTokenToolButton"_s, u"copyTokenToolButton"_s,
            u"checkSubscriptionPushButton"_s, u"subscribePushButton"_s, u"testPushButton"_s,
            u"deletePushButton"_s}));
}

void TestProfileReceiving::screenshots()
{
    showOwnProfile("sandbox-token");
    child<QSpinBox>("receiverPortSpinBox")->setValue(8809);
    QTest::mouseClick(child<QToolButton>("generateTokenToolButton"), Qt::LeftButton);
    Wac::ReceiverState state;
    state.listening = true;
    state.url = QUrl(u"http://127.0.0.1:8809/webhook"_s);
    state.lastDeliveryAt = QDateTime::currentMSecsSinceEpoch();
    state.lastVerified = true;
    state.lastResult = u"200: 3 statuses"_s;
    state.accepted = 3;
    m_dialog->setReceiverState(state);
    QTest::mouseClick(child<QPushButton>("checkSubscriptionPushButton"), Qt::LeftButton);
    QTRY_VERIFY(subscription().startsWith(u"Subscribed"_s));
    // As File → Profiles opens it: the size its form gives, not the smallest it can take.
    const QString out = qEnvironmentVariable("WACONSOLE_SCREENSHOT_DIR");
    for (const bool dark : {false, true}) {
        Wac::Theme::apply(dark ? Wac::Theme::Mode::Dark : Wac::Theme::Mode::Light);
        QCoreApplication::processEvents();
        const QString theme = dark ? u"dark"_s : u"light"_s;
        for (const int tab : {1, 0}) {
            child<QTabWidget>("profileTabWidget")->setCurrentIndex(tab);
            QCoreApplication::processEvents(); // the page shown lays itself out first
            const QImage shot = m_dialog->grab().toImage();
            QVERIFY(!shot.isNull());
            if (!out.isEmpty()) {
                QDir().mkpath(out);
                const QString name = tab == 1 ? u"receiving"_s : u"profile"_s;
                QVERIFY(shot.save(u"%1/profiles-%2-%3.png"_s.arg(out, name, theme)));
            }
        }
    }
    // The two other faces of the tab: the Sandbox, and a new profile without a port or WABA ID.
    const auto grabAs = [&](const QString &name) {
        QCoreApplication::processEvents();
        const QImage shot = m_dialog->grab().toImage();
        QVERIFY(!shot.isNull());
        if (!out.isEmpty())
            QVERIFY(shot.save(u"%1/profiles-%2-dark.png"_s.arg(out, name)));
    };
    child<QTabWidget>("profileTabWidget")->setCurrentIndex(1);
    m_dialog->selectProfile(u"Sandbox"_s);
    grabAs(u"receiving-sandbox"_s);
    QTest::mouseClick(child<QPushButton>("newPushButton"), Qt::LeftButton);
    grabAs(u"receiving-new"_s);
    Wac::Theme::apply(Wac::Theme::Mode::Light);
}

QTEST_MAIN(TestProfileReceiving)
#include "tst_profilereceiving.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"
#include "storage/memorytokenstore.h"
#include "storage/profilestore.h"
#include "storage/secretvault.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;

class TestSendFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ctrlReturnSendsAndShowsTheWamid();
    void errorsDisableSendButTheSandboxCanSendAnyway();
    void unknownOutcomeIsSaidAndNeverResent();
    void cancelWhileWaiting();
    void profileWithoutTokenIsNotSent();
    void sendRightAfterTypingSendsWhatWasTyped();

private:
    void type(const QJsonObject &payload);
    QString headline() const;
    qsizetype postsSeen() const;

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Wac::Sim::SimulatorServer> m_sim;
    std::unique_ptr<Wac::ProfileStore> m_store;
    std::unique_ptr<Wac::MemoryTokenStore> m_secrets;
    std::unique_ptr<Wac::SecretVault> m_vault;
    std::unique_ptr<Wac::MainWindow> m_window;
};

void TestSendFlow::init()
{
    m_sim = std::make_unique<Wac::Sim::SimulatorServer>(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    m_sim->conversations().setLimitsEnabled(false);
    QFile::remove(m_dir.filePath(u"p.ini"_s));
    m_store = std::make_unique<Wac::ProfileStore>(m_dir.filePath(u"p.ini"_s));
    m_secrets = std::make_unique<Wac::MemoryTokenStore>();
    m_vault = std::make_unique<Wac::SecretVault>(m_secrets.get());
    m_window = std::make_unique<Wac::MainWindow>();
    m_window->setServices(m_store.get(), m_vault.get(), &m_nam);
    m_store->setSandbox(m_sim->baseUrl());
    m_window->setSandbox(m_sim->baseUrl(), u"v25.0"_s);
    m_window->show();
}

void TestSendFlow::cleanup()
{
    m_window.reset();
}

void TestSendFlow::type(const QJsonObject &payload)
{
    auto *editor = m_window->findChild<QPlainTextEdit *>(u"jsonTextEdit"_s);
    editor->clear();
    editor->setFocus();
    QTest::keyClicks(
        editor, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
}

QString TestSendFlow::headline() const
{
    return m_window->findChild<QLabel *>(u"resultHeadlineLabel"_s)->text();
}

qsizetype TestSendFlow::postsSeen() const
{
    qsizetype posts = 0;
    for (const auto &entry : m_sim->requestLog().entries())
        posts += entry.method == u"POST"_s ? 1 : 0;
    return posts;
}

void TestSendFlow::ctrlReturnSendsAndShowsTheWamid()
{
    QCOMPARE(m_window->findChild<QComboBox *>(u"profileComboBox"_s)->currentData().toString(),
        u"Sandbox"_s);
    QJsonObject text = Wac::Test::loadValidPayload(u"seed-text"_s);
    text.insert(u"to"_s, u"(650) 555-1234"_s);
    type(text);
    auto *send = m_window->findChild<QPushButton *>(u"sendPushButton"_s);
    QTRY_VERIFY(send->isEnabled());
    QTest::keyClick(m_window->findChild<QPlainTextEdit *>(u"jsonTextEdit"_s), Qt::Key_Return,
        Qt::ControlModifier);
    QTRY_VERIFY2(headline().contains(u"Accepted"_s), qPrintable(headline()));
    const QString body = m_window->findChild<QLabel *>(u"resultBodyLabel"_s)->text();
    QVERIFY2(body.contains(u"WAMID: wamid."_s), qPrintable(body));
    QVERIFY2(
        body.contains(u"16505551234"_s), qPrintable(body)); // wa_id differs from what was typed
    QTest::mouseClick(m_window->findChild<QToolButton *>(u"copyWamidToolButton"_s), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().startsWith(u"wamid."_s));
    QCOMPARE(postsSeen(), 1);
}

void TestSendFlow::errorsDisableSendButTheSandboxCanSendAnyway()
{
    QJsonObject bad = Wac::Test::loadValidPayload(u"seed-text"_s);
    bad.insert(u"text"_s, QJsonObject {{u"body"_s, u""_s}});
    type(bad);
    auto *send = m_window->findChild<QPushButton *>(u"sendPushButton"_s);
    auto *anyway = m_window->findChild<QPushButton *>(u"sendAnywayPushButton"_s);
    QTRY_VERIFY(anyway->isVisible());
    QVERIFY(!send->isEnabled());
    QTest::keyClick(
        m_window.get(), Qt::Key_Return, Qt::ControlModifier); // refused while errors stand
    QTest::qWait(100);
    QCOMPARE(postsSeen(), 0);
    QTest::mouseClick(anyway, Qt::LeftButton);
    QTRY_VERIFY2(headline().contains(u"(#100)"_s), qPrintable(headline()));
    auto *details = m_window->findChild<QToolButton *>(u"detailsToolButton"_s);
    QVERIFY(details->isVisible());
    QTest::mouseClick(details, Qt::LeftButton);
    const QString text =
        m_window->findChild<QPlainTextEdit *>(u"detailsPlainTextEdit"_s)->toPlainText();
    QVERIFY2(text.contains(u"fbtrace_id"_s) && text.contains(u"/text/body"_s), qPrintable(text));
}

void TestSendFlow::unknownOutcomeIsSaidAndNeverResent()
{
    m_sim->faults().add({Wac::Sim::FaultPlan::Mode::Close, 5, {}, 0});
    type(Wac::Test::loadValidPayload(u"seed-text"_s));
    auto *send = m_window->findChild<QPushButton *>(u"sendPushButton"_s);
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY2(headline().contains(u"Outcome unknown"_s), qPrintable(headline()));
    QVERIFY(m_window->findChild<QLabel *>(u"resultBodyLabel"_s)
                ->text()
                .contains(u"before sending again"_s));
    QTest::qWait(200);
    QCOMPARE(postsSeen(), 1);
}

void TestSendFlow::cancelWhileWaiting()
{
    m_sim->faults().add({Wac::Sim::FaultPlan::Mode::Hang, 1, {}, 0});
    type(Wac::Test::loadValidPayload(u"seed-text"_s));
    auto *send = m_window->findChild<QPushButton *>(u"sendPushButton"_s);
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    auto *cancel = m_window->findChild<QPushButton *>(u"cancelPushButton"_s);
    QTRY_VERIFY(cancel->isVisible());
    QVERIFY(!send->isEnabled()); // one send at a time
    QTRY_COMPARE(postsSeen(), 1);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY2(headline().contains(u"Outcome unknown"_s), qPrintable(headline())); // it had left
    QTRY_VERIFY(!cancel->isVisible());
    QVERIFY(send->isEnabled());
}

void TestSendFlow::profileWithoutTokenIsNotSent()
{
    Wac::Profile p;
    p.name = u"No token"_s;
    p.baseUrl = m_sim->baseUrl();
    p.phoneNumberId = u"106540352242922"_s;
    QString error;
    QVERIFY(m_store->save(p, {}, &error));
    m_window->setSandbox(m_sim->baseUrl(), u"v25.0"_s); // refreshes the list
    auto *combo = m_window->findChild<QComboBox *>(u"profileComboBox"_s);
    QCOMPARE(combo->count(), 2);
    combo->setCurrentIndex(combo->findData(u"No token"_s));
    QVERIFY(!m_window->findChild<QPushButton *>(u"sendAnywayPushButton"_s)->isVisible());
    type(Wac::Test::loadValidPayload(u"seed-text"_s));
    auto *send = m_window->findChild<QPushButton *>(u"sendPushButton"_s);
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY2(headline().contains(u"Not sent"_s), qPrintable(headline()));
    QCOMPARE(postsSeen(), 0);
}

// Typing and sending at once, before the problem list has caught up: the typed text is sent.
void TestSendFlow::sendRightAfterTypingSendsWhatWasTyped()
{
    auto *editor = m_window->findChild<QPlainTextEdit *>(u"jsonTextEdit"_s);
    editor->setPlainText(
        QString::fromUtf8(QJsonDocument(Wac::Test::loadValidPayload(u"seed-text"_s)).toJson()));
    QTRY_VERIFY(m_window->findChild<QPushButton *>(u"sendPushButton"_s)->isEnabled());
    QJsonObject other = Wac::Test::loadValidPayload(u"seed-text"_s);
    other.insert(u"text"_s, QJsonObject {{u"body"_s, u"Typed just now"_s}});
    type(other);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier); // within the 150 ms debounce
    QTRY_COMPARE(postsSeen(), 1);
    QVERIFY(m_sim->requestLog().entries().last().body.contains("Typed just now"));
}

QTEST_MAIN(TestSendFlow)
#include "tst_sendflow.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"
#include "storage/historystore.h"
#include "storage/memorytokenstore.h"
#include "storage/profilestore.h"
#include "storage/secretvault.h"
#include "widgets/dialogs/confirm.h"
#include "widgets/mainwindow.h"
#include "widgets/storehandover.h"

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
#include "windowfixture.h"

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
    void aProfileOfAnotherStoreOpensInAWindowOfItsOwn();

private:
    void type(const QJsonObject &payload);

    Wac::Test::WindowFixture m_f;
};

void TestSendFlow::init()
{
    const QString error = m_f.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSendFlow::cleanup()
{
    m_f.stop();
}

void TestSendFlow::type(const QJsonObject &payload)
{
    auto *editor = m_f.window->findChild<QPlainTextEdit *>(u"jsonTextEdit"_s);
    editor->clear();
    editor->setFocus();
    QTest::keyClicks(
        editor, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
}

void TestSendFlow::ctrlReturnSendsAndShowsTheWamid()
{
    QCOMPARE(m_f.window->findChild<QComboBox *>(u"profileComboBox"_s)->currentData().toString(),
        u"Sandbox"_s);
    QJsonObject text = Wac::Test::loadValidPayload(u"seed-text"_s);
    text.insert(u"to"_s, u"(650) 555-1234"_s);
    type(text);
    auto *send = m_f.window->findChild<QPushButton *>(u"sendPushButton"_s);
    QTRY_VERIFY(send->isEnabled());
    QTest::keyClick(m_f.window->findChild<QPlainTextEdit *>(u"jsonTextEdit"_s), Qt::Key_Return,
        Qt::ControlModifier);
    QTRY_VERIFY2(m_f.headline().contains(u"Accepted"_s), qPrintable(m_f.headline()));
    const QString body = m_f.window->findChild<QLabel *>(u"resultBodyLabel"_s)->text();
    QVERIFY2(body.contains(u"WAMID: wamid."_s), qPrintable(body));
    QVERIFY2(
        body.contains(u"16505551234"_s), qPrintable(body)); // wa_id differs from what was typed
    QTest::mouseClick(
        m_f.window->findChild<QToolButton *>(u"copyWamidToolButton"_s), Qt::LeftButton);
    QVERIFY(QApplication::clipboard()->text().startsWith(u"wamid."_s));
    QCOMPARE(m_f.posts(), 1);
}

void TestSendFlow::errorsDisableSendButTheSandboxCanSendAnyway()
{
    QJsonObject bad = Wac::Test::loadValidPayload(u"seed-text"_s);
    bad.insert(u"text"_s, QJsonObject {{u"body"_s, u""_s}});
    type(bad);
    auto *send = m_f.window->findChild<QPushButton *>(u"sendPushButton"_s);
    auto *anyway = m_f.window->findChild<QPushButton *>(u"sendAnywayPushButton"_s);
    QTRY_VERIFY(anyway->isVisible());
    QVERIFY(!send->isEnabled());
    QTest::keyClick(
        m_f.window.get(), Qt::Key_Return, Qt::ControlModifier); // refused while errors stand
    QTest::qWait(100);
    QCOMPARE(m_f.posts(), 0);
    // Send anyway asks first, naming the errors; declined, nothing leaves.
    Wac::Confirm::setNextAnswer(false);
    QTest::mouseClick(anyway, Qt::LeftButton);
    QVERIFY2(Wac::Confirm::lastQuestion().contains(u"must not be empty"_s),
        qPrintable(Wac::Confirm::lastQuestion()));
    QTest::qWait(100);
    QCOMPARE(m_f.posts(), 0);
    Wac::Confirm::setNextAnswer(true);
    QTest::mouseClick(anyway, Qt::LeftButton);
    QTRY_VERIFY2(m_f.headline().contains(u"(#100)"_s), qPrintable(m_f.headline()));
    auto *details = m_f.window->findChild<QToolButton *>(u"detailsToolButton"_s);
    QVERIFY(details->isVisible());
    QTest::mouseClick(details, Qt::LeftButton);
    const QString text =
        m_f.window->findChild<QPlainTextEdit *>(u"detailsPlainTextEdit"_s)->toPlainText();
    QVERIFY2(text.contains(u"fbtrace_id"_s) && text.contains(u"/text/body"_s), qPrintable(text));
}

void TestSendFlow::unknownOutcomeIsSaidAndNeverResent()
{
    m_f.sim->faults().add({Wac::Sim::FaultPlan::Mode::Close, 5, {}, 0});
    type(Wac::Test::loadValidPayload(u"seed-text"_s));
    auto *send = m_f.window->findChild<QPushButton *>(u"sendPushButton"_s);
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY2(m_f.headline().contains(u"Outcome unknown"_s), qPrintable(m_f.headline()));
    QVERIFY(m_f.window->findChild<QLabel *>(u"resultBodyLabel"_s)
                ->text()
                .contains(u"before sending again"_s));
    QTest::qWait(200);
    QCOMPARE(m_f.posts(), 1);
}

void TestSendFlow::cancelWhileWaiting()
{
    m_f.sim->faults().add({Wac::Sim::FaultPlan::Mode::Hang, 1, {}, 0});
    type(Wac::Test::loadValidPayload(u"seed-text"_s));
    auto *send = m_f.window->findChild<QPushButton *>(u"sendPushButton"_s);
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    auto *cancel = m_f.window->findChild<QPushButton *>(u"cancelPushButton"_s);
    QTRY_VERIFY(cancel->isVisible());
    QVERIFY(!send->isEnabled()); // one send at a time
    QTRY_COMPARE(m_f.posts(), 1);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY2(
        m_f.headline().contains(u"Outcome unknown"_s), qPrintable(m_f.headline())); // it had left
    QTRY_VERIFY(!cancel->isVisible());
    QVERIFY(send->isEnabled());
}

void TestSendFlow::profileWithoutTokenIsNotSent()
{
    Wac::Profile p;
    p.name = u"No token"_s;
    p.baseUrl = m_f.sim->baseUrl();
    p.phoneNumberId = u"106540352242922"_s;
    QString error;
    QVERIFY(m_f.store->save(p, {}, &error));
    m_f.window->setSandbox(m_f.sim->baseUrl()); // refreshes the list
    auto *combo = m_f.window->findChild<QComboBox *>(u"profileComboBox"_s);
    QCOMPARE(combo->count(), 2);
    combo->setCurrentIndex(combo->findData(u"No token"_s));
    QVERIFY(!m_f.window->findChild<QPushButton *>(u"sendAnywayPushButton"_s)->isVisible());
    type(Wac::Test::loadValidPayload(u"seed-text"_s));
    auto *send = m_f.window->findChild<QPushButton *>(u"sendPushButton"_s);
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY2(m_f.headline().contains(u"Not sent"_s), qPrintable(m_f.headline()));
    QCOMPARE(m_f.posts(), 0);
}

// Typing and sending at once, before the problem list has caught up: the typed text is sent.
void TestSendFlow::sendRightAfterTypingSendsWhatWasTyped()
{
    auto *editor = m_f.window->findChild<QPlainTextEdit *>(u"jsonTextEdit"_s);
    editor->setPlainText(
        QString::fromUtf8(QJsonDocument(Wac::Test::loadValidPayload(u"seed-text"_s)).toJson()));
    QTRY_VERIFY(m_f.window->findChild<QPushButton *>(u"sendPushButton"_s)->isEnabled());
    QJsonObject other = Wac::Test::loadValidPayload(u"seed-text"_s);
    other.insert(u"text"_s, QJsonObject {{u"body"_s, u"Typed just now"_s}});
    type(other);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier); // within the 150 ms debounce
    QTRY_COMPARE(m_f.posts(), 1);
    QVERIFY(m_f.sim->requestLog().entries().last().body.contains("Typed just now"));
}

// A team profile chosen in a window on this computer's file: nothing is sent from here, and the
// profile opens in a window of its own with the draft.
void TestSendFlow::aProfileOfAnotherStoreOpensInAWindowOfItsOwn()
{
    Wac::HistoryStore history(m_f.dir.filePath(u"history.sqlite"_s));
    QVERIFY(history.open());
    QVERIFY(m_f.start(&history).isEmpty());
    Wac::Profile team;
    team.name = u"Team"_s;
    team.baseUrl = m_f.sim->baseUrl();
    team.phoneNumberId = u"106540352242922"_s;
    team.store.engine = Wac::StoreLocation::Engine::PostgreSQL;
    team.store.host = u"db.example.com"_s;
    team.store.database = u"support"_s;
    team.store.user = u"agents"_s;
    QString error;
    QVERIFY(m_f.store->save(team, {}, &error));
    m_f.window->setSandbox(m_f.sim->baseUrl());
    // The program started stands in for waconsole: it writes down what it was given.
    const QString record = m_f.dir.filePath(u"started.txt"_s);
    const QString program = m_f.dir.filePath(u"waconsole.sh"_s);
    QFile script(program);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > \"" + record.toUtf8()
        + ".part\"\nmv \"" + record.toUtf8() + ".part\" \"" + record.toUtf8() + "\"\n");
    script.close();
    script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto *handover = m_f.window->findChild<Wac::StoreHandover *>();
    QVERIFY(handover);
    handover->setProgram(program);

    QJsonObject text = Wac::Test::loadValidPayload(u"seed-text"_s);
    text.insert(u"text"_s, QJsonObject {{u"body"_s, u"Goes with the window"_s}});
    type(text);
    auto *send = m_f.window->findChild<QPushButton *>(u"sendPushButton"_s);
    QTRY_VERIFY(send->isEnabled());
    auto *combo = m_f.window->findChild<QComboBox *>(u"profileComboBox"_s);
    combo->setCurrentIndex(combo->findData(u"Team"_s));
    QVERIFY2(m_f.headline().contains(u"keeps its history in agents@db.example.com:5432/support"_s),
        qPrintable(m_f.headline()));
    QVERIFY(!send->isEnabled());
    QVERIFY(!m_f.window->findChild<QPushButton *>(u"sendAnywayPushButton"_s)->isVisible());
    auto *open = m_f.window->findChild<QPushButton *>(u"resultActionButton"_s);
    QVERIFY(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(record), 10000);
    QFile started(record);
    QVERIFY(started.open(QIODevice::ReadOnly));
    const QStringList arguments =
        QString::fromUtf8(started.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(arguments.size(), 3);
    QCOMPARE(arguments.mid(0, 2), QStringList({u"--profile"_s, u"Team"_s}));
    QFile draft(arguments.at(2));
    QVERIFY(draft.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(draft.readAll()).object(), text);
    QVERIFY(!(draft.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
    draft.remove();
    QCOMPARE(m_f.posts(), 0);

    // Back on the Sandbox, the notice goes and Send is there again.
    combo->setCurrentIndex(combo->findData(u"Sandbox"_s));
    QVERIFY(!open->isVisible());
    QTRY_VERIFY(send->isEnabled());
}

QTEST_MAIN(TestSendFlow)
#include "tst_sendflow.moc"

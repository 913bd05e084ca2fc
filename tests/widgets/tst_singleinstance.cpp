// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// One console: a real `waconsole` process started while a window serves the socket hands its
// file over and exits; the window comes forward with it. Each test has a runtime directory of
// its own, as parallel tests and users' sessions do.
#include "widgets/mainwindow.h"
#include "widgets/windowactivation.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "services/singleinstance.h"

using namespace Qt::StringLiterals;

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aSecondStartOpensItsFileInTheFirstWindow();
    void theFileArgumentIsResolvedWhereItWasGiven();
    void aMissingFileIsRefusedBeforeHandingOver();
    void headlessRunsAreNeverHandedOver();
    void aStaleSocketFileIsTakenOver();
    void aSilentHolderIsNamedNotWaitedForever();
    void aBadRequestOpensNothing();
    void aFileThatIsNoPayloadStillOpensTheWindow();

private:
    /// Runs waconsole with `args` in this test's folders; its exit code, -1 when it hung.
    int runApp(const QStringList &args, QByteArray *stderrOut = nullptr, qint64 *ms = nullptr,
        const QString &workingDir = {});
    QString writePayload(const QString &name, const QString &body);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir(m_dir->path()).mkpath(u"run"_s));
    QFile::setPermissions(
        m_dir->filePath(u"run"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // This process's SingleInstance and the child's find the same socket, and no other test's.
    qputenv("XDG_RUNTIME_DIR", m_dir->filePath(u"run"_s).toLocal8Bit());
}

int TestSingleInstance::runApp(
    const QStringList &args, QByteArray *stderrOut, qint64 *ms, const QString &workingDir)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir->filePath(u"run"_s));
    env.insert(u"HOME"_s, m_dir->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_dir->filePath(u"cache"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    app.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        app.setWorkingDirectory(workingDir);
    QElapsedTimer timer;
    timer.start();
    app.start(QStringLiteral(WACONSOLE_APP), args);
    // The window answers from this thread's event loop: wait without blocking it.
    if (!QTest::qWaitFor([&app] { return app.state() == QProcess::NotRunning; }, 20000)) {
        app.kill();
        app.waitForFinished();
        return -1;
    }
    if (ms)
        *ms = timer.elapsed();
    if (stderrOut)
        *stderrOut = app.readAllStandardError();
    return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
}

QString TestSingleInstance::writePayload(const QString &name, const QString &body)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QJsonObject payload {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, u"15551234567"_s},
        {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, body}}}};
    file.write(QJsonDocument(payload).toJson());
    return file.fileName();
}

void TestSingleInstance::aSecondStartOpensItsFileInTheFirstWindow()
{
    Wac::MainWindow window;
    Wac::SingleInstance instance;
    QCOMPARE(instance.start({}), Wac::SingleInstance::Outcome::Serving);
    Wac::WindowActivation::follow(&instance, &window);
    window.show();
    window.showMinimized();
    const QString path = writePayload(u"handed.json"_s, u"From the second start"_s);

    QByteArray err;
    qint64 ms = 0;
    QCOMPARE(runApp({u"--open"_s, path}, &err, &ms), 0);
    qInfo("the second process exited after %lld ms", ms);
    QVERIFY2(err.isEmpty(), err.constData());
    // It left before opening anything of its own: no history file in its data folder.
    QVERIFY(!QFile::exists(m_dir->filePath(u"data/waconsole/history.sqlite"_s)));
    QTRY_COMPARE(window.message().toJson().value(u"text"_s)[u"body"_s].toString(),
        u"From the second start"_s);
    QVERIFY(!window.isMinimized());
    QVERIFY(window.windowTitle().startsWith(u"handed.json"_s));
}

void TestSingleInstance::theFileArgumentIsResolvedWhereItWasGiven()
{
    Wac::MainWindow window;
    Wac::SingleInstance instance;
    QCOMPARE(instance.start({}), Wac::SingleInstance::Outcome::Serving);
    Wac::WindowActivation::follow(&instance, &window);
    QSignalSpy activated(&instance, &Wac::SingleInstance::activated);
    QVERIFY(QDir(m_dir->path()).mkpath(u"elsewhere"_s));
    writePayload(u"elsewhere/relative.json"_s, u"Relative"_s);

    // As "Open with" starts it: the bare FILE argument, relative to the caller's folder.
    QCOMPARE(runApp({u"relative.json"_s}, nullptr, nullptr, m_dir->filePath(u"elsewhere"_s)), 0);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toStringList(),
        QStringList {m_dir->filePath(u"elsewhere/relative.json"_s)});
    QCOMPARE(window.message().toJson().value(u"text"_s)[u"body"_s].toString(), u"Relative"_s);
}

void TestSingleInstance::aMissingFileIsRefusedBeforeHandingOver()
{
    Wac::SingleInstance instance;
    QCOMPARE(instance.start({}), Wac::SingleInstance::Outcome::Serving);
    QSignalSpy activated(&instance, &Wac::SingleInstance::activated);
    QByteArray err;
    const QString missing = m_dir->filePath(u"missing.json"_s);
    QCOMPARE(runApp({missing}, &err), 2);
    QVERIFY2(err.contains(missing.toLocal8Bit()), err.constData());
    QCOMPARE(activated.size(), 0);
    // Two files for a window that holds one: named, not half-done.
    QCOMPARE(runApp({u"--open"_s, missing, missing}, &err), 2);
    QVERIFY2(err.contains("one file"), err.constData());
}

void TestSingleInstance::headlessRunsAreNeverHandedOver()
{
    Wac::SingleInstance instance;
    QCOMPARE(instance.start({}), Wac::SingleInstance::Outcome::Serving);
    QSignalSpy activated(&instance, &Wac::SingleInstance::activated);
    const QString path = writePayload(u"dumped.json"_s, u"Dumped"_s);
    const QString out = m_dir->filePath(u"out.json"_s);
    QCOMPARE(runApp({u"--open"_s, path, u"--dump"_s, out}), 0);
    QFile dumped(out);
    QVERIFY(dumped.open(QIODevice::ReadOnly));
    QVERIFY(dumped.readAll().contains("Dumped"));
    QCOMPARE(activated.size(), 0);
}

void TestSingleInstance::aStaleSocketFileIsTakenOver()
{
    // What a console that crashed leaves: the file, with nobody listening behind it.
    Wac::SingleInstance first;
    {
        QFile stale(first.socketPath());
        QVERIFY(stale.open(QIODevice::WriteOnly));
    }
    QString error;
    QCOMPARE(first.start({}, &error), Wac::SingleInstance::Outcome::Serving);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSignalSpy activated(&first, &Wac::SingleInstance::activated);
    QCOMPARE(runApp({}), 0);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toStringList(), QStringList());
}

void TestSingleInstance::aSilentHolderIsNamedNotWaitedForever()
{
    // Something holds the socket and never answers (a console stuck in a dialog's loop would
    // still answer; a hung one would not): the start says so instead of opening a second.
    QLocalServer silent;
    QVERIFY(silent.listen(Wac::SingleInstance::defaultSocketPath()));
    QByteArray err;
    qint64 ms = 0;
    QCOMPARE(runApp({}, &err, &ms), 2);
    QVERIFY2(err.contains("--new-instance"), err.constData());
    QVERIFY2(ms < 15000, qPrintable(QString::number(ms)));
}

void TestSingleInstance::aBadRequestOpensNothing()
{
    Wac::SingleInstance instance;
    QCOMPARE(instance.start({}), Wac::SingleInstance::Outcome::Serving);
    QSignalSpy activated(&instance, &Wac::SingleInstance::activated);
    for (const QByteArray &request :
        {QByteArray("not json\n"), QByteArray("{\"open\": 3}\n"), QByteArray(70 * 1024, 'x')}) {
        QLocalSocket socket;
        socket.connectToServer(instance.socketPath());
        QVERIFY(socket.waitForConnected(1000));
        socket.write(request);
        QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
        QVERIFY(!socket.readAll().startsWith("ok"));
    }
    QTest::qWait(50);
    QCOMPARE(activated.size(), 0);
}

// Opened from the desktop ("Open with", Exec=waconsole %f), a JSON file that is no payload used
// to end the start with the reason on a stderr nobody sees: now the window opens and says it.
void TestSingleInstance::aFileThatIsNoPayloadStillOpensTheWindow()
{
    QFile notPayload(m_dir->filePath(u"package.json"_s));
    QVERIFY(notPayload.open(QIODevice::WriteOnly));
    notPayload.write(R"({"name": "x", "name": "y"})");
    notPayload.close();
    QByteArray err;
    QCOMPARE(runApp({u"--quit-after-first-paint"_s, notPayload.fileName()}, &err), 0);
    QVERIFY2(err.contains("the key \"name\" appears twice"), err.constData());
    // A script (--dump) still hears of it by the exit code.
    QCOMPARE(runApp({notPayload.fileName(), u"--dump"_s, m_dir->filePath(u"out.json"_s)}, &err), 2);
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"

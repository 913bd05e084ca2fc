// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// waconsole's own options: a wrong value is refused by name with exit 2 before any window,
/// never quietly replaced (--theme purple was the system theme, --size 10x10 a 898×700 picture).
class TestAppOptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongValuesAreRefusedByName_data();
    void wrongValuesAreRefusedByName();
    void aPictureIsTheSizeAskedFor();
    void startsFromAFolderHoldingFilesNamedAsItsLibraries();

private:
    /// Runs waconsole headless in a private HOME (started in the folder \a from, if given); its
    /// exit code and what it printed on stderr.
    int runApp(const QStringList &args, QString *err, const QString &from = {});
    QTemporaryDir m_home;
};

int TestAppOptions::runApp(const QStringList &args, QString *err, const QString &from)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, folder] :
        {std::pair {u"HOME"_s, u""_s}, {u"XDG_CONFIG_HOME"_s, u"/config"_s},
            {u"XDG_DATA_HOME"_s, u"/data"_s}, {u"XDG_CACHE_HOME"_s, u"/cache"_s}})
        env.insert(name, m_home.path() + folder);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANG"_s, u"C"_s);
    env.insert(u"LC_ALL"_s, u"C"_s);
    app.setProcessEnvironment(env);
    app.setWorkingDirectory(from);
    app.start(QStringLiteral(WACONSOLE_APP), QStringList {u"--new-instance"_s} + args);
    if (!app.waitForFinished(30000)) {
        app.kill();
        app.waitForFinished();
        return -1;
    }
    *err = QString::fromUtf8(app.readAllStandardError());
    return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
}

void TestAppOptions::wrongValuesAreRefusedByName_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    const QString png = m_home.filePath(u"refused.png"_s);
    QTest::newRow("theme") << QStringList {u"--theme"_s, u"purple"_s, u"--screenshot"_s, png}
                           << u"--theme is system, light or dark, not \"purple\""_s;
    QTest::newRow("size not WxH") << QStringList {u"--size"_s, u"big"_s, u"--screenshot"_s, png}
                                  << u"--size takes WIDTHxHEIGHT"_s;
    QTest::newRow("size zero") << QStringList {u"--size"_s, u"0x700"_s, u"--screenshot"_s, png}
                               << u"not \"0x700\""_s;
    QTest::newRow("size below the window's least") << QStringList {u"--size"_s, u"10x10"_s,
        u"--screenshot"_s, png} << u"--size 10x10 is smaller than the window can be: at least "_s;
    QTest::newRow("port") << QStringList {u"--sandbox-port"_s, u"70000"_s, u"--screenshot"_s, png}
                          << u"--sandbox-port is a port from 1 to 65535, not \"70000\""_s;
    QTest::newRow("port not a number")
        << QStringList {u"--sandbox-port"_s, u"abc"_s, u"--screenshot"_s, png} << u"\"abc\""_s;
}

void TestAppOptions::wrongValuesAreRefusedByName()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    QString err;
    QCOMPARE(runApp(args, &err), 2);
    QVERIFY2(err.contains(reason), qPrintable(err));
    QVERIFY(!QFile::exists(m_home.filePath(u"refused.png"_s)));
}

void TestAppOptions::aPictureIsTheSizeAskedFor()
{
    const QString png = m_home.filePath(u"window.png"_s);
    QString err;
    QCOMPARE(
        runApp({u"--size"_s, u"1024x700"_s, u"--theme"_s, u"dark"_s, u"--screenshot"_s, png}, &err),
        0);
    QCOMPARE(QImage(png).size(), QSize(1024, 700));
}

// The loader looked in the working directory first (an empty run path entry): started from a
// folder of downloads holding a file by one of those names, waconsole did not start at all
// ("libfontconfig.so.1: file too short", exit 127), and a real library there would have run.
void TestAppOptions::startsFromAFolderHoldingFilesNamedAsItsLibraries()
{
    QTemporaryDir folder;
    for (const char *name : {"libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6",
             "libQt6Sql.so.6", "libQt6Network.so.6", "libfontconfig.so.1", "libsqlite3.so.0",
             "libqt6keychain.so.1", "libstdc++.so.6", "libc.so.6"}) {
        QFile file(folder.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString png = m_home.filePath(u"from-downloads.png"_s);
    QString err;
    QCOMPARE(runApp({u"--screenshot"_s, png}, &err, folder.path()), 0);
    QVERIFY2(!err.contains(u"error while loading shared libraries"_s), qPrintable(err));
    QVERIFY(QImage(png).width() > 0);
}

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"

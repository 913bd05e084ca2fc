// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Help → About: project()'s version, the Qt versions, and the folders the stores really use,
// each opened by its button.
#include "core/version.h"
#include "storage/datafolders.h"
#include "storage/historystore.h"
#include "storage/templatecache.h"
#include "widgets/dialogs/aboutdialog.h"

#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "services/mediacache.h"

using namespace Qt::StringLiterals;

class TestAboutDialog final : public QObject
{
    Q_OBJECT

public Q_SLOTS:

    void openUrl(const QUrl &url) { m_opened.append(url); }

private Q_SLOTS:
    void initTestCase();
    void showsTheVersionAndQt();
    void theFoldersAreTheStoresOwn();
    void eachButtonOpensItsFolder();

private:
    QTemporaryDir m_home;
    QList<QUrl> m_opened;
};

void TestAboutDialog::initTestCase()
{
    for (const auto &[name, folder] : {std::pair("XDG_CONFIG_HOME", "config"),
             std::pair("XDG_DATA_HOME", "data"), std::pair("XDG_CACHE_HOME", "cache")})
        qputenv(name, m_home.filePath(QLatin1String(folder)).toLocal8Bit());
    // The file manager is not started in a test: the handler sees what it would be given.
    QDesktopServices::setUrlHandler(u"file"_s, this, "openUrl");
}

void TestAboutDialog::showsTheVersionAndQt()
{
    Wac::AboutDialog dialog;
    const QString title = dialog.findChild<QLabel *>(u"titleLabel"_s)->text();
    QVERIFY2(title.contains(QLatin1String(Wac::version)), qPrintable(title));
    QCOMPARE(QLatin1String(Wac::version), QLatin1String("0.1.0"));
    const QString qt = dialog.findChild<QLabel *>(u"qtVersionLabel"_s)->text();
    QVERIFY2(qt.contains(QLatin1String(qVersion())), qPrintable(qt));
    QVERIFY(dialog.findChild<QLabel *>(u"licenceLabel"_s)->text().contains(u"GNU General"_s));
}

void TestAboutDialog::theFoldersAreTheStoresOwn()
{
    QCOMPARE(Wac::DataFolders::config(), m_home.filePath(u"config/waconsole"_s));
    QCOMPARE(Wac::DataFolders::data(), m_home.filePath(u"data/waconsole"_s));
    QCOMPARE(Wac::DataFolders::cache(), m_home.filePath(u"cache/waconsole"_s));
    QCOMPARE(Wac::HistoryStore::defaultPath(), Wac::DataFolders::data() + u"/history.sqlite"_s);
    QCOMPARE(Wac::TemplateCache::defaultPath(), Wac::DataFolders::data() + u"/templates.sqlite"_s);
    QCOMPARE(Wac::MediaCache::defaultDirectory(), Wac::DataFolders::cache() + u"/media"_s);
    Wac::AboutDialog dialog;
    QCOMPARE(dialog.findChild<QLabel *>(u"configPathLabel"_s)->text(), Wac::DataFolders::config());
    QCOMPARE(dialog.findChild<QLabel *>(u"dataPathLabel"_s)->text(), Wac::DataFolders::data());
    QCOMPARE(dialog.findChild<QLabel *>(u"cachePathLabel"_s)->text(), Wac::DataFolders::cache());
}

void TestAboutDialog::eachButtonOpensItsFolder()
{
    Wac::AboutDialog dialog;
    m_opened.clear();
    for (const char *button : {"openConfigButton", "openDataButton", "openCacheButton"})
        QTest::mouseClick(dialog.findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
    const QList<QUrl> expected {QUrl::fromLocalFile(Wac::DataFolders::config()),
        QUrl::fromLocalFile(Wac::DataFolders::data()),
        QUrl::fromLocalFile(Wac::DataFolders::cache())};
    QCOMPARE(m_opened, expected);
    // Made on the way, so that the file manager has a folder to show.
    QVERIFY(QFileInfo(Wac::DataFolders::cache()).isDir());
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Help → About: project()'s version, the Qt versions, and the folders the stores really use,
// each opened by its button.
#include "core/translator.h"
#include "core/version.h"
#include "storage/datafolders.h"
#include "storage/historystore.h"
#include "storage/templatecache.h"
#include "widgets/dialogs/aboutdialog.h"
#include "widgets/theme.h"

#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
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

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"file"_s); }

    void showsTheVersionAndQt();
    void theFoldersAreTheStoresOwn();
    void eachButtonOpensItsFolder();
    void screenshots();

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

void TestAboutDialog::screenshots()
{
    // Both themes, English and Russian, as Help → About opens it; saved when
    // WACONSOLE_SCREENSHOT_DIR is set (scripts/screenshots.sh).
    const QString out = qEnvironmentVariable("WACONSOLE_SCREENSHOT_DIR");
    for (const QString &language : {u"en"_s, u"ru"_s}) {
        for (QTranslator *translator :
            QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        if (language != u"en"_s)
            QCOMPARE(Wac::installTranslators(language), language);
        for (const bool dark : {false, true}) {
            Wac::Theme::apply(dark ? Wac::Theme::Mode::Dark : Wac::Theme::Mode::Light);
            Wac::AboutDialog dialog;
            dialog.show();
            QCoreApplication::processEvents();
            const QImage shot = dialog.grab().toImage();
            QVERIFY(!shot.isNull());
            // Every text fits: the dialog is at least as large as its layout asks.
            QVERIFY(dialog.width() >= dialog.minimumSizeHint().width());
            if (!out.isEmpty()) {
                QDir().mkpath(out);
                QVERIFY(shot.save(
                    u"%1/about-%2-%3.png"_s.arg(out, language, dark ? u"dark"_s : u"light"_s)));
            }
        }
    }
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"

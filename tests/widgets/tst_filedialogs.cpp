// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The file dialogs open where the user was last, or in Documents: never in whatever directory
// the console happened to be started from.
#include "storage/settings.h"
#include "widgets/dialogs/filedialogs.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using Wac::Settings;
namespace FileDialogs = Wac::FileDialogs;

class TestFileDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void theFirstDialogOpensInDocuments();
    void theNextOneOpensWhereTheLastFileWas();
    void aSaveDialogSuggestsItsNameThere();
    void aFolderThatWentAwayFallsBackToDocuments();

private:
    struct Shown
    {
        QString folder;
        QString selected;
    };

    /// Shows the real dialog `open` asks for, notes where it opened and cancels it.
    static Shown cancelDialog(const std::function<QString()> &open);

    QTemporaryDir m_config;
    QString m_documents;
    QTemporaryDir m_dir;
};

void TestFileDialogs::initTestCase()
{
    // Settings and the Documents folder of a throw-away configuration, as a desktop names it.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    const QString documents = m_config.filePath(u"Documents"_s);
    QVERIFY(QDir().mkpath(documents));
    QFile dirs(m_config.filePath(u"user-dirs.dirs"_s));
    QVERIFY(dirs.open(QIODevice::WriteOnly));
    dirs.write("XDG_DOCUMENTS_DIR=\"" + QFile::encodeName(documents) + "\"\n");
    dirs.close();
    m_documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(m_documents, documents);
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir::current().absolutePath() != QDir(m_documents).absolutePath());
}

void TestFileDialogs::init()
{
    Settings::reset(Settings::Key::LastFolder);
}

TestFileDialogs::Shown TestFileDialogs::cancelDialog(const std::function<QString()> &open)
{
    Shown shown;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown.folder = dialog->directory().absolutePath();
        shown.selected = dialog->selectedFiles().value(0);
        dialog->reject();
    });
    poll.start();
    const QString answer = open();
    if (!answer.isEmpty())
        shown.folder = u"<not cancelled: "_s + answer + u'>';
    return shown;
}

void TestFileDialogs::theFirstDialogOpensInDocuments()
{
    const Shown shown =
        cancelDialog([] { return FileDialogs::openFileName(nullptr, u"Open payload"_s); });
    QCOMPARE(shown.folder, QDir(m_documents).absolutePath());
}

void TestFileDialogs::theNextOneOpensWhereTheLastFileWas()
{
    QVERIFY(QDir(m_dir.path()).mkpath(u"payloads"_s));
    const QString chosen = m_dir.filePath(u"payloads/order.json"_s);
    FileDialogs::setNextAnswer(chosen);
    QCOMPARE(FileDialogs::openFileName(nullptr, u"Open payload"_s), chosen);
    const Shown shown =
        cancelDialog([] { return FileDialogs::openFileName(nullptr, u"Upload a file"_s); });
    QCOMPARE(shown.folder, QDir(m_dir.filePath(u"payloads"_s)).absolutePath());
}

void TestFileDialogs::aSaveDialogSuggestsItsNameThere()
{
    FileDialogs::setNextAnswer(m_dir.filePath(u"preview.png"_s));
    FileDialogs::saveFileName(nullptr, u"Save preview"_s, u"text-preview.png"_s, {});
    const Shown shown = cancelDialog([] {
        return FileDialogs::saveFileName(
            nullptr, u"Save payload"_s, u"text.json"_s, u"JSON payloads (*.json)"_s);
    });
    QCOMPARE(shown.folder, QDir(m_dir.path()).absolutePath());
    QCOMPARE(shown.selected, QDir(m_dir.path()).absoluteFilePath(u"text.json"_s));
}

void TestFileDialogs::aFolderThatWentAwayFallsBackToDocuments()
{
    QTemporaryDir gone;
    FileDialogs::setNextAnswer(gone.filePath(u"a.json"_s));
    FileDialogs::openFileName(nullptr, u"Open payload"_s);
    QVERIFY(gone.remove());
    const Shown shown =
        cancelDialog([] { return FileDialogs::openFileName(nullptr, u"Open payload"_s); });
    QCOMPARE(shown.folder, QDir(m_documents).absolutePath());
}

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"

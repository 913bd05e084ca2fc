// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The window's files: Open, Save and Save As of the exact payload JSON, the draft kept across
// runs, the Examples menu, and payloads or curl commands pasted or dropped in.
#include "ui_mainwindow.h"

#include "core/jsoninput.h"
#include "core/payloadimport.h"
#include "widgets/composer/composercontroller.h"
#include "widgets/composer/composerpage.h"
#include "widgets/composer/composerregistry.h"
#include "widgets/dialogs/filedialogs.h"
#include "widgets/mainwindow.h"
#include "widgets/resultpanel.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeData>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QByteArray fileBytes(const OutgoingMessage &message)
{
    return indentedJson(message.toJson());
}

} // namespace

void MainWindow::setUpFileActions()
{
    connect(m_ui->newAction, &QAction::triggered, this, [this] {
        m_composer->currentPage()->clear();
        scheduleRefresh();
    });
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::chooseOpenFile);
    connect(m_ui->saveAction, &QAction::triggered, this, [this] { save(false); });
    connect(m_ui->saveAsAction, &QAction::triggered, this, [this] { save(true); });
    connect(m_ui->pastePayloadAction, &QAction::triggered, this, &MainWindow::pastePayload);
}

void MainWindow::fillExamples()
{
    QHash<QString, QMenu *> groups;
    for (const ComposerEntry &entry : composerEntries()) {
        QMenu *menu = m_ui->examplesMenu;
        if (entry.group) {
            const QString group = QString::fromLatin1(entry.group);
            if (!groups.contains(group)) {
                groups.insert(group,
                    menu->addMenu(QCoreApplication::translate("ComposerRegistry", entry.group)));
            }
            menu = groups.value(group);
        }
        const QString id = messageTypeId(entry.type);
        QAction *action =
            menu->addAction(QCoreApplication::translate("ComposerRegistry", entry.title));
        action->setObjectName(u"example:"_s + id);
        connect(action, &QAction::triggered, this, [this, id] {
            QFile file(u":/examples/"_s + id + u".json"_s);
            if (!file.open(QIODevice::ReadOnly))
                return;
            OutgoingMessage example =
                OutgoingMessage::fromJson(QJsonDocument::fromJson(file.readAll()).object());
            // The recipient the user typed stays; the example's is a placeholder.
            const QString typed = m_ui->recipientLineEdit->text();
            if (!typed.isEmpty() && example.type() != MessageType::MarkAsRead)
                example.setRecipient(typed);
            setMessage(example);
            statusBar()->showMessage(tr("Example loaded: %1").arg(composerTitle(example.type())));
        });
    }
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString reason = tr("Cannot open %1: %2").arg(path, file.errorString());
        statusBar()->showMessage(reason);
        if (error)
            *error = reason;
        return false;
    }
    QString reason;
    if (!importText(QString::fromUtf8(file.readAll()), &reason)) {
        reason = tr("%1 is not a payload: %2").arg(QFileInfo(path).fileName(), reason);
        statusBar()->showMessage(reason);
        if (error)
            *error = reason;
        return false;
    }
    m_filePath = path;
    m_savedJson = QString::fromUtf8(fileBytes(m_message));
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::saveFile(const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = fileBytes(message());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = tr("Cannot save %1: %2").arg(path, file.errorString());
        statusBar()->showMessage(reason);
        if (error)
            *error = reason;
        return false;
    }
    m_filePath = path;
    m_savedJson = QString::fromUtf8(bytes);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::importText(const QString &text, QString *error)
{
    const PayloadImport imported = PayloadImport::fromText(text);
    if (!imported.ok()) {
        m_result->showProblem(tr("Not loaded"), imported.error);
        statusBar()->showMessage(imported.error);
        if (error)
            *error = imported.error;
        return false;
    }
    setMessage(OutgoingMessage::fromJson(imported.body));
    m_composer->revealAll();
    refresh();
    statusBar()->showMessage(imported.source == PayloadImport::Source::Curl
            ? tr("Loaded the body of a curl command to %1").arg(imported.url)
            : tr("Payload loaded."),
        5000);
    return true;
}

void MainWindow::setDraftFile(const QString &path)
{
    m_draftPath = path;
}

bool MainWindow::restoreDraft()
{
    QFile file(m_draftPath);
    if (m_draftPath.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return false;
    setMessage(OutgoingMessage::fromJson(document.object()));
    return true;
}

bool MainWindow::saveDraft() const
{
    if (m_draftPath.isEmpty())
        return false;
    QDir().mkpath(QFileInfo(m_draftPath).absolutePath());
    QSaveFile file(m_draftPath);
    const QByteArray bytes = fileBytes(message());
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_draftPath.isEmpty() && !saveDraft())
        statusBar()->showMessage(tr("The draft could not be saved to %1.").arg(m_draftPath));
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() || mime->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile()) {
            openFile(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
    }
    if (mime->hasText()) {
        importText(mime->text());
        event->acceptProposedAction();
    }
}

void MainWindow::chooseOpenFile()
{
    const QString path = FileDialogs::openFileName(this, tr("Open payload"),
        tr("JSON payloads (*.json);;curl commands (*.sh *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::save(bool choosePath)
{
    QString path = m_filePath;
    if (choosePath || path.isEmpty()) {
        const QString suggested = path.isEmpty()
            ? messageTypeId(m_message.type()).replace(u'.', u'-') + u".json"_s
            : path;
        path = FileDialogs::saveFileName(
            this, tr("Save payload"), suggested, tr("JSON payloads (*.json)"));
    }
    if (!path.isEmpty())
        saveFile(path);
}

void MainWindow::pastePayload()
{
    importText(QGuiApplication::clipboard()->text());
}

void MainWindow::updateTitle()
{
    const QString name = m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
    setWindowTitle(name + u"[*] — waconsole"_s);
    setWindowModified(
        !m_filePath.isEmpty() && QString::fromUtf8(fileBytes(m_message)) != m_savedJson);
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/messagefiles.h"

#include "core/jsoninput.h"
#include "core/payloadimport.h"
#include "widgets/composer/composerregistry.h"
#include "widgets/dialogs/filedialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QMenu>
#include <QMimeData>
#include <QSaveFile>
#include <QUrl>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QByteArray fileBytes(const OutgoingMessage &message)
{
    return indentedJson(message.toJson());
}

/// The examples that are not a message type of their own (resources/examples/more).
struct MoreExample
{
    const char *file;
    const char *title;
    /// The example is about its recipient (a group, a business-scoped user ID): it keeps it.
    bool ownRecipient = false;
};

constexpr MoreExample moreExamples[] = {
    {"bsuid-recipient", QT_TRANSLATE_NOOP("Wac::MessageFiles", "Text to a business-scoped user ID"),
        true},
    {"group-text", QT_TRANSLATE_NOOP("Wac::MessageFiles", "Text to a group"), true},
    {"carousel-product", QT_TRANSLATE_NOOP("Wac::MessageFiles", "Carousel of product cards")},
    {"template-media-carousel",
        QT_TRANSLATE_NOOP("Wac::MessageFiles", "Template: carousel of media cards")},
    {"template-product-carousel",
        QT_TRANSLATE_NOOP("Wac::MessageFiles", "Template: carousel of product cards")},
    {"template-lto", QT_TRANSLATE_NOOP("Wac::MessageFiles", "Template: limited-time offer")},
    {"template-coupon-code", QT_TRANSLATE_NOOP("Wac::MessageFiles", "Template: coupon code")},
    {"template-catalog", QT_TRANSLATE_NOOP("Wac::MessageFiles", "Template: catalog")},
    {"template-mpm", QT_TRANSLATE_NOOP("Wac::MessageFiles", "Template: multi-product")},
    {"template-call-permission",
        QT_TRANSLATE_NOOP("Wac::MessageFiles", "Template: call permission request")},
    {"template-order-details", QT_TRANSLATE_NOOP("Wac::MessageFiles", "Template: order details")},
};

} // namespace

MessageFiles::MessageFiles(QWidget *window, Hooks hooks)
    : QObject(window)
    , m_window(window)
    , m_hooks(std::move(hooks))
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool MessageFiles::eventFilter(QObject * /*watched: only the window*/, QEvent *event)
{
    // A drag that is not a file or text goes on to the window itself: where the platform drags
    // docks as drags (Wayland), those come by the same events.
    if (event->type() == QEvent::DragEnter) {
        auto *enter = static_cast<QDragEnterEvent *>(event);
        const bool ours = enter->mimeData()->hasUrls() || enter->mimeData()->hasText();
        if (ours)
            enter->acceptProposedAction();
        return ours;
    }
    if (event->type() != QEvent::Drop)
        return false;
    auto *drop = static_cast<QDropEvent *>(event);
    const QMimeData *mime = drop->mimeData();
    const QList<QUrl> urls = mime->urls();
    const auto local =
        std::find_if(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); });
    if (local != urls.cend())
        openFile(local->toLocalFile());
    else if (mime->hasText())
        importText(mime->text());
    else
        return false;
    drop->acceptProposedAction();
    return true;
}

void MessageFiles::fillExamples(QMenu *examples)
{
    QHash<QString, QMenu *> groups;
    for (const ComposerEntry &entry : composerEntries()) {
        QMenu *menu = examples;
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
        connect(action, &QAction::triggered, this,
            [this, id] { loadExample(u":/examples/"_s + id + u".json"_s, {}, false); });
    }
    QMenu *more = examples->addMenu(tr("More examples"));
    more->setObjectName(u"moreExamplesMenu"_s);
    for (const MoreExample &entry : moreExamples) {
        const QString title = tr(entry.title);
        const QString file = QString::fromLatin1(entry.file);
        QAction *action = more->addAction(title);
        action->setObjectName(u"moreExample:"_s + file);
        const bool own = entry.ownRecipient;
        connect(action, &QAction::triggered, this, [this, file, title, own] {
            loadExample(u":/examples/more/"_s + file + u".json"_s, title, own);
        });
    }
}

void MessageFiles::loadExample(const QString &resource, const QString &title, bool ownRecipient)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return;
    OutgoingMessage example =
        OutgoingMessage::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    // The recipient the user typed stays; the example's is a placeholder. A group's or a
    // business-scoped user's ID that an example brought is not the user's: the one they typed
    // before it comes back with the next example.
    const QString current = m_hooks.current().recipient();
    if (current != m_exampleRecipient)
        m_typedRecipient = current;
    if (!m_typedRecipient.isEmpty() && example.type() != MessageType::MarkAsRead && !ownRecipient)
        example.setRecipient(m_typedRecipient);
    m_exampleRecipient = ownRecipient ? example.recipient() : QString();
    m_hooks.show(example, false);
    Q_EMIT statusMessage(
        tr("Example loaded: %1").arg(title.isEmpty() ? composerTitle(example.type()) : title), 0);
}

bool MessageFiles::openFile(const QString &path, QString *error)
{
    QFile file(path);
    QString reason;
    if (!file.open(QIODevice::ReadOnly)) {
        reason = tr("Cannot open %1: %2").arg(path, file.errorString());
    } else if (!importPayload(PayloadImport::fromBytes(file.readAll()), &reason)) {
        reason = tr("%1 is not a payload: %2").arg(QFileInfo(path).fileName(), reason);
    }
    if (!reason.isEmpty()) {
        Q_EMIT statusMessage(reason, 0);
        if (error)
            *error = reason;
        return false;
    }
    m_filePath = path;
    m_savedJson = QString::fromUtf8(fileBytes(m_hooks.current()));
    Q_EMIT documentChanged();
    Q_EMIT statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MessageFiles::saveFile(const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = fileBytes(m_hooks.current());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = tr("Cannot save %1: %2").arg(path, file.errorString());
        Q_EMIT statusMessage(reason, 0);
        if (error)
            *error = reason;
        return false;
    }
    m_filePath = path;
    m_savedJson = QString::fromUtf8(bytes);
    Q_EMIT documentChanged();
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MessageFiles::importText(const QString &text, QString *error)
{
    return importPayload(PayloadImport::fromText(text), error);
}

bool MessageFiles::importPayload(const PayloadImport &imported, QString *error)
{
    if (!imported.ok()) {
        m_hooks.problem(tr("Not loaded"), imported.error);
        Q_EMIT statusMessage(imported.error, 0);
        if (error)
            *error = imported.error;
        return false;
    }
    m_hooks.show(OutgoingMessage::fromJson(imported.body), true);
    Q_EMIT statusMessage(imported.source == PayloadImport::Source::Curl
            ? tr("Loaded the body of a curl command to %1").arg(imported.url)
            : tr("Payload loaded."),
        5000);
    return true;
}

bool MessageFiles::restoreDraft()
{
    QFile file(m_draftPath);
    if (m_draftPath.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return false;
    m_hooks.show(OutgoingMessage::fromJson(document.object()), false);
    return true;
}

bool MessageFiles::saveDraft() const
{
    if (m_draftPath.isEmpty())
        return false;
    QDir().mkpath(QFileInfo(m_draftPath).absolutePath());
    QSaveFile file(m_draftPath);
    const QByteArray bytes = fileBytes(m_hooks.current());
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

void MessageFiles::chooseOpenFile()
{
    const QString path = FileDialogs::openFileName(m_window, tr("Open payload"),
        tr("JSON payloads (*.json);;curl commands (*.sh *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MessageFiles::save(bool choosePath)
{
    QString path = m_filePath;
    if (choosePath || path.isEmpty()) {
        const QString suggested = path.isEmpty()
            ? messageTypeId(m_hooks.current().type()).replace(u'.', u'-') + u".json"_s
            : path;
        path = FileDialogs::saveFileName(
            m_window, tr("Save payload"), suggested, tr("JSON payloads (*.json)"));
    }
    if (!path.isEmpty())
        saveFile(path);
}

QString MessageFiles::documentName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool MessageFiles::isModified(const OutgoingMessage &message) const
{
    return !m_filePath.isEmpty() && QString::fromUtf8(fileBytes(message)) != m_savedJson;
}

void MessageFiles::detach()
{
    m_filePath.clear();
    m_savedJson.clear();
    Q_EMIT documentChanged();
}

} // namespace Wac

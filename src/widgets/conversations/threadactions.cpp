// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/conversations/threadactions.h"

#include "widgets/conversations/rawjsondialog.h"
#include "widgets/conversations/threadlook.h"
#include "widgets/conversations/threadmodel.h"
#include "widgets/conversations/threadview.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGuiApplication>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Wac {

ThreadActions::ThreadActions(ThreadView *view, const QList<QToolButton *> &buttons)
    : QObject(view)
    , m_view(view)
    , m_reply(add(tr("&Reply"), QKeySequence(Qt::CTRL | Qt::Key_R), u"replyAction"_s))
    , m_react(add(tr("R&eact"), QKeySequence(Qt::CTRL | Qt::Key_E), u"reactAction"_s))
    , m_copy(add(tr("&Copy text"), QKeySequence::Copy, u"copyTextAction"_s))
    , m_copyWamid(add(
          tr("Copy &WAMID"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C), u"copyWamidAction"_s))
    , m_json(add(tr("Raw &JSON"), QKeySequence(Qt::CTRL | Qt::Key_U), u"rawJsonAction"_s))
    , m_open(add(tr("&Open the file"), {}, u"openFileAction"_s))
    , m_fetch(add(tr("&Fetch the file again"), {}, u"fetchAgainAction"_s))
{
    m_reply->setToolTip(tr("Reply quoting this message: the composer takes the customer and the "
                           "message's WAMID"));
    m_react->setToolTip(tr("React to this message with an emoji"));
    m_json->setToolTip(tr("The message's JSON as it was received or sent"));
    const QList<QAction *> shown = {m_reply, m_react, m_copy, m_copyWamid, m_json};
    for (qsizetype i = 0; i < buttons.size() && i < shown.size(); ++i) {
        buttons.at(i)->setDefaultAction(shown.at(i));
        buttons.at(i)->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_reply, &QAction::triggered, this, [this] {
        if (const ThreadItem *item = current())
            Q_EMIT replyRequested(*item);
    });
    connect(m_react, &QAction::triggered, this, [this] {
        if (const ThreadItem *item = current())
            Q_EMIT reactRequested(*item);
    });
    connect(m_copy, &QAction::triggered, this, &ThreadActions::copyText);
    connect(m_copyWamid, &QAction::triggered, this, &ThreadActions::copyWamid);
    connect(m_json, &QAction::triggered, this, &ThreadActions::showJson);
    connect(m_open, &QAction::triggered, this, &ThreadActions::openFile);
    connect(m_fetch, &QAction::triggered, this, [this] {
        if (const ThreadItem *item = current())
            Q_EMIT fetchRequested(*item);
    });
    update();
}

QAction *ThreadActions::add(const QString &text, const QKeySequence &keys, const QString &name)
{
    auto *action = new QAction(text, m_view);
    action->setObjectName(name);
    action->setShortcut(keys);
    // Only while the thread has the focus: Ctrl+C copies elsewhere as it always does.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(action);
    return action;
}

const ThreadItem *ThreadActions::current() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() && m_view->thread() ? m_view->thread()->itemAt(index.row()) : nullptr;
}

void ThreadActions::update()
{
    const ThreadItem *item = current();
    const bool answerable =
        item && !item->wamid.isEmpty() && item->type != u"reaction"_s && item->type != u"system"_s;
    m_reply->setEnabled(answerable);
    m_react->setEnabled(answerable);
    m_copy->setEnabled(item && !ThreadLook::textOf(*item).isEmpty());
    m_copyWamid->setEnabled(item && !item->wamid.isEmpty());
    m_json->setEnabled(item != nullptr);
    m_open->setVisible(item && item->inbound && item->mediaHere);
    const bool elsewhere =
        item && item->inbound && item->media == InboundMedia::Fetched && !item->mediaHere;
    m_fetch->setVisible(
        elsewhere || (item && item->inbound && item->media == InboundMedia::Failed));
    m_fetch->setText(elsewhere ? tr("&Fetch the file here") : tr("&Fetch the file again"));
}

void ThreadActions::copyText()
{
    if (const ThreadItem *item = current()) {
        QGuiApplication::clipboard()->setText(ThreadLook::textOf(*item));
        Q_EMIT statusMessage(tr("The message's text is on the clipboard."));
    }
}

void ThreadActions::copyWamid()
{
    const ThreadItem *item = current();
    if (!item || item->wamid.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(item->wamid);
    Q_EMIT statusMessage(tr("Copied %1").arg(item->wamid));
}

void ThreadActions::showJson()
{
    const ThreadItem *item = current();
    if (!item)
        return;
    auto *dialog = new RawJsonDialog(
        item->inbound ? tr("The customer's message as received") : tr("Our message as sent"),
        item->json, m_view->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ThreadActions::openFile()
{
    if (const ThreadItem *item = current(); item && QFileInfo::exists(item->mediaPath))
        QDesktopServices::openUrl(QUrl::fromLocalFile(item->mediaPath));
}

} // namespace Wac

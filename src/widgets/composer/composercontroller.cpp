// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/composercontroller.h"

#include "core/jsondifference.h"
#include "core/largevalue.h"
#include "widgets/composer/composerpage.h"
#include "widgets/composer/composerregistry.h"
#include "widgets/composer/pages/keptcomposerpage.h"
#include "widgets/composer/pages/templatecomposerpage.h"
#include "widgets/composer/pages/unknowncomposerpage.h"
#include "widgets/composer/typelist.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QScrollArea *scrollAreaOf(ComposerPage *page)
{
    return qobject_cast<QScrollArea *>(page->parentWidget()->parentWidget());
}

} // namespace

ComposerController::ComposerController(const Widgets &widgets, QObject *parent)
    : QObject(parent)
    , m_w(widgets)
    , m_envelope(new EnvelopeFields(widgets.envelope, this))
    , m_types(new TypeList(widgets.types, this))
{
    connect(m_types, &TypeList::chosen, this, &ComposerController::selectType);
    connect(m_envelope, &EnvelopeFields::edited, this, &ComposerController::changed);
    connect(m_envelope, &EnvelopeFields::groupChanged, this, &ComposerController::offerTypes);
    setMessage(OutgoingMessage());
}

OutgoingMessage ComposerController::message() const
{
    OutgoingMessage message = m_current->message();
    if (message.type() != MessageType::MarkAsRead && m_current != m_kept)
        m_envelope->write(message);
    return message;
}

void ComposerController::setMessage(const OutgoingMessage &message)
{
    // A value too large for the form never reaches it: laying out and counting megabytes in a
    // field froze the window for seconds. The payload is kept whole, as loaded.
    if (const auto large = LargeValue::first(message.toJson())) {
        keptPage()->keepTooLarge(message, large->pointer, large->utf8Bytes);
        showPage(m_kept);
        Q_EMIT loaded();
        return;
    }
    ComposerPage *target = page(message.type());
    const OutgoingMessage before = target->message();
    // One loaded() once the envelope is in, not the page's own before it.
    m_settingMessage = true;
    target->setMessage(message);
    m_settingMessage = false;
    if (message.type() != MessageType::MarkAsRead)
        m_envelope->show(message);
    showPage(target);
    // Loading never changes a payload: when the form would give back anything else, its page
    // keeps what it had, and the payload stays as it was given, for the JSON tab.
    if (const auto changed = JsonDifference::first(message.toJson(), this->message().toJson())) {
        m_settingMessage = true;
        target->setMessage(before);
        keptPage()->keep(message, *changed);
        m_settingMessage = false;
        showPage(m_kept);
    }
    Q_EMIT loaded();
}

KeptComposerPage *ComposerController::keptPage()
{
    if (!m_kept) {
        m_kept = new KeptComposerPage(m_w.stack);
        addPage(m_kept);
    }
    return m_kept;
}

bool ComposerController::isKeptAsLoaded() const
{
    return m_current && m_current == m_kept;
}

void ComposerController::selectType(MessageType type)
{
    if (m_current && m_current->messageType() == type)
        return;
    showPage(page(type));
    Q_EMIT changed();
}

MessageType ComposerController::currentType() const
{
    return m_current->messageType();
}

ComposerPage *ComposerController::currentPage() const
{
    return m_current;
}

ComposerPage *ComposerController::page(MessageType type)
{
    if (ComposerPage *existing = m_pages.value(type))
        return existing;
    ComposerPage *created = nullptr;
    if (type == MessageType::Template) {
        m_templatePage = new TemplateComposerPage(m_w.stack);
        m_templatePage->setLookup(m_templateLookup);
        connect(m_templatePage, &TemplateComposerPage::chooseRequested, this,
            &ComposerController::templateChooserRequested);
        created = m_templatePage;
    }
    for (const ComposerEntry &entry : composerEntries()) {
        if (entry.type == type && !created)
            created = entry.create(m_w.stack);
    }
    if (!created)
        created = new UnknownComposerPage(m_w.stack);
    addPage(created);
    m_pages.insert(type, created);
    return created;
}

void ComposerController::addPage(ComposerPage *created)
{
    created->clear(); // its fields show the type's blank message
    // One scroll area per page: a stack of pages would be as tall as its tallest page.
    auto *scroll = new QScrollArea(m_w.stack);
    scroll->setObjectName(created->objectName() + u"ScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(created);
    m_w.stack->addWidget(scroll);
    // Between the envelope and the preview: a page made later joined the chain at its end.
    created->setTabEntry(m_w.envelope.replyChip);
    connect(created, &ComposerPage::changed, this, &ComposerController::changed);
    // Media fields come and go with repeated parts and template forms, never on a keystroke.
    connect(
        created, &ComposerPage::fieldsChanged, this, [this, created] { connectUploads(created); });
    connect(created, &ComposerPage::loaded, this, [this] {
        if (!m_settingMessage)
            Q_EMIT loaded();
    });
    connectUploads(created);
}

TemplateComposerPage *ComposerController::templatePage()
{
    page(MessageType::Template);
    return m_templatePage;
}

void ComposerController::setTemplateLookup(
    std::function<std::optional<TemplateDefinition>(const QString &, const QString &)> lookup)
{
    m_templateLookup = std::move(lookup);
    if (m_templatePage)
        m_templatePage->setLookup(m_templateLookup);
}

void ComposerController::setQuoteLookup(EnvelopeFields::QuoteLookup lookup)
{
    m_envelope->setQuoteLookup(std::move(lookup));
}

void ComposerController::clearAll()
{
    if (isKeptAsLoaded())
        showPage(page(m_kept->message().type()));
    // One step for Undo: the pages' own "loaded" notices are folded into the one below.
    m_settingMessage = true;
    for (ComposerPage *p : std::as_const(m_pages))
        p->clear();
    m_settingMessage = false;
    m_envelope->clear();
    offerTypes(false);
    Q_EMIT loaded();
    Q_EMIT changed();
}

void ComposerController::connectUploads(ComposerPage *page)
{
    for (MediaSourceEditor *editor : page->findChildren<MediaSourceEditor *>()) {
        connect(editor, &MediaSourceEditor::uploadRequested, this,
            &ComposerController::uploadRequested, Qt::UniqueConnection);
    }
}

QList<Diagnostic> ComposerController::formProblems() const
{
    return m_current->formProblems();
}

void ComposerController::showDiagnostics(
    const QList<Diagnostic> &diagnostics, const FieldLimits &limits)
{
    const QList<Diagnostic> pageDiagnostics =
        m_envelope->showDiagnostics(diagnostics, limits, m_revealAll);
    m_current->showDiagnostics(pageDiagnostics, limits);
}

void ComposerController::revealAll()
{
    m_revealAll = true;
    m_current->setRevealAll(true);
}

bool ComposerController::focusField(const QString &pointer)
{
    QWidget *field = m_envelope->fieldFor(pointer);
    if (!field)
        field = m_current->fieldFor(pointer);
    if (!field || !field->isEnabled())
        return false;
    if (m_current->isAncestorOf(field))
        scrollAreaOf(m_current)->ensureWidgetVisible(field, 24, 48);
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

bool ComposerController::holds(const QWidget *widget) const
{
    if (!widget)
        return false;
    for (const QWidget *part :
        {static_cast<QWidget *>(m_w.types), static_cast<QWidget *>(m_w.stack)}) {
        if (part == widget || part->isAncestorOf(widget))
            return true;
    }
    return m_envelope->holds(widget);
}

void ComposerController::showPage(ComposerPage *page)
{
    m_current = page;
    m_w.stack->setCurrentWidget(scrollAreaOf(page));
    const MessageType type = page->messageType();
    m_types->show(type);
    const bool kept = page == m_kept;
    if (kept)
        m_w.title->setText(tr("Kept as loaded"));
    else if (type == MessageType::Unknown)
        m_w.title->setText(
            tr("Other type: %1").arg(page->message().toJson().value(u"type").toString()));
    else
        m_w.title->setText(composerTitle(type));
    const bool markRead = type == MessageType::MarkAsRead;
    m_envelope->setEditable(!markRead, !markRead && !kept,
        kept ? tr("The payload is kept as loaded: edit it in the JSON tab.")
             : tr("A mark-as-read request has no recipient or reply."));
    offerTypes(m_envelope->isGroup());
}

void ComposerController::offerTypes(bool group)
{
    m_types->offer(group, m_current ? m_current->messageType() : MessageType::Unknown);
}

} // namespace Wac

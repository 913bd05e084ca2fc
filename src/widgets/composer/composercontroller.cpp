// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/composercontroller.h"

#include "core/jsondifference.h"
#include "core/largevalue.h"
#include "core/phonenumber.h"
#include "core/textlength.h"
#include "widgets/composer/composerpage.h"
#include "widgets/composer/composerregistry.h"
#include "widgets/composer/fieldassist.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/pages/keptcomposerpage.h"
#include "widgets/composer/pages/templatecomposerpage.h"
#include "widgets/composer/pages/unknowncomposerpage.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int typeRole = Qt::UserRole;

QScrollArea *scrollAreaOf(ComposerPage *page)
{
    return qobject_cast<QScrollArea *>(page->parentWidget()->parentWidget());
}

bool under(const QString &pointer, QStringView root)
{
    return pointer == root || (pointer.startsWith(root) && pointer.at(root.size()) == u'/');
}

} // namespace

ComposerController::ComposerController(const Widgets &widgets, QObject *parent)
    : QObject(parent)
    , m_w(widgets)
{
    fillTypes();
    connect(m_w.types, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, typeRole).isValid())
            selectType(MessageType(item->data(0, typeRole).toInt()));
    });
    for (QLineEdit *edit : {m_w.recipient, m_w.replyTo, m_w.callbackData}) {
        connect(edit, &QLineEdit::textChanged, this, [this, edit] {
            FieldText::touch(edit);
            envelopeEdited();
        });
    }
    connect(m_w.replyChip, &QToolButton::clicked, m_w.replyTo, [this] {
        m_w.replyTo->clear();
        m_w.replyTo->setFocus(Qt::OtherFocusReason);
    });
    setMessage(OutgoingMessage());
}

OutgoingMessage ComposerController::message() const
{
    OutgoingMessage message = m_current->message();
    if (message.type() != MessageType::MarkAsRead && m_current != m_kept) {
        message.setRecipient(FieldText::read(m_w.recipient).value_or(QString()));
        message.setReplyTo(FieldText::read(m_w.replyTo));
        message.setCallbackData(FieldText::read(m_w.callbackData));
    }
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
    if (message.type() != MessageType::MarkAsRead) {
        const QSignalBlocker a(m_w.recipient), b(m_w.replyTo), c(m_w.callbackData);
        FieldText::show(m_w.recipient, message.recipient());
        FieldText::show(m_w.replyTo, message.replyTo());
        FieldText::show(m_w.callbackData, message.callbackData());
    }
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
    created->setTabEntry(m_w.replyChip);
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

void ComposerController::setQuoteLookup(QuoteLookup lookup)
{
    m_quotes = std::move(lookup);
    updateEnvelope();
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
    {
        const QSignalBlocker a(m_w.recipient), b(m_w.replyTo), c(m_w.callbackData);
        for (QLineEdit *edit : {m_w.recipient, m_w.replyTo, m_w.callbackData})
            edit->clear();
    }
    updateEnvelope();
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
    QList<Diagnostic> pageDiagnostics;
    QHash<QWidget *, QList<Diagnostic>> envelope;
    for (QLineEdit *edit : {m_w.recipient, m_w.replyTo, m_w.callbackData})
        envelope.insert(edit, {});
    for (const Diagnostic &d : diagnostics) {
        if (QWidget *field = envelopeField(d.pointer)) {
            if (FieldAssist::isShown(d, field, m_revealAll))
                envelope[field].append(d);
        } else {
            pageDiagnostics.append(d);
        }
    }
    for (auto it = envelope.cbegin(); it != envelope.cend(); ++it)
        FieldAssist::setProblems(it.key(), it.value());
    const auto callbackLimit = limits.find(u"/biz_opaque_callback_data"_s);
    FieldAssist::setCount(m_w.callbackData, TextLength::graphemes(m_w.callbackData->text()),
        callbackLimit == limits.cend() ? std::nullopt : std::optional<qsizetype>(*callbackLimit));
    m_current->showDiagnostics(pageDiagnostics, limits);
}

void ComposerController::revealAll()
{
    m_revealAll = true;
    m_current->setRevealAll(true);
}

bool ComposerController::focusField(const QString &pointer)
{
    QWidget *field = envelopeField(pointer);
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
    const QList<const QWidget *> parts = {
        m_w.types, m_w.stack, m_w.recipient, m_w.replyTo, m_w.callbackData};
    for (const QWidget *part : parts) {
        if (part == widget || part->isAncestorOf(widget))
            return true;
    }
    return false;
}

QWidget *ComposerController::envelopeField(const QString &pointer) const
{
    if (m_current && m_current->messageType() == MessageType::MarkAsRead)
        return nullptr;
    if (under(pointer, u"/to"))
        return m_w.recipient;
    if (under(pointer, u"/context"))
        return m_w.replyTo;
    if (under(pointer, u"/biz_opaque_callback_data"))
        return m_w.callbackData;
    return nullptr;
}

void ComposerController::fillTypes()
{
    QTreeWidget *tree = m_w.types;
    QHash<QString, QTreeWidgetItem *> groups;
    for (const ComposerEntry &entry : composerEntries()) {
        QTreeWidgetItem *parent = nullptr;
        if (entry.group) {
            const QString group = QString::fromLatin1(entry.group);
            parent = groups.value(group);
            if (!parent) {
                parent = new QTreeWidgetItem(
                    tree, {QCoreApplication::translate("ComposerRegistry", entry.group)});
                parent->setFlags(Qt::ItemIsEnabled); // a heading, not a type
                groups.insert(group, parent);
            }
        }
        const QString title = QCoreApplication::translate("ComposerRegistry", entry.title);
        auto *item =
            parent ? new QTreeWidgetItem(parent, {title}) : new QTreeWidgetItem(tree, {title});
        item->setData(0, typeRole, int(entry.type));
        m_items.insert(entry.type, item);
    }
    tree->expandAll();
    // Wide enough for the longest title in the current language: none is elided.
    const QAbstractItemView *view = tree; // sizeHintForColumn() is public here
    tree->setMinimumWidth(view->sizeHintForColumn(0) + tree->indentation() + 2 * tree->frameWidth()
        + tree->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
}

void ComposerController::showPage(ComposerPage *page)
{
    m_current = page;
    m_w.stack->setCurrentWidget(scrollAreaOf(page));
    const MessageType type = page->messageType();
    if (QTreeWidgetItem *item = m_items.value(type)) {
        const QSignalBlocker blocker(m_w.types);
        m_w.types->setCurrentItem(item);
    } else {
        m_w.types->clearSelection();
    }
    const bool kept = page == m_kept;
    if (kept)
        m_w.title->setText(tr("Kept as loaded"));
    else if (type == MessageType::Unknown)
        m_w.title->setText(
            tr("Other type: %1").arg(page->message().toJson().value(u"type").toString()));
    else
        m_w.title->setText(composerTitle(type));
    const bool envelope = type != MessageType::MarkAsRead && !kept;
    for (QLineEdit *edit : {m_w.recipient, m_w.replyTo, m_w.callbackData}) {
        edit->setEnabled(envelope);
        edit->setToolTip(envelope ? QString()
                : kept            ? tr("The payload is kept as loaded: edit it in the JSON tab.")
                                  : tr("A mark-as-read request has no recipient or reply."));
    }
    updateEnvelope();
}

void ComposerController::envelopeEdited()
{
    updateEnvelope();
    Q_EMIT changed();
}

void ComposerController::updateEnvelope()
{
    const bool markRead = m_current->messageType() == MessageType::MarkAsRead;
    const QString reply = m_w.replyTo->text().trimmed();
    m_w.replyChip->setVisible(!markRead && !reply.isEmpty());
    const std::optional<PreviewOptions::Quote> quote =
        m_quotes && !reply.isEmpty() ? m_quotes(reply) : std::nullopt;
    if (quote && !quote->text.isEmpty()) {
        // The customer's words say which message this is; its WAMID says nothing to a person.
        const QString words = quote->text.simplified();
        m_w.replyChip->setText(
            tr("Replying to “%1”").arg(words.size() > 28 ? words.left(27) + u'…' : words));
        m_w.replyChip->setToolTip(tr("This message quotes %1's message “%2” (%3). Click to stop "
                                     "replying.")
                                      .arg(quote->who, words, reply));
    } else {
        m_w.replyChip->setText(
            tr("Replying to %1").arg(reply.size() > 28 ? reply.left(27) + u'…' : reply));
        m_w.replyChip->setToolTip(tr("This message quotes %1. Click to stop replying.").arg(reply));
    }

    const PhoneNumber phone = PhoneNumber::parse(m_w.recipient->text());
    QString note;
    if (!markRead && phone.isValid()) {
        // A number typed as it is sent needs no note: the room goes to the 24-hour window's.
        if (!phone.hasCountryCode())
            note = tr("No country code: the business number's code will be prepended");
        else if (phone.normalized() != m_w.recipient->text().trimmed())
            note = tr("Sends to %1").arg(phone.normalized());
    }
    m_w.recipientNote->setText(note);
}

} // namespace Wac

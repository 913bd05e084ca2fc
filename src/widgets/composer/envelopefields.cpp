// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/envelopefields.h"

#include "core/bsuid.h"
#include "core/phonenumber.h"
#include "core/textlength.h"
#include "widgets/composer/fieldassist.h"
#include "widgets/composer/fieldtext.h"

#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int personIndex = 0;
constexpr int groupIndex = 1;

bool under(const QString &pointer, QStringView root)
{
    return pointer == root || (pointer.startsWith(root) && pointer.at(root.size()) == u'/');
}

QString elided(const QString &text)
{
    return text.size() > 28 ? text.left(27) + u'…' : text;
}

} // namespace

EnvelopeFields::EnvelopeFields(const Widgets &widgets, QObject *parent)
    : QObject(parent)
    , m_w(widgets)
{
    // The .ui names both items; their order is the index the code reads.
    for (QLineEdit *edit : lineEdits()) {
        connect(edit, &QLineEdit::textChanged, this, [this, edit] {
            FieldText::touch(edit);
            updateNotes();
            Q_EMIT edited();
        });
    }
    connect(m_w.recipientKind, &QComboBox::currentIndexChanged, this, [this] {
        updateNotes();
        Q_EMIT groupChanged(isGroup());
        Q_EMIT edited();
    });
    connect(m_w.replyChip, &QToolButton::clicked, m_w.replyTo, [this] {
        m_w.replyTo->clear();
        m_w.replyTo->setFocus(Qt::OtherFocusReason);
    });
    updateNotes();
}

QList<QLineEdit *> EnvelopeFields::lineEdits() const
{
    return {m_w.recipient, m_w.replyTo, m_w.callbackData};
}

void EnvelopeFields::write(OutgoingMessage &message) const
{
    message.setGroup(isGroup());
    message.setRecipient(FieldText::read(m_w.recipient).value_or(QString()));
    message.setReplyTo(FieldText::read(m_w.replyTo));
    message.setCallbackData(FieldText::read(m_w.callbackData));
}

void EnvelopeFields::show(const OutgoingMessage &message)
{
    {
        const QSignalBlocker a(m_w.recipient), b(m_w.replyTo), c(m_w.callbackData),
            d(m_w.recipientKind);
        m_w.recipientKind->setCurrentIndex(message.isGroup() ? groupIndex : personIndex);
        FieldText::show(m_w.recipient, message.recipient());
        FieldText::show(m_w.replyTo, message.replyTo());
        FieldText::show(m_w.callbackData, message.callbackData());
    }
    updateNotes();
}

void EnvelopeFields::clear()
{
    {
        const QSignalBlocker a(m_w.recipient), b(m_w.replyTo), c(m_w.callbackData),
            d(m_w.recipientKind);
        for (QLineEdit *edit : lineEdits())
            edit->clear();
        m_w.recipientKind->setCurrentIndex(personIndex);
    }
    updateNotes();
}

void EnvelopeFields::setEditable(bool hasEnvelope, bool editable, const QString &reason)
{
    m_hasEnvelope = hasEnvelope;
    for (QWidget *field :
        {static_cast<QWidget *>(m_w.recipientKind), static_cast<QWidget *>(m_w.recipient),
            static_cast<QWidget *>(m_w.replyTo), static_cast<QWidget *>(m_w.callbackData)}) {
        field->setEnabled(editable);
        field->setToolTip(editable ? QString() : reason);
    }
    updateNotes();
}

bool EnvelopeFields::isGroup() const
{
    return m_w.recipientKind->currentIndex() == groupIndex;
}

void EnvelopeFields::setQuoteLookup(QuoteLookup lookup)
{
    m_quotes = std::move(lookup);
    updateNotes();
}

QWidget *EnvelopeFields::fieldFor(const QString &pointer) const
{
    if (!m_hasEnvelope)
        return nullptr;
    if (under(pointer, u"/recipient_type"))
        return m_w.recipientKind;
    if (under(pointer, u"/to") || under(pointer, u"/recipient"))
        return m_w.recipient;
    if (under(pointer, u"/context"))
        return m_w.replyTo;
    if (under(pointer, u"/biz_opaque_callback_data"))
        return m_w.callbackData;
    return nullptr;
}

QList<Diagnostic> EnvelopeFields::showDiagnostics(
    const QList<Diagnostic> &diagnostics, const FieldLimits &limits, bool revealAll)
{
    QList<Diagnostic> others;
    QHash<QWidget *, QList<Diagnostic>> shown;
    for (QLineEdit *edit : lineEdits())
        shown.insert(edit, {});
    for (const Diagnostic &d : diagnostics) {
        QWidget *field = fieldFor(d.pointer);
        if (!field)
            others.append(d);
        else if (FieldAssist::isShown(d, field, revealAll))
            shown[field].append(d);
    }
    for (auto it = shown.cbegin(); it != shown.cend(); ++it)
        FieldAssist::setProblems(it.key(), it.value());
    const auto callbackLimit = limits.find(u"/biz_opaque_callback_data"_s);
    FieldAssist::setCount(m_w.callbackData, TextLength::graphemes(m_w.callbackData->text()),
        callbackLimit == limits.cend() ? std::nullopt : std::optional<qsizetype>(*callbackLimit));
    return others;
}

bool EnvelopeFields::holds(const QWidget *widget) const
{
    const QList<const QWidget *> parts = {
        m_w.recipientKind, m_w.recipient, m_w.replyTo, m_w.callbackData};
    for (const QWidget *part : parts) {
        if (part == widget || part->isAncestorOf(widget))
            return true;
    }
    return false;
}

void EnvelopeFields::updateNotes()
{
    const QString reply = m_w.replyTo->text().trimmed();
    m_w.replyChip->setVisible(m_hasEnvelope && !reply.isEmpty());
    const std::optional<PreviewOptions::Quote> quote =
        m_quotes && !reply.isEmpty() ? m_quotes(reply) : std::nullopt;
    if (quote && !quote->text.isEmpty()) {
        // The customer's words say which message this is; its WAMID says nothing to a person.
        const QString words = quote->text.simplified();
        m_w.replyChip->setText(tr("Replying to “%1”").arg(elided(words)));
        m_w.replyChip->setToolTip(tr("This message quotes %1's message “%2” (%3). Click to stop "
                                     "replying.")
                                      .arg(quote->who, words, reply));
    } else {
        m_w.replyChip->setText(tr("Replying to %1").arg(elided(reply)));
        m_w.replyChip->setToolTip(tr("This message quotes %1. Click to stop replying.").arg(reply));
    }
    m_w.recipient->setPlaceholderText(isGroup()
            ? tr("The group's ID, e.g. Y2FwaV9ncm91cDoxNzA1…")
            : tr("Phone number with country code (+1 650 555 1234) or user ID (US.1349…)"));
    m_w.recipientNote->setText(m_hasEnvelope ? recipientNote() : QString());
}

QString EnvelopeFields::recipientNote() const
{
    const QString typed = m_w.recipient->text().trimmed();
    if (isGroup() || typed.isEmpty())
        return {};
    // Say which field the address goes to: a BSUID is sent as "recipient", not "to".
    if (Bsuid::looksLike(typed)) {
        return Bsuid::isParent(typed) ? tr("Parent user ID: sent as \"recipient\"")
                                      : tr("User ID: sent as \"recipient\"");
    }
    const PhoneNumber phone = PhoneNumber::parse(typed);
    if (!phone.isValid())
        return {};
    // A number typed as it is sent needs no note: the room goes to the 24-hour window's.
    if (!phone.hasCountryCode())
        return tr("No country code: the business number's code will be prepended");
    if (phone.normalized() != typed)
        return tr("Sends to %1").arg(phone.normalized());
    return {};
}

} // namespace Wac

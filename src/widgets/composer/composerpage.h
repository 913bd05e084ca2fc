// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/outgoingmessage.h"
#include "core/validation/validator.h"
#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldmarks.h"
#include "widgets/composer/mediasourceeditor.h"

#include <QWidget>

namespace Wac {

class RepeatedList;

/**
 * The form of one message type. It keeps the whole message it was given: message() writes the
 * fields over it, touching only what the user changed, so anything no field shows (unknown
 * keys, JSON types, the order of elements) comes back as it was loaded.
 *
 * A subclass fills its fields in load(), writes them in store(), and names the JSON Pointer of
 * every field in describeFields(): that is where findings appear and what a click on a problem
 * focuses.
 */
class ComposerPage : public QWidget
{
    Q_OBJECT

public:
    explicit ComposerPage(MessageType type, QWidget *parent = nullptr);

    MessageType messageType() const { return m_type; }

    void setMessage(const OutgoingMessage &message);
    OutgoingMessage message() const;
    /// A blank message of this type.
    void clear();

    /// Counters against `limits` and each finding beside its field.
    void showDiagnostics(const QList<Diagnostic> &diagnostics, const FieldLimits &limits);

    /// Shows every finding beside its field, touched or not (see FieldAssist::isShown()); a
    /// cleared page starts quiet again.
    void setRevealAll(bool all) { m_revealAll = all; }

    /// What the form itself cannot turn into JSON (a number that is not one, JSON that does not
    /// parse): the message keeps its earlier value meanwhile, and these stand as errors.
    virtual QList<Diagnostic> formProblems() const { return {}; }

    /// Adds a form problem of the field at `pointer` (see formProblems()); nothing when `error`
    /// is empty.
    static void addProblem(QList<Diagnostic> &out, const QString &pointer, const QString &error);

    /// The field that shows `pointer`, or its nearest parent's; nullptr when none does.
    QWidget *fieldFor(const QString &pointer) const;

    const FieldMap &fields() const { return m_fields; }

    /// Tab comes into the page from `before`: the page chains its fields right after it, and
    /// again whenever its fields change (see FocusChain).
    void setTabEntry(QWidget *before);

Q_SIGNALS:
    /// The user changed a field (never emitted by setMessage()).
    void changed();
    /// setMessage() or clear() replaced the form's content.
    void loaded();
    /// Fields came or went (a load, an element added, moved or removed, a form rebuilt).
    void fieldsChanged();

protected:
    virtual void load(const OutgoingMessage &message) = 0;
    virtual void store(OutgoingMessage &message) const = 0;
    virtual void describeFields(FieldMap &fields) const = 0;

    /// Emits changed() on every edit of the fields that exist now; call once, after setupUi.
    void watchFields();
    /// For repeated parts: their edits and their structure (which renumbers pointers).
    void watchList(RepeatedList *list);
    void refreshFields();

    /// Writes `items` at `pointer`, unless that changes nothing: while the list is empty, an
    /// absent array stays absent and a value of the wrong type stays for the validator to name.
    static void writeArray(
        OutgoingMessage &message, const QString &pointer, const QJsonArray &items);
    /// Emits changed() unless the page is loading a message (for fields made after setup).
    void edited();

private:
    MessageType m_type;
    OutgoingMessage m_base;
    FieldMap m_fields;
    FieldMarks m_marks;
    QPointer<QWidget> m_tabEntry;
    bool m_loading = false;
    bool m_revealAll = false;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "core/outgoingmessage.h"
#include "core/validation/validator.h"
#include "preview/previewoptions.h"

#include <QObject>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QWidget;

namespace Wac {

/**
 * The envelope around every page: who the message goes to (a person by phone number or
 * business-scoped user ID, or a group by its ID), the WAMID it replies to and the callback
 * data. They keep their values when the type changes, and write only what the user changed.
 */
class EnvelopeFields : public QObject
{
    Q_OBJECT

public:
    struct Widgets
    {
        QComboBox *recipientKind = nullptr; ///< person or group: recipient_type
        QLineEdit *recipient = nullptr;
        QLabel *recipientNote = nullptr; ///< what the recipient was taken as
        QLineEdit *replyTo = nullptr;
        QToolButton *replyChip = nullptr;
        QLineEdit *callbackData = nullptr;
    };

    explicit EnvelopeFields(const Widgets &widgets, QObject *parent = nullptr);

    /// Writes the fields over `message` (a mark-as-read request has no envelope).
    void write(OutgoingMessage &message) const;
    /// Shows `message`'s envelope; emits nothing.
    void show(const OutgoingMessage &message);
    void clear();
    /// A mark-as-read request has no envelope; a payload kept as loaded has one that is not
    /// edited here. `reason` says why the fields are off.
    void setEditable(bool hasEnvelope, bool editable, const QString &reason);
    /// Whether the recipient is a group: the composer offers no type a group cannot receive.
    bool isGroup() const;

    using QuoteLookup = std::function<std::optional<PreviewOptions::Quote>(const QString &wamid)>;
    void setQuoteLookup(QuoteLookup lookup);

    /// The field that shows findings at `pointer`, or nullptr.
    QWidget *fieldFor(const QString &pointer) const;
    /// Shows the envelope's findings beside their fields; gives back the others.
    QList<Diagnostic> showDiagnostics(
        const QList<Diagnostic> &diagnostics, const FieldLimits &limits, bool revealAll);
    bool holds(const QWidget *widget) const;

Q_SIGNALS:
    /// The user changed a field.
    void edited();
    /// The user chose a person or a group.
    void groupChanged(bool group);

private:
    QList<QLineEdit *> lineEdits() const;
    void updateNotes();
    QString recipientNote() const;

    Widgets m_w;
    QuoteLookup m_quotes;
    bool m_hasEnvelope = true;
};

} // namespace Wac

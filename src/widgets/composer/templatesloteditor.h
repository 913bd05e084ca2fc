// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/templates/templateslots.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Wac {

class MediaSourceEditor;

/**
 * The field of one template slot: a variable's value with its type (text, currency or
 * date_time), a header's media or location, or a button's suffix, payload, code or flow data.
 * The template's example stands as the placeholder.
 */
class TemplateSlotEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateSlotEditor(const TemplateSlot &slot, QWidget *parent = nullptr);

    const TemplateSlot &templateSlot() const { return m_slot; }

    /// What the slot sends now.
    TemplateParameter value() const;
    void setValue(const TemplateParameter &value);
    /// The field a finding about this slot is shown at.
    QWidget *mainField() const;
    /// What the field cannot turn into a value (a number or JSON that does not parse).
    QString problem() const;
    /// The label of the row: the variable or the button.
    QString label() const;

private:
    QLineEdit *addLine(const QString &placeholder, const QString &accessibleName);
    void buildVariable();
    void buildLocation();
    void buildFlow();
    void typeChanged();

    TemplateSlot m_slot;
    QComboBox *m_type = nullptr; ///< variables: text, currency, date_time
    QLineEdit *m_value = nullptr; ///< text, fallback value, suffix, payload, code, flow token
    QLineEdit *m_currency = nullptr;
    QLineEdit *m_amount = nullptr;
    QList<QLineEdit *> m_location; ///< latitude, longitude, name, address
    MediaSourceEditor *m_media = nullptr;
    QLineEdit *m_filename = nullptr;
    QPlainTextEdit *m_flowData = nullptr;
};

} // namespace Wac

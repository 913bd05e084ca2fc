// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/templates/templateslots.h"

#include <QWidget>

class QGridLayout;
class QLineEdit;

namespace Wac {

/**
 * The field of one template slot. Each kind of slot has its editor (slots/): a variable's
 * value with its type, a header's media, location or product, an offer's expiry, a button's
 * suffix, payload, code, flow data, products or order, an order's status, a tap target. The
 * template's example stands as the placeholder.
 */
class TemplateSlotEditor : public QWidget
{
    Q_OBJECT

public:
    /// The editor of `slot`'s kind.
    static TemplateSlotEditor *create(const TemplateSlot &slot, QWidget *parent);

    const TemplateSlot &templateSlot() const { return m_slot; }

    /// What the slot sends now.
    virtual TemplateParameter value() const = 0;
    virtual void setValue(const TemplateParameter &value) = 0;
    /// The field a finding about this slot is shown at.
    virtual QWidget *mainField() const = 0;

    /// What the field cannot turn into a value (a number or JSON that does not parse).
    virtual QString problem() const { return QString(); }

    /// The label of the row: the variable or the button.
    QString label() const;

Q_SIGNALS:
    /// An edit that FieldText::watchEdits() cannot see (a date and time, a nested list).
    void changed();

protected:
    TemplateSlotEditor(const TemplateSlot &slot, QWidget *parent);

    QGridLayout *grid() const;
    /// A line edit on a row of its own, under what is there.
    QLineEdit *addLine(const QString &placeholder, const QString &accessibleName);

    /// The number `edit` holds, none when empty; `*bad` is set when it does not parse.
    static std::optional<double> number(const QLineEdit *edit, bool *bad);
    static std::optional<QString> optText(const QLineEdit *edit);
    static QString numberText(std::optional<double> value, int precision = 15);

    static QString badNumber();

private:
    TemplateSlot m_slot;
};

} // namespace Wac

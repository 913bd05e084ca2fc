// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "core/templates/templateslots.h"

#include <QWidget>

class QFormLayout;

namespace Wac {

class FieldMap;
class TemplateSlotEditor;

/**
 * The form a template definition asks for: a field per header and body variable (with the
 * approved example as placeholder and a choice of text, currency or date_time), the header's
 * media or location, and a field per button that takes a value. What it sends is built by
 * TemplateSlots, so it always has the definition's count, names, order, sub_types and indexes.
 * A carousel's cards come each under its heading; a product carousel's can be added and
 * removed (2 to 10), which rebuilds the fields with the values kept.
 */
class TemplateForm : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateForm(QWidget *parent = nullptr);

    /// Rebuilds the fields for `definition`, empty.
    void setDefinition(const TemplateDefinition &definition);
    /// A product carousel with `count` cards, the values of the cards kept.
    void setCardCount(int count);

    const TemplateDefinition &definition() const { return m_definition; }

    QList<TemplateParameter> values() const;
    void setValues(const QList<TemplateParameter> &values);

    /// The `template` object the fields make now.
    QJsonObject templateObject() const;
    void describeFields(FieldMap &fields) const;
    void collectProblems(QList<Diagnostic> &out) const;

Q_SIGNALS:
    /// A field changed that FieldText::watchEdits() cannot see.
    void changed();
    /// Fields came or went (a card added or removed): their pointers changed.
    void structureChanged();

private:
    void addHeading(const QString &text);
    void addCardButtons();

    TemplateDefinition m_definition;
    QFormLayout *m_layout = nullptr;
    QList<TemplateSlotEditor *> m_editors;
};

} // namespace Wac

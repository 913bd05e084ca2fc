// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"

#include <QJsonObject>
#include <QWidget>

namespace Wac {

class FieldMap;
class RepeatedList;

/**
 * The editor of one element of a repeated part (a button, a row, a phone). It keeps the element
 * it was given, so that an element moved or removed takes what no field shows with it, and
 * toJson() writes only what the fields changed over it.
 */
class ItemEditor : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    void setElement(const QJsonObject &element);

    QJsonObject toJson() const { return store(m_element); }

    /// Registers each field under `pointer`, the element's own pointer.
    virtual void describeFields(FieldMap &fields, const QString &pointer) const = 0;
    /// The field that takes focus when the element is added.
    virtual QWidget *firstField() const = 0;

    /// Adds what the fields cannot turn into JSON (see ComposerPage::formProblems()).
    virtual void collectProblems(QList<Diagnostic> &out, const QString &pointer) const
    {
        Q_UNUSED(out)
        Q_UNUSED(pointer)
    }

Q_SIGNALS:
    void changed();
    /// A nested list gained, lost or reordered an element: field pointers changed.
    void structureChanged();

protected:
    virtual void load(const QJsonObject &element) = 0;
    virtual QJsonObject store(QJsonObject element) const = 0;
    /// Emits changed() on every edit of the fields that exist now.
    void watchFields();
    /// Watches a nested list: its edits and its structure.
    void watchList(RepeatedList *list);
    /// Writes `items` under `key` unless that changes nothing (see ComposerPage::writeArray()).
    static void writeArray(QJsonObject &object, const QString &key, const QJsonArray &items);

private:
    QJsonObject m_element;
};

} // namespace Wac

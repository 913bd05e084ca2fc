// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"

#include <QJsonArray>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Wac {

class FieldMap;
class ItemEditor;

/**
 * A repeated part of a message (buttons, sections, rows, phones, parameters): its elements,
 * each in a frame with Move up, Move down and Remove, and an Add button that stops at the
 * maximum. Every element keeps its own JSON, so reordering moves unknown fields along.
 */
class RepeatedList : public QWidget
{
    Q_OBJECT

public:
    using Factory = std::function<ItemEditor *(QWidget *parent)>;

    explicit RepeatedList(QWidget *parent = nullptr);

    void setFactory(Factory factory) { m_factory = std::move(factory); }

    /// `itemTitle` names an element with its number ("Button %1"); `addText` the Add button.
    void setTexts(const QString &itemTitle, const QString &addText);
    /// The Add button is disabled at `maximum` elements (0: no maximum).
    void setMaximum(int maximum);
    /// Remove is disabled while the list holds `minimum` elements or fewer (0: no minimum).
    void setMinimum(int minimum);
    /// Why Add is disabled at the maximum and Remove at the minimum: the tooltips of the
    /// disabled buttons, so the limit is said where the user meets it.
    void setLimitTexts(const QString &atMaximum, const QString &atMinimum);

    /// Compact lists put the element's buttons beside it instead of in a titled frame.
    void setCompact(bool compact) { m_compact = compact; }

    int count() const { return int(m_items.size()); }

    ItemEditor *item(int index) const;

    template <typename T> T *itemAs(int index) const { return static_cast<T *>(item(index)); }

    /// Adds an empty element at the end and focuses it.
    ItemEditor *append();
    void removeAt(int index);
    void move(int from, int to);

    void load(const QJsonArray &elements);
    QJsonArray toJson() const;
    void describeFields(FieldMap &fields, const QString &pointer) const;
    void collectProblems(QList<Diagnostic> &out, const QString &pointer) const;
    /// Its elements' frames in their current order, then the Add button: the order Tab visits
    /// them in (see FocusChain).
    QList<QWidget *> tabParts() const;

Q_SIGNALS:
    void changed();
    void structureChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        QWidget *frame = nullptr;
        ItemEditor *editor = nullptr;
        QLabel *title = nullptr;
    };

    ItemEditor *addItem(const QJsonObject &element);
    QWidget *frameFor(ItemEditor *editor);
    void updateChrome();
    void structureEdited();

    Factory m_factory;
    QList<Entry> m_items;
    QVBoxLayout *m_itemsLayout = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QString m_itemTitle;
    QString m_atMaximum;
    QString m_atMinimum;
    int m_maximum = 0;
    int m_minimum = 0;
    bool m_compact = false;
};

} // namespace Wac

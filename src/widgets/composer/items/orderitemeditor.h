// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/itemeditor.h"

#include <memory>

namespace Ui {
class OrderItemEditor;
}

namespace Wac {

/// One item of an order_details order: retailer ID, name, unit amount, sale amount, quantity.
class OrderItemEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit OrderItemEditor(QWidget *parent = nullptr);
    ~OrderItemEditor() override;

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;
    void collectProblems(QList<Diagnostic> &out, const QString &pointer) const override;

    /// (sale amount or amount) × quantity as the fields read now, for the page's live totals.
    std::optional<double> lineTotal() const;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    std::unique_ptr<Ui::OrderItemEditor> m_ui;
};

} // namespace Wac

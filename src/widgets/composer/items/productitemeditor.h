// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/itemeditor.h"

#include <memory>

namespace Ui {
class ProductItemEditor;
}

namespace Wac {

/// One product of a product-list section: its retailer ID.
class ProductItemEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit ProductItemEditor(QWidget *parent = nullptr);
    ~ProductItemEditor() override;

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    std::unique_ptr<Ui::ProductItemEditor> m_ui;
};

} // namespace Wac

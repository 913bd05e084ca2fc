// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/itemeditor.h"

#include <memory>

namespace Ui {
class ProductSectionEditor;
}

namespace Wac {

/// One product-list section: its title and products.
class ProductSectionEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit ProductSectionEditor(QWidget *parent = nullptr);
    ~ProductSectionEditor() override;

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;

    int productCount() const;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    std::unique_ptr<Ui::ProductSectionEditor> m_ui;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/itemeditor.h"

#include <memory>

namespace Ui {
class ListRowEditor;
}

namespace Wac {

/// One row of a list: title, description and ID.
class ListRowEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit ListRowEditor(QWidget *parent = nullptr);
    ~ListRowEditor() override;

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    std::unique_ptr<Ui::ListRowEditor> m_ui;
};

} // namespace Wac

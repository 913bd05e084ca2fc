// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/itemeditor.h"

#include <memory>

namespace Ui {
class ListSectionEditor;
}

namespace Wac {

/// One list section: its title and rows.
class ListSectionEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit ListSectionEditor(QWidget *parent = nullptr);
    ~ListSectionEditor() override;

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;

    int rowCount() const;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    std::unique_ptr<Ui::ListSectionEditor> m_ui;
};

} // namespace Wac

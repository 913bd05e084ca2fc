// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/itemeditor.h"

#include <memory>

namespace Ui {
class ContactEditor;
}

namespace Wac {

/// One contact card: name, organisation, birthday, and its phones, emails, websites, addresses.
class ContactEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit ContactEditor(QWidget *parent = nullptr);
    ~ContactEditor() override;

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    std::unique_ptr<Ui::ContactEditor> m_ui;
};

} // namespace Wac

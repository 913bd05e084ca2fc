// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/itemeditor.h"

#include <memory>

namespace Ui {
class ContactAddressEditor;
}

namespace Wac {

/// One postal address of a contact.
class ContactAddressEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit ContactAddressEditor(QWidget *parent = nullptr);
    ~ContactAddressEditor() override;

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    std::unique_ptr<Ui::ContactAddressEditor> m_ui;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/itemeditor.h"

#include <memory>

namespace Ui {
class ContactEntryEditor;
}

namespace Wac {

/// One phone, email or website of a contact: the value, its type and, for phones, the WhatsApp ID.
class ContactEntryEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit ContactEntryEditor(const QString &valueKey, QWidget *parent = nullptr);
    ~ContactEntryEditor() override;

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    std::unique_ptr<Ui::ContactEntryEditor> m_ui;
    QString m_valueKey; ///< phone, email or url
};

} // namespace Wac

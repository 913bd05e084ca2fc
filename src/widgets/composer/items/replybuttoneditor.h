// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/itemeditor.h"

#include <memory>

namespace Ui {
class ReplyButtonEditor;
}

namespace Wac {

/// One reply button: its title and ID.
class ReplyButtonEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit ReplyButtonEditor(QWidget *parent = nullptr);
    ~ReplyButtonEditor() override;

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    std::unique_ptr<Ui::ReplyButtonEditor> m_ui;
};

} // namespace Wac

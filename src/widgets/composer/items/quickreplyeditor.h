// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/itemeditor.h"

#include <memory>

namespace Ui {
class QuickReplyEditor;
}

namespace Wac {

/// One quick-reply button of a carousel card: its title and ID.
class QuickReplyEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit QuickReplyEditor(QWidget *parent = nullptr);
    ~QuickReplyEditor() override;

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    std::unique_ptr<Ui::QuickReplyEditor> m_ui;
};

} // namespace Wac

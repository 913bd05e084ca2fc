// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/itemeditor.h"

#include <memory>

namespace Ui {
class BuilderAppEditor;
}

namespace Wac {

/// One Android app of a one-tap or zero-tap button's supported_apps: its package name and the
/// hash of its signing key, which WhatsApp checks before it hands the app the code.
class BuilderAppEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit BuilderAppEditor(QWidget *parent = nullptr);
    ~BuilderAppEditor() override;

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    std::unique_ptr<Ui::BuilderAppEditor> m_ui;
};

} // namespace Wac

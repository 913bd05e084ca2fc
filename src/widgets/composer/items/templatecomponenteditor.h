// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/itemeditor.h"

#include <memory>

namespace Ui {
class TemplateComponentEditor;
}

namespace Wac {

/// One template component: header, body or button (with its sub-type and index) and its parameters.
class TemplateComponentEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit TemplateComponentEditor(QWidget *parent = nullptr);
    ~TemplateComponentEditor() override;

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;
    void collectProblems(QList<Diagnostic> &out, const QString &pointer) const override;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    void updateRows();

    std::unique_ptr<Ui::TemplateComponentEditor> m_ui;
};

} // namespace Wac

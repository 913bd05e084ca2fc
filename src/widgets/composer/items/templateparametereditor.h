// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/itemeditor.h"

#include <memory>

namespace Ui {
class TemplateParameterEditor;
}

namespace Wac {

/**
 * One template parameter: its type and the value that type takes. Changing the type drops the
 * old type's value, so the parameter never carries two.
 */
class TemplateParameterEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit TemplateParameterEditor(QWidget *parent = nullptr);
    ~TemplateParameterEditor() override;

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;
    void collectProblems(QList<Diagnostic> &out, const QString &pointer) const override;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    void updateRows();

    std::unique_ptr<Ui::TemplateParameterEditor> m_ui;
};

} // namespace Wac

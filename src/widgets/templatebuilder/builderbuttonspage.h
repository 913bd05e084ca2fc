// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/templatebuilder/builderfieldspage.h"

#include <memory>

namespace Ui {
class BuilderButtonsPage;
}

namespace Wac {

/// The BUTTONS component of a template being designed: up to ten buttons of every kind,
/// each with the fields of its type, added, removed and reordered.
class BuilderButtonsPage : public BuilderFieldsPage
{
    Q_OBJECT

public:
    explicit BuilderButtonsPage(QWidget *parent = nullptr);
    ~BuilderButtonsPage() override;

    void load(const QJsonObject &definition) override;
    void store(QJsonObject &definition) const override;

protected:
    void describeFields(FieldMap &fields, const QJsonObject &definition) const override;
    QStringList ownPointers(const QJsonObject &definition) const override;

private:
    std::unique_ptr<Ui::BuilderButtonsPage> m_ui;
};

} // namespace Wac

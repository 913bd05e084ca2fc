// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/templatebuilder/builderfieldspage.h"

#include <memory>

namespace Ui {
class BuilderCarouselPage;
}

namespace Wac {

/// The CAROUSEL component: two to ten cards, each with its header, text and buttons.
class BuilderCarouselPage : public BuilderFieldsPage
{
    Q_OBJECT

public:
    explicit BuilderCarouselPage(QWidget *parent = nullptr);
    ~BuilderCarouselPage() override;

    void load(const QJsonObject &definition) override;
    void store(QJsonObject &definition) const override;

protected:
    void describeFields(FieldMap &fields, const QJsonObject &definition) const override;
    QStringList ownPointers(const QJsonObject &definition) const override;

private:
    void addCarousel();
    void removeCarousel();

    std::unique_ptr<Ui::BuilderCarouselPage> m_ui;
};

} // namespace Wac

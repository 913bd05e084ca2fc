// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/templatebuilder/builderfieldspage.h"

#include <memory>

namespace Ui {
class BuilderOfferPage;
}

namespace Wac {

/// The LIMITED_TIME_OFFER component: the offer's text and whether it expires.
class BuilderOfferPage : public BuilderFieldsPage
{
    Q_OBJECT

public:
    explicit BuilderOfferPage(QWidget *parent = nullptr);
    ~BuilderOfferPage() override;

    void load(const QJsonObject &definition) override;
    void store(QJsonObject &definition) const override;

protected:
    void describeFields(FieldMap &fields, const QJsonObject &definition) const override;
    QStringList ownPointers(const QJsonObject &definition) const override;

private:
    std::unique_ptr<Ui::BuilderOfferPage> m_ui;
};

} // namespace Wac

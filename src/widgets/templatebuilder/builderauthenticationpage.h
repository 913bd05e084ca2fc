// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/templatebuilder/builderfieldspage.h"

#include <memory>

namespace Ui {
class BuilderAuthenticationPage;
}

namespace Wac {

/**
 * The options of an AUTHENTICATION template, which Meta builds from them instead of from free
 * text: the BODY's security recommendation, the FOOTER's code expiry and the one OTP button.
 * The builder shows this page instead of the body, footer and buttons pages.
 */
class BuilderAuthenticationPage : public BuilderFieldsPage
{
    Q_OBJECT

public:
    explicit BuilderAuthenticationPage(QWidget *parent = nullptr);
    ~BuilderAuthenticationPage() override;

    void load(const QJsonObject &definition) override;
    void store(QJsonObject &definition) const override;

protected:
    void describeFields(FieldMap &fields, const QJsonObject &definition) const override;
    QStringList ownPointers(const QJsonObject &definition) const override;

private:
    int m_shownExpiration = 0; ///< the expiry box's value after load()

    std::unique_ptr<Ui::BuilderAuthenticationPage> m_ui;
};

} // namespace Wac

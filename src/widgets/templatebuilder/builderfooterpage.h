// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/templatebuilder/builderfields.h"
#include "widgets/templatebuilder/builderpage.h"

#include <memory>

namespace Ui {
class BuilderFooterPage;
}

namespace Wac {

/// The FOOTER component: one line of text with its counter; empty, the template has none.
class BuilderFooterPage : public BuilderPage
{
    Q_OBJECT

public:
    explicit BuilderFooterPage(QWidget *parent = nullptr);
    ~BuilderFooterPage() override;

    void load(const QJsonObject &definition) override;
    void store(QJsonObject &definition) const override;
    void showFindings(const QList<Diagnostic> &findings, const QJsonObject &definition) override;
    bool focusPointer(const QString &pointer, const QJsonObject &definition) override;

private:
    void count();

    std::unique_ptr<Ui::BuilderFooterPage> m_ui;
    BuilderFields m_fields {QStringLiteral("FOOTER")};
    QJsonObject m_loaded;
};

} // namespace Wac

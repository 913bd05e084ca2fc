// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/templatebuilder/builderfields.h"
#include "widgets/templatebuilder/builderpage.h"

#include <memory>

namespace Ui {
class BuilderBodyPage;
}

namespace Wac {

/**
 * The BODY component: its text, an "Add variable" button inserting the next {{n}} (or a name
 * to type over in a NAMED template), and a table of every variable with its example, rebuilt
 * from the text as it is typed so that each variable has exactly one row.
 */
class BuilderBodyPage : public BuilderPage
{
    Q_OBJECT

public:
    explicit BuilderBodyPage(QWidget *parent = nullptr);
    ~BuilderBodyPage() override;

    void load(const QJsonObject &definition) override;
    void store(QJsonObject &definition) const override;
    void showFindings(const QList<Diagnostic> &findings, const QJsonObject &definition) override;
    bool focusPointer(const QString &pointer, const QJsonObject &definition) override;

    /// The variables the table lists, in its order.
    QStringList variables() const;

private:
    void textChanged();
    void syncTable(const QStringList &examples = {});
    QStringList examples() const;
    void addVariable();

    std::unique_ptr<Ui::BuilderBodyPage> m_ui;
    BuilderFields m_fields {QStringLiteral("BODY")};
    QJsonObject m_loaded; ///< the component as loaded: its other keys are written back
    bool m_named = false;
};

} // namespace Wac

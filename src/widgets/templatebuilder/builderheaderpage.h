// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/templatebuilder/builderfields.h"
#include "widgets/templatebuilder/builderpage.h"

#include <memory>

namespace Ui {
class BuilderHeaderPage;
}

namespace Wac {

/**
 * The HEADER component: none, a text with at most one variable and its example, a picture,
 * video or document with the example Meta reviews it with (a handle or a link), or a location.
 * Only the fields of the chosen kind are shown.
 */
class BuilderHeaderPage : public BuilderPage
{
    Q_OBJECT

public:
    explicit BuilderHeaderPage(QWidget *parent = nullptr);
    ~BuilderHeaderPage() override;

    void load(const QJsonObject &definition) override;
    void store(QJsonObject &definition) const override;
    void showFindings(const QList<Diagnostic> &findings, const QJsonObject &definition) override;
    bool focusPointer(const QString &pointer, const QJsonObject &definition) override;

private:
    void showKind();
    /// What the fields show: format, text, example, handle.
    QStringList shown() const;

    std::unique_ptr<Ui::BuilderHeaderPage> m_ui;
    BuilderFields m_fields {QStringLiteral("HEADER")};
    QJsonObject m_loaded;
    QStringList m_shown; ///< shown() when loaded
    bool m_named = false;
};

} // namespace Wac

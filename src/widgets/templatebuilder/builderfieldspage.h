// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldmarks.h"
#include "widgets/templatebuilder/builderpage.h"

namespace Wac {

/**
 * A builder page whose fields are registered by JSON Pointer, as the composer's are: findings
 * inside the page's own components are shown under their fields (FieldAssist), the rest are
 * left to the pages that own them.
 */
class BuilderFieldsPage : public BuilderPage
{
    Q_OBJECT

public:
    using BuilderPage::BuilderPage;

    void showFindings(const QList<Diagnostic> &findings, const QJsonObject &definition) override;
    bool focusPointer(const QString &pointer, const QJsonObject &definition) override;

    /// Shows every finding beside its field, touched or not (after a Submit, as the composer
    /// does after a Send); otherwise a missing value is called out once its field was touched.
    void setRevealAll(bool all) { m_revealAll = all; }

    /// The field that shows `pointer` of `definition`, or nullptr when it is not this page's.
    QWidget *fieldFor(const QString &pointer, const QJsonObject &definition) const;

protected:
    /// Registers each field under its pointer, for the components as `definition` places them.
    virtual void describeFields(FieldMap &fields, const QJsonObject &definition) const = 0;
    /// The pointers of the components this page owns in `definition` ("/components/3").
    virtual QStringList ownPointers(const QJsonObject &definition) const = 0;

private:
    bool owns(const QString &pointer, const QJsonObject &definition) const;

    FieldMarks m_marks;
    bool m_revealAll = false;
};

} // namespace Wac

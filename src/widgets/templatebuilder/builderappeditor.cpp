// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/builderappeditor.h"

#include "ui_builderappeditor.h"

#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/templatebuilder/builderjson.h"

using namespace Qt::StringLiterals;

namespace Wac {

BuilderAppEditor::BuilderAppEditor(QWidget *parent)
    : ItemEditor(parent)
    , m_ui(std::make_unique<Ui::BuilderAppEditor>())
{
    m_ui->setupUi(this);
    // A hash is 11 characters; the package name takes the rest of the row.
    QLineEdit *hash = m_ui->signatureHashLineEdit;
    hash->setMaximumWidth(hash->fontMetrics().horizontalAdvance(u"K8a/AINcGX7W"_s)
        + 4 * hash->fontMetrics().averageCharWidth());
    watchFields();
}

BuilderAppEditor::~BuilderAppEditor() = default;

void BuilderAppEditor::load(const QJsonObject &element)
{
    FieldText::show(m_ui->packageNameLineEdit, BuilderJson::text(element, u"package_name"_s));
    FieldText::show(m_ui->signatureHashLineEdit, BuilderJson::text(element, u"signature_hash"_s));
}

QJsonObject BuilderAppEditor::store(QJsonObject element) const
{
    BuilderJson::writeText(element, u"package_name"_s, m_ui->packageNameLineEdit);
    BuilderJson::writeText(element, u"signature_hash"_s, m_ui->signatureHashLineEdit);
    return element;
}

void BuilderAppEditor::describeFields(FieldMap &fields, const QString &pointer) const
{
    fields.add(pointer, m_ui->packageNameLineEdit);
    fields.add(pointer + u"/package_name"_s, m_ui->packageNameLineEdit);
    fields.add(pointer + u"/signature_hash"_s, m_ui->signatureHashLineEdit);
}

QWidget *BuilderAppEditor::firstField() const
{
    return m_ui->packageNameLineEdit;
}

} // namespace Wac

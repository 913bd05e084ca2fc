// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/builderfooterpage.h"

#include "ui_builderfooterpage.h"

#include "core/templates/componentplace.h"
#include "core/textlength.h"
#include "widgets/composer/fieldassist.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr qsizetype footerLimit = 60; // Meta's limit for a footer (reference §5.1)

} // namespace

BuilderFooterPage::BuilderFooterPage(QWidget *parent)
    : BuilderPage(parent)
    , m_ui(std::make_unique<Ui::BuilderFooterPage>())
{
    m_ui->setupUi(this);
    m_fields.add(QString(), m_ui->textLineEdit);
    connect(m_ui->textLineEdit, &QLineEdit::textEdited, this, &BuilderPage::changed);
    connect(m_ui->textLineEdit, &QLineEdit::textChanged, this, &BuilderFooterPage::count);
    count();
}

BuilderFooterPage::~BuilderFooterPage() = default;

void BuilderFooterPage::count()
{
    FieldAssist::setCount(
        m_ui->textLineEdit, TextLength::graphemes(m_ui->textLineEdit->text()), footerLimit);
}

void BuilderFooterPage::load(const QJsonObject &definition)
{
    m_loaded = ComponentPlace::find(definition, u"FOOTER");
    m_ui->textLineEdit->setText(m_loaded.value(u"text").toString());
}

void BuilderFooterPage::store(QJsonObject &definition) const
{
    const QString text = m_ui->textLineEdit->text();
    if (text.isEmpty()) {
        ComponentPlace::put(definition, u"FOOTER", {});
        return;
    }
    QJsonObject footer = ComponentPlace::find(definition, u"FOOTER");
    if (footer.isEmpty())
        footer = m_loaded.isEmpty() ? QJsonObject {{u"type"_s, u"FOOTER"_s}} : m_loaded;
    footer.insert(u"text"_s, text);
    ComponentPlace::put(definition, u"FOOTER", footer);
}

void BuilderFooterPage::showFindings(
    const QList<Diagnostic> &findings, const QJsonObject &definition)
{
    m_fields.show(findings, definition);
}

bool BuilderFooterPage::focusPointer(const QString &pointer, const QJsonObject &definition)
{
    return m_fields.focus(pointer, definition);
}

} // namespace Wac

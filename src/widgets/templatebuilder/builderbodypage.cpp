// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/builderbodypage.h"

#include "ui_builderbodypage.h"

#include "core/templates/componentplace.h"
#include "core/templates/templatedefinition.h"
#include "core/templates/variableformat.h"
#include "core/textlength.h"
#include "widgets/composer/fieldassist.h"

#include <QHeaderView>
#include <QSignalBlocker>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr qsizetype bodyLimit = 1024; // Meta's limit for a template body (reference §5.1)

QStringList inOrder(QStringList variables, bool named)
{
    // Numbered examples are given in number order, whatever order the text uses.
    if (!named)
        std::stable_sort(variables.begin(), variables.end(),
            [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    return variables;
}

} // namespace

BuilderBodyPage::BuilderBodyPage(QWidget *parent)
    : BuilderPage(parent)
    , m_ui(std::make_unique<Ui::BuilderBodyPage>())
{
    m_ui->setupUi(this);
    m_ui->examplesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields.add(QString(), m_ui->textEdit);
    m_fields.add(u"/text"_s, m_ui->textEdit);
    m_fields.add(u"/example"_s, m_ui->examplesTable);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, &BuilderBodyPage::textChanged);
    connect(m_ui->examplesTable, &QTableWidget::itemChanged, this, &BuilderPage::changed);
    connect(m_ui->addVariableButton, &QPushButton::clicked, this, &BuilderBodyPage::addVariable);
}

BuilderBodyPage::~BuilderBodyPage() = default;

void BuilderBodyPage::load(const QJsonObject &definition)
{
    m_loaded = ComponentPlace::find(definition, u"BODY");
    m_named = definition.value(u"parameter_format").toString().toUpper() == u"NAMED"_s;
    const TemplateDefinition d = TemplateDefinition::fromJson(definition);
    {
        const QSignalBlocker blocker(m_ui->textEdit);
        m_ui->textEdit->setPlainText(m_loaded.value(u"text").toString());
    }
    syncTable(d.bodyExamples);
}

QStringList BuilderBodyPage::variables() const
{
    QStringList out;
    for (int row = 0; row < m_ui->examplesTable->rowCount(); ++row)
        out.append(m_ui->examplesTable->item(row, 0)->data(Qt::UserRole).toString());
    return out;
}

QStringList BuilderBodyPage::examples() const
{
    QStringList out;
    for (int row = 0; row < m_ui->examplesTable->rowCount(); ++row)
        out.append(m_ui->examplesTable->item(row, 1)->text());
    return out;
}

void BuilderBodyPage::syncTable(const QStringList &given)
{
    // The examples typed so far stay with their variable when others come and go.
    const QStringList before = variables();
    const QStringList typed = given.isEmpty() ? examples() : given;
    const QStringList now =
        inOrder(TemplateDefinition::variablesIn(m_ui->textEdit->toPlainText()), m_named);
    const QSignalBlocker blocker(m_ui->examplesTable);
    m_ui->examplesTable->setRowCount(int(now.size()));
    for (int row = 0; row < now.size(); ++row) {
        const QString &variable = now.at(row);
        auto *name = new QTableWidgetItem(u"{{"_s + variable + u"}}"_s);
        name->setData(Qt::UserRole, variable);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_ui->examplesTable->setItem(row, 0, name);
        const qsizetype was = given.isEmpty() ? before.indexOf(variable) : row;
        m_ui->examplesTable->setItem(row, 1, new QTableWidgetItem(typed.value(was)));
    }
    FieldAssist::setCount(
        m_ui->textEdit, TextLength::graphemes(m_ui->textEdit->toPlainText()), bodyLimit);
}

void BuilderBodyPage::textChanged()
{
    syncTable();
    Q_EMIT changed();
}

void BuilderBodyPage::addVariable()
{
    const QStringList present = variables();
    QString name;
    if (m_named) {
        int n = int(present.size()) + 1;
        while (present.contains(u"variable_%1"_s.arg(n)))
            ++n;
        name = u"variable_%1"_s.arg(n);
    } else {
        int highest = 0;
        for (const QString &v : present)
            highest = qMax(highest, v.toInt());
        name = QString::number(highest + 1);
    }
    QTextCursor cursor = m_ui->textEdit->textCursor();
    cursor.insertText(u"{{"_s + name + u"}}"_s);
    if (m_named) {
        // The name is selected, so typing replaces it with a real one.
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, 2);
        cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(name.size()));
        m_ui->textEdit->setTextCursor(cursor);
    }
    m_ui->textEdit->setFocus(Qt::OtherFocusReason);
}

void BuilderBodyPage::store(QJsonObject &definition) const
{
    const QString text = m_ui->textEdit->toPlainText();
    if (text.isEmpty()) {
        ComponentPlace::put(definition, u"BODY", {});
        return;
    }
    // What other pages or Meta put into the component (a security recommendation) stays.
    QJsonObject body = ComponentPlace::find(definition, u"BODY");
    if (body.isEmpty())
        body = m_loaded.isEmpty() ? QJsonObject {{u"type"_s, u"BODY"_s}} : m_loaded;
    body.insert(u"text"_s, text);
    const QJsonObject example = VariableFormat::withExamples(body.value(u"example").toObject(),
        u"body_text"_s, u"body_text_named_params"_s, true, m_named, variables(), examples());
    if (example.isEmpty())
        body.remove(u"example"_s);
    else
        body.insert(u"example"_s, example);
    ComponentPlace::put(definition, u"BODY", body);
}

void BuilderBodyPage::showFindings(const QList<Diagnostic> &findings, const QJsonObject &definition)
{
    m_fields.show(findings, definition);
}

bool BuilderBodyPage::focusPointer(const QString &pointer, const QJsonObject &definition)
{
    return m_fields.focus(pointer, definition);
}

} // namespace Wac

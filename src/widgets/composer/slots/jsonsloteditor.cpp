// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/slots/jsonsloteditor.h"

#include "core/jsoninput.h"

#include <QGridLayout>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

using Kind = TemplateSlot::Kind;

// The key of the action object the JSON is written under.
QString keyOf(const TemplateSlot &slot)
{
    return slot.kind == Kind::ButtonFlow ? u"flow_action_data"_s : u"order_details"_s;
}

} // namespace

JsonSlotEditor::JsonSlotEditor(const TemplateSlot &slot, QWidget *parent)
    : TemplateSlotEditor(slot, parent)
    , m_json(new QPlainTextEdit(this))
{
    const bool flow = slot.kind == Kind::ButtonFlow;
    if (flow)
        m_token = addLine(tr("Flow token (optional)"), tr("Flow token"));
    m_json->setPlaceholderText(flow
            ? tr("flow_action_data as a JSON object (optional)")
            : tr("order_details as a JSON object: currency, order, reference_id, total_amount…"));
    m_json->setAccessibleName(flow ? tr("Flow action data") : tr("Order details"));
    m_json->setFixedHeight(fontMetrics().lineSpacing() * (flow ? 3 : 6) + 12);
    grid()->addWidget(m_json, grid()->rowCount(), 0, 1, -1);
}

QWidget *JsonSlotEditor::mainField() const
{
    return m_token ? static_cast<QWidget *>(m_token) : m_json;
}

QString JsonSlotEditor::problem() const
{
    const QString text = m_json->toPlainText().trimmed();
    if (text.isEmpty() || JsonInput::parse(text.toUtf8()).value.isObject())
        return QString();
    return m_token ? tr("The flow data is not a JSON object.")
                   : tr("The order details are not a JSON object.");
}

TemplateParameter JsonSlotEditor::value() const
{
    TemplateParameter p = TemplateSlots::emptyValue(templateSlot());
    if (m_token && !m_token->text().isEmpty())
        p.object.insert(u"flow_token"_s, m_token->text());
    const JsonInput json = JsonInput::parse(m_json->toPlainText().toUtf8());
    if (json.value.isObject())
        p.object.insert(keyOf(templateSlot()), json.value.toObject());
    return p;
}

void JsonSlotEditor::setValue(const TemplateParameter &p)
{
    if (m_token)
        m_token->setText(p.object.value(u"flow_token").toString());
    const QJsonObject json = p.object.value(keyOf(templateSlot())).toObject();
    m_json->setPlainText(
        json.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(json).toJson()));
}

} // namespace Wac

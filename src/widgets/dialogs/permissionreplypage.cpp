// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/dialogs/permissionreplypage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Wac {

PermissionReplyPage::PermissionReplyPage(QWidget *parent)
    : QWidget(parent)
    , m_response(new QComboBox(this))
    , m_permanent(new QCheckBox(tr("Always, not only for 7 days"), this))
    , m_context(new QLineEdit(this))
{
    m_response->setObjectName(u"customerResponseComboBox"_s);
    m_response->addItem(tr("Allow calls"), u"accept"_s);
    m_response->addItem(tr("Decline calls"), u"reject"_s);
    m_permanent->setObjectName(u"customerPermanentCheckBox"_s);
    m_context->setObjectName(u"customerRequestLineEdit"_s);
    m_context->setClearButtonEnabled(true);
    m_context->setPlaceholderText(tr("WAMID of our call permission request"));
    // Only an allowed permission can be permanent.
    connect(m_response, &QComboBox::currentIndexChanged, this,
        [this] { m_permanent->setEnabled(m_response->currentData() == u"accept"_s); });
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Answer:"), m_response);
    form->addRow(QString(), m_permanent);
    form->addRow(tr("&In reply to:"), m_context);
}

void PermissionReplyPage::addTo(QJsonObject &request) const
{
    const QString response = m_response->currentData().toString();
    request.insert(u"response"_s, response);
    request.insert(u"is_permanent"_s, response == u"accept"_s && m_permanent->isChecked());
    request.insert(u"context_id"_s, m_context->text().trimmed());
}

QString PermissionReplyPage::problem() const
{
    if (m_context->text().trimmed().isEmpty())
        return tr("\"In reply to\" must be the WAMID of the call permission request answered.");
    return {};
}

} // namespace Wac

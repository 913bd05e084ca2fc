// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "sim/httpreply.h"
#include "sim/simconfig.h"
#include "sim/templatestore.h"

namespace Wac::Sim {

/**
 * `POST /{phone-number-id}/messages`: the body is checked by the core validator (its errors
 * become Graph errors 131008 / 131009 / 100 with the field in `error_data.details`), templates
 * against the library (132xxx); an accepted message gets `contacts[].input/wa_id` and a fresh
 * WAMID, a paced template its `message_status`, a mark-as-read `{"success": true}`.
 */
class MessageEndpoint
{
public:
    explicit MessageEndpoint(const TemplateStore &templates)
        : m_templates(templates)
    { }

    HttpReply send(const PhoneNumberInfo &from, const QByteArray &body);

private:
    QString nextWamid(const QString &recipientDigits);

    const TemplateStore &m_templates;
    quint64 m_sent = 0;
};

} // namespace Wac::Sim

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "sim/httpreply.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <optional>

namespace Wac::Sim {

class TemplateReviewer;
class TemplateStore;

/**
 * Template management, as Meta's template API does it (reference §5.1, Meta's "Template
 * management" page): `POST /{waba-id}/message_templates` creates, `POST /{template-id}` edits,
 * `DELETE /{waba-id}/message_templates?name=…[&hsm_id=…]` deletes. Creations and edits are
 * checked with Meta's creation rules (TemplateCreation::check) and wait PENDING for the
 * TemplateReviewer.
 */
class TemplateEndpoint
{
public:
    /// "≤100 templates created per WABA per hour" (reference §5.1).
    static constexpr int creationsPerHour = 100;
    /// Meta's template management page: "Approved templates can be edited up to 10 times in a
    /// 30 day window, or 1 time in a 24 hour window."
    static constexpr int approvedEditsPer30Days = 10;

    TemplateEndpoint(
        TemplateStore &store, TemplateReviewer &reviewer, std::function<QDateTime()> clock);

    HttpReply create(const QByteArray &body);
    /// `id` is a template's, or a number that may be one (else 400 naming it).
    HttpReply edit(const QString &id, const QByteArray &body);
    HttpReply remove(const QUrlQuery &query);

private:
    /// The first error of Meta's creation rules on `tpl` (a stored or submitted template).
    static std::optional<HttpReply> refusal(const QJsonObject &tpl);
    std::optional<HttpReply> editRefusal(const QJsonObject &stored, const QJsonObject &edit) const;

    TemplateStore &m_store;
    TemplateReviewer &m_reviewer;
    std::function<QDateTime()> m_clock;
    std::deque<QDateTime> m_creations; ///< the last hour's, oldest first
    QHash<QString, QList<QDateTime>> m_approvedEdits; ///< template id → its edits while APPROVED
};

} // namespace Wac::Sim

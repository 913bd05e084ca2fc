// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "sim/httpreply.h"
#include "sim/templatestore.h"

#include <QJsonObject>

#include <optional>

namespace Wac::Sim {

/**
 * Checks a send's `template` object against the library the way the Cloud API does
 * (reference §5.2), with the console's own TemplateCheck: the simulator answers with the first
 * mismatch, in Graph's words.
 */
class TemplateMatcher
{
public:
    explicit TemplateMatcher(const TemplateStore &store)
        : m_store(store)
    { }

    /// The Graph error for `payload`, or nullopt when it matches its template.
    std::optional<HttpReply> check(const QJsonObject &payload) const;
    /// The pacing status a send of `payload` gets (`accepted`, ...), or an empty string.
    QString messageStatus(const QJsonObject &payload) const;
    /// The pricing category of \`payload\`'s template in lower case (\`marketing\`, ...).
    QString category(const QJsonObject &payload) const;

private:
    const TemplateStore &m_store;
};

} // namespace Wac::Sim

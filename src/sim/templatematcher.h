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
 * (reference §5.2): the template must exist in that language and be approved (132001, paused
 * 132015, disabled 132016), each HEADER/BODY variable needs exactly one parameter (132000), named
 * and positional parameters and header formats must match (132012), button components must
 * name existing buttons of their sub_type, and the hydrated body must fit (132005).
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

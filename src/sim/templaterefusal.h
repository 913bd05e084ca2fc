// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "sim/httpreply.h"

#include <QString>

namespace Wac::Sim {

/**
 * Graph's 400 answers to a template creation or edit it refuses: code 100 "Invalid parameter"
 * with a 2388xxx subcode, `error_user_title` and `error_user_msg`, the field named in Graph's
 * parameter style (`Param components[1]['buttons'][0]['text'] …`) so that a client can find it.
 */
class TemplateRefusal
{
public:
    /// Meta's subcode for a name and language that already exist.
    static constexpr int existsSubcode = 2388024;
    /// The subcode of a creation rule's refusal. Graph has one per rule, and the project's
    /// references name none of them: the simulator answers every rule with this one, and
    /// clients find the field in error_user_msg, never by the subcode.
    static constexpr int ruleSubcode = 2388040;

    /// `/components/1/buttons/0/text` → `components[1]['buttons'][0]['text']`.
    static QString paramPath(const QString &pointer);

    /// The refusal of a finding of TemplateCreation::check, in English whatever the language
    /// of `finding.message` (Graph answers in English).
    static HttpReply fromFinding(const Diagnostic &finding);
    static HttpReply exists(const QString &name, const QString &language);
    /// Any other refusal of a template request: `userTitle` and `userMessage` as Graph's.
    static HttpReply invalid(const QString &userTitle, const QString &userMessage, int subcode = 0);
};

} // namespace Wac::Sim

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/templates/templatecheck.h"

#include <QJsonObject>

#include <optional>

namespace Wac::Sim {

/**
 * The template parts TemplateCheck does not read, matched for the simulator: a carousel's
 * cards (their number, each card's header format and URL variables) and a limited-time offer.
 * `definition` is the template as the library holds it, `templateObject` the send's.
 *
 * Graph's own wording for these mismatches is not published: the codes follow reference §5.2
 * (132000 for a missing or extra value, 132012 for a format), the details the same phrasing.
 */
namespace TemplatePartsMatch {

std::optional<TemplateMismatch> mismatch(
    const QJsonObject &definition, const QJsonObject &templateObject);

} // namespace TemplatePartsMatch

} // namespace Wac::Sim

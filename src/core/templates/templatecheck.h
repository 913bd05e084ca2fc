// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "core/templates/templatedefinition.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace Wac {

/// A way a send does not fit its template, and the Graph error it causes.
struct TemplateMismatch
{
    int code = 0; ///< 132000 count, 132001 unknown or not approved, 132005 too long, 132012
                  ///< format, 132015 paused, 132016 disabled
    QString pointer; ///< where in the send's JSON
    QString message; ///< translated, for the console
    QString details; ///< in Graph's own words (English), for the simulator's answer

    /// The finding shown at the field: an error, or a warning for the status (132001,
    /// 132015, 132016), since the library copy may be older than the account.
    Diagnostic toDiagnostic() const;

    bool isStatus() const { return code == 132001 || code == 132015 || code == 132016; }
};

/**
 * Checks a send's `template` object against its definition the way the Cloud API does
 * (reference §5.2). The console shows every mismatch at its field before sending; the
 * simulator answers with the first.
 */
namespace TemplateCheck {

/// 132001 when `definition` is null (no such name and language) or not approved, 132015 when
/// paused, 132016 when disabled; nullopt for an approved template.
std::optional<TemplateMismatch> status(
    const TemplateDefinition *definition, const QString &name, const QString &language);

/// Every parameter mismatch of `templateObject` against `definition`, in payload order.
QList<TemplateMismatch> parameters(
    const TemplateDefinition &definition, const QJsonObject &templateObject);

/// The Graph error title of `code` (as the API words it).
QString graphTitle(int code);

} // namespace TemplateCheck

} // namespace Wac

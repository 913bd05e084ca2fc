// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"

#include <QJsonObject>
#include <QString>

/**
 * Graph's refusal of a template creation or edit, read back to the field it names, so that the
 * builder can mark that field rather than the whole template. Graph names the field in its
 * parameter style in `error_user_msg` (`Param components[1]['buttons'][0]['text'] ...`); when it
 * does not, the component, or the name, language or category its words speak of is the best
 * place there is.
 */
namespace Wac::TemplateCreationError {

/// The JSON Pointer, within `definition` (what was submitted), of the field Graph refused in
/// `graphError` (the answer `{"error": {...}}`, or its `error` object alone); empty when the
/// error names no field, which then concerns the whole template.
QString pointer(const QJsonObject &graphError, const QJsonObject &definition);

/// The refusal as an error at pointer(): Graph's user title and message (its own words, never
/// translated), code `graph.<code>.<subcode>` (`graph.<code>` without a subcode).
Diagnostic diagnostic(const QJsonObject &graphError, const QJsonObject &definition);

} // namespace Wac::TemplateCreationError

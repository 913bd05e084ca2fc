// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"

#include <optional>

class QLabel;
class QWidget;

/**
 * What a field says about itself: its length against the limit ("12/20", inside a line edit,
 * under a text box) and the validator's findings, in a line under it, with the field tinted.
 * The line is inserted into the field's own form or vertical layout the first time it is
 * needed, and takes no space while empty.
 */
namespace Wac::FieldAssist {

/// Shows `count` against `limit`; without a limit the counter is hidden.
void setCount(QWidget *editor, qsizetype count, std::optional<qsizetype> limit);

/// Whether `finding` is shown beside `editor` now: a field that is required or must not be
/// empty is called out once the user has touched it, or when `all` findings are wanted
/// (after an attempt to send, or for a payload loaded from outside).
bool isShown(const Diagnostic &finding, const QWidget *editor, bool all);

/// Shows `problems` (errors first) under the editor; an empty list clears it.
void setProblems(QWidget *editor, const QList<Diagnostic> &problems);

/// A running count of a repeated part ("Rows: 7/10"): red and bold once over the limit.
void setTotal(QLabel *label, const QString &text, bool over);

/// The line under `editor` that holds its findings, or nullptr when none was needed yet.
QWidget *problemLine(const QWidget *editor);

} // namespace Wac::FieldAssist

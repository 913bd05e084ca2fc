// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QStringList>

/**
 * A template's variables written positionally ({{1}}, examples in `body_text`) or by name
 * ({{first_name}}, examples in `body_text_named_params`), and the switch between the two that
 * the builder makes when the parameter format changes, so that the text is not left with
 * variables Meta refuses for its format.
 */
namespace Wac::VariableFormat {

/// `example` (a component's "example" object) with `variables`' examples written under the
/// keys of the format: `positionalKey` as [[...]] (`nested`) or [...], `namedKey` as
/// [{param_name, example}]. Without variables both keys go; the object's other keys stay.
QJsonObject withExamples(QJsonObject example, const QString &positionalKey, const QString &namedKey,
    bool nested, bool named, const QStringList &variables, const QStringList &examples);

/// `definition` with parameter_format set to NAMED or POSITIONAL and its header's and body's
/// variables renamed to match: {{1}} becomes {{var_1}}, names become numbers in the order
/// they appear; each keeps its example.
QJsonObject converted(const QJsonObject &definition, bool named);

} // namespace Wac::VariableFormat

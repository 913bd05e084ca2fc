// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

/// The parts of a template send, built as Graph's reference writes them, for the simulator's
/// template tests (one file per family of templates).
namespace Wac::Test::TemplateParts {

/// A whole send to +16505551234; `components` left out when empty.
QJsonObject templateSend(
    const QString &name, const QString &language, const QJsonArray &components);
/// A `text` parameter.
QJsonObject text(const QString &value);
/// A `text` parameter with its `parameter_name` (named templates).
QJsonObject named(const QString &name, const QString &value);
/// A component of `type` (`header`, `body`) with its parameters.
QJsonObject component(const QString &type, const QJsonArray &parameters);
/// A `button` component of `subType` at `index` with one parameter.
QJsonObject button(const QString &subType, int index, const QJsonObject &parameter);

} // namespace Wac::Test::TemplateParts

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * The components of a template definition (the JSON body of a creation, as GET returns
 * templates), found and replaced by their type. The builder's pages each own a component kind
 * and edit it in place, so that what no page shows (ids, statuses, keys Meta adds later) stays.
 */
namespace Wac::DefinitionParts {

/// The index of the first component of `type` (HEADER, BODY, ...: case-insensitive), or -1.
int indexOf(const QJsonObject &definition, const QString &type);
/// That component, or an empty object.
QJsonObject component(const QJsonObject &definition, const QString &type);
/// "/components/<index>" of that component, or an empty string when there is none.
QString pointerOf(const QJsonObject &definition, const QString &type);
/// Replaces the component of `component`'s type where it is, or inserts it where Meta puts it
/// (HEADER, LIMITED_TIME_OFFER, BODY, FOOTER, BUTTONS, CAROUSEL, others last).
void put(QJsonObject &definition, const QJsonObject &component);
/// Removes the component of `type` (the others keep their order).
void remove(QJsonObject &definition, const QString &type);
/// `pointer` relative to `prefix` ("/components/1/text" in "/components/1" is "/text", the
/// prefix itself is ""), or nothing when it is outside.
std::optional<QString> relative(const QString &pointer, const QString &prefix);

} // namespace Wac::DefinitionParts

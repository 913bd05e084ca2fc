// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * Where a component kind sits in a template definition's `components`, for the builder's pages
 * that each own one kind. Types compare without case: Meta's creation examples write "buttons"
 * and "carousel", GET answers "BUTTONS"; a component keeps the spelling it came with.
 */
namespace Wac::ComponentPlace {

/// The index of the first component of `type` in `components`, or -1.
int indexOf(const QJsonArray &components, QStringView type);

/// The component of `type` in `definition`, or an empty object.
QJsonObject find(const QJsonObject &definition, QStringView type);

/// "/components/<index>" of the component of `type`, or an empty string when there is none.
QString pointerOf(const QJsonObject &definition, QStringView type);

/**
 * Replaces the component of `type` with `component` where it is; adds it where Meta puts it
 * (HEADER, LIMITED_TIME_OFFER, BODY, FOOTER, BUTTONS, CAROUSEL: the order of Meta's creation
 * examples) when there is none; removes it when `component` is empty. Other components stay
 * as they are, unknown kinds included.
 */
void put(QJsonObject &definition, QStringView type, const QJsonObject &component);

/// `pointer` relative to `prefix` ("/components/1/text" in "/components/1" is "/text", the
/// prefix itself is ""), or nothing when it is outside.
std::optional<QString> relative(const QString &pointer, const QString &prefix);

} // namespace Wac::ComponentPlace

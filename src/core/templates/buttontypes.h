// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>
#include <QStringList>

/// The button types of a template's BUTTONS component, as people read them.
namespace Wac::ButtonTypes {

/// Every type a BUTTONS component can hold at creation, in the order a form lists them.
QStringList all();

/// "Quick reply" for QUICK_REPLY, translated; the type itself for one this list lacks.
QString title(const QString &type);

/// What a form says under a button of `type` that has no text of its own, or nothing.
QString note(const QString &type);

} // namespace Wac::ButtonTypes

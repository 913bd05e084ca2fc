// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace Wac::Sim {

/// One part of a multipart/form-data body.
struct FormPart
{
    QByteArray name;
    QByteArray fileName;
    QByteArray contentType;
    QByteArray data;
};

/// The parts of a multipart/form-data `body`, or nullopt when `contentType` names no boundary
/// or the body does not follow it.
std::optional<QList<FormPart>> parseMultipart(
    const QByteArray &contentType, const QByteArray &body);

} // namespace Wac::Sim

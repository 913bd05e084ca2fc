// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace Wac {

/**
 * A string value too large for the window's form: its fields lay out and count every character
 * on each load, which takes seconds past a megabyte. Meta's longest field, a text body, holds
 * 4096 characters (16 KiB of UTF-8 at most), so the limit leaves every payload Meta accepts, and
 * many it refuses, to the form.
 */
struct LargeValue
{
    /// One string value over this many UTF-8 bytes is too large for the form.
    static constexpr qsizetype formLimitBytes = qsizetype(1) << 20;

    QString pointer; ///< where the value is, a JSON Pointer
    qsizetype utf8Bytes = 0; ///< its size as sent

    /// The first string in `root` (keys in order, then elements) over `limitBytes`, if any.
    static std::optional<LargeValue> first(
        const QJsonValue &root, qsizetype limitBytes = formLimitBytes);

    /// The size of `text` in UTF-8, counted without encoding it.
    static qsizetype utf8Size(QStringView text);
};

} // namespace Wac

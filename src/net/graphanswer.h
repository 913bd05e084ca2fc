// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/sendresult.h"

namespace Wac {

/// What a whole HTTP answer to a Graph request means, apart from the request that got it:
/// accepted (with its WAMID), rejected by Graph or by something else on the way, or unknown.
/// Every send classifies its answer here, and so does the answer fuzz target.
class GraphAnswer
{
public:
    /// `status`, the `body` as it came, the length the headers announced (-1 without one), a
    /// redirect's `location`; `isGet` when nothing was posted (any whole JSON object answers it).
    static SendResult classify(int status, const QByteArray &body, qint64 announcedLength,
        const QString &location, bool isGet);
};

} // namespace Wac

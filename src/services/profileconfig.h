// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/apiconfig.h"
#include "storage/profile.h"

namespace Wac {

/// Where `profile` talks to Graph; the one place a Profile becomes an ApiConfig.
ApiConfig apiConfig(const Profile &profile, int timeoutMs = GraphDefaults::timeoutMs);

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

namespace Wac::GraphDefaults {

/// The one place for what a new profile, a bare ApiConfig and the CLI's flags start from.
inline constexpr auto baseUrl = "https://graph.facebook.com";
/// A current Graph version; profiles keep their own, editable.
inline constexpr auto apiVersion = "v25.0";
inline constexpr int timeoutMs = 30000;

} // namespace Wac::GraphDefaults

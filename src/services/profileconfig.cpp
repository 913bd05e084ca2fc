// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/profileconfig.h"

namespace Wac {

ApiConfig apiConfig(const Profile &profile, int timeoutMs)
{
    ApiConfig config;
    config.baseUrl = profile.baseUrl;
    config.apiVersion = profile.apiVersion;
    config.phoneNumberId = profile.phoneNumberId;
    config.wabaId = profile.wabaId;
    config.timeoutMs = timeoutMs;
    return config;
}

} // namespace Wac

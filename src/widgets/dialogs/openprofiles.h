// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Wac {

struct WindowServices;

/// Tools → Profiles: opens the profile dialog over `window` on the profile `selected`. While it
/// is open it shows the webhook receiver of the profile it shows, as that receiver's state
/// changes; a saved change starts the receivers again with what was saved, then calls `changed`.
void openProfiles(QWidget *window, const WindowServices &services, const QString &selected,
    const std::function<void()> &changed);

} // namespace Wac

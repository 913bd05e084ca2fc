// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <thread>

namespace Wac {

/**
 * Reads fontconfig's configuration on a thread of its own while the application, its stores
 * and its settings are set up, so that the window's first text does not wait for it. It is the
 * biggest single cost of a first paint: some thirty XML files parsed and the font cache mapped,
 * work that does not touch Qt and that fontconfig allows from any thread.
 */
class FontWarmUp
{
public:
    /// Starts reading; where Qt's fonts do not come from fontconfig, does nothing.
    FontWarmUp();
    /// Waits for it (see wait()).
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

    /// Waits until fontconfig has its configuration. Called before the first widget is made:
    /// Qt then finds it ready, instead of reading the same files a second time beside us.
    void wait();

private:
    std::thread m_thread;
};

} // namespace Wac

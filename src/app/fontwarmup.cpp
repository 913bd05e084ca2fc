// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "app/fontwarmup.h"

#ifdef WACONSOLE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

namespace Wac {

FontWarmUp::FontWarmUp()
{
#ifdef WACONSOLE_FONTCONFIG
    // FcInit loads the configuration once per process and is safe from any thread: Qt's own
    // call (QFontconfigDatabase) then returns at once.
    m_thread = std::thread([] { FcInit(); });
#endif
}

FontWarmUp::~FontWarmUp()
{
    wait();
}

void FontWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace Wac

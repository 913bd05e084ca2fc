// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

namespace Wac {

/**
 * The three folders waconsole keeps things in, shared by the window, waconsole-cli and
 * waconsole-sim (whose application names differ, hence the Generic* locations): one place that
 * the stores take their paths from and Help → About shows.
 */
namespace DataFolders {

/// The settings and profiles (QSettings' file), e.g. ~/.config/waconsole.
QString config();
/// The history, the template libraries and the draft, e.g. ~/.local/share/waconsole.
QString data();
/// The customers' media files, e.g. ~/.cache/waconsole.
QString cache();

} // namespace DataFolders

} // namespace Wac

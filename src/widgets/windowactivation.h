// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

namespace Wac {

class MainWindow;
class SingleInstance;

/// What the running console does when `waconsole [FILE]` is started again.
namespace WindowActivation {

/// Each later start raises `window` and opens its file there, as --open does at start-up; a file
/// that will not open is told in the window's result panel.
void follow(SingleInstance *instance, MainWindow *window);

} // namespace WindowActivation

} // namespace Wac

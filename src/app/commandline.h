// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

class QCommandLineParser;

namespace Wac {

/// waconsole's options, apart from main() so that it reads as the order things start in.
namespace CommandLine {

/// Adds the options and the optional FILE argument to `parser`.
void define(QCommandLineParser &parser);

/// The file to start with, from --open or the FILE argument (the menu's "Open with" passes it
/// so): empty when none; `error` names the problem when more than one was given.
QString fileToOpen(const QCommandLineParser &parser, QString *error);

/// What is wrong with an option's value (--theme, --size, --sandbox-port), naming the option;
/// empty when each is what it must be. A wrong value is refused, never quietly replaced.
QString valueProblem(const QCommandLineParser &parser);

/// --screenshot or --dump: the window is rendered or written out, never shown.
bool isHeadless(const QCommandLineParser &parser);

/// Whether the arguments ask only about the program (--version, --help): answered without a
/// display, so that they work over ssh, in scripts and in a package's checks.
bool asksAboutItself(int argc, const char *const *argv);

} // namespace CommandLine

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

class QWidget;

/**
 * The window's file choosers, with a seam for tests: a path queued with setNextAnswer() is
 * returned by the next call instead of showing a dialog (an empty one means "cancelled").
 * They open in startFolder(), and the folder of a file chosen (or answered) becomes the next one.
 */
namespace Wac::FileDialogs {

/// The folder used last, else the user's Documents folder, else home.
QString startFolder();

QString openFileName(QWidget *parent, const QString &caption, const QString &filter = {});
QString saveFileName(
    QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);

void setNextAnswer(const QString &path);

} // namespace Wac::FileDialogs

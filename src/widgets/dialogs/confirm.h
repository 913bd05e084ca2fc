// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

class QWidget;

/**
 * "Are you sure?" for actions that cannot be undone or that send, with a seam for tests: an
 * answer queued with setNextAnswer() is returned by the next call instead of showing a box.
 */
namespace Wac::Confirm {

/// True when the user chose `action` (the button's label); the default button is Cancel.
bool ask(QWidget *parent, const QString &title, const QString &text, const QString &action);

void setNextAnswer(bool answer);
/// The text of the last question asked, answered by the seam or not.
QString lastQuestion();

} // namespace Wac::Confirm

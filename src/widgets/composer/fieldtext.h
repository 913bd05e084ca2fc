// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QObject;
class QPlainTextEdit;
class QWidget;

/**
 * Showing model values in editors and reading them back without loss. An editor remembers the
 * value it was given and what it displayed; while the display is untouched, reading gives the
 * original back exactly (absent stays absent, "" stays "", a non-breaking space or a "\r\n" the
 * editor would normalise is kept). Once edited, an empty editor reads as absent.
 */
namespace Wac::FieldText {

void show(QLineEdit *edit, const std::optional<QString> &value);
std::optional<QString> read(const QLineEdit *edit);

void show(QPlainTextEdit *edit, const std::optional<QString> &value);
std::optional<QString> read(const QPlainTextEdit *edit);

/// An editable combo box (a phone's "CELL", a currency code): the text is the value.
void show(QComboBox *combo, const std::optional<QString> &value);
std::optional<QString> read(const QComboBox *combo);

/// A fixed choice whose items carry their wire value as data. A value that is not among them
/// (a typo in a pasted payload) is added as an item of its own, so it is seen and kept.
void showChoice(QComboBox *combo, const QString &value);
QString readChoice(const QComboBox *combo);

void show(QCheckBox *box, const std::optional<bool> &value);
std::optional<bool> read(const QCheckBox *box);

/// The editor's text as the user sees it, with non-breaking spaces kept (QPlainTextEdit's
/// toPlainText() turns them into plain spaces).
QString plainText(const QPlainTextEdit *edit);
/// The current text of a line edit, text box or editable combo box; empty for anything else.
QString currentText(const QWidget *editor);

/// Calls `onEdit` whenever the user changes an editor under `root` (line edits, text boxes,
/// combo boxes, check and radio boxes, spin boxes, date edits) that exists now, and marks that
/// editor as touched.
void watchEdits(QWidget *root, QObject *context, const std::function<void()> &onEdit);

/// Whether the user has edited `editor` since a value was last shown in it: a required field
/// left empty is only called out beside it once touched (the problem list names it anyway).
bool isTouched(const QWidget *editor);
void touch(QWidget *editor);

} // namespace Wac::FieldText

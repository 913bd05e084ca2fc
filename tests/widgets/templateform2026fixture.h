// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/templates/templatedefinition.h"
#include "widgets/composer/pages/templatecomposerpage.h"

#include <QJsonObject>
#include <QList>

#include <memory>

class QLineEdit;

// What the template form tests of the 2026 kinds share: the definitions file with Meta's
// sends, a template page that looks them up there, and typing as a user types.
namespace Wac::Test::Form2026 {

/// tests/data/templates/2026-definitions.json: `data` (definitions) and `sends`.
QJsonObject loadFile();
TemplateDefinition definition(const QJsonObject &file, const QString &name);
/// A whole message carrying the send of `name`.
QJsonObject payload(const QJsonObject &file, const QString &name);
/// A shown template page whose library is the file's definitions.
std::unique_ptr<TemplateComposerPage> newPage(const QJsonObject &file);

/// The line edits of `editor` a user can see (not those inside spin boxes).
QList<QLineEdit *> lines(QWidget *editor);
/// Widgets a layout takes while its window is shown are shown from the event loop: until
/// then a click misses them.
void settle();
void type(QLineEdit *edit, const QString &text);

} // namespace Wac::Test::Form2026

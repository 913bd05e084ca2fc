// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>
#include <QStringList>

namespace Wac {

/// The words of a search: split at spaces and control characters.
QStringList ftsWords(const QString &text);

/// An FTS5 query where each word is a quoted prefix, so no user text is read as FTS syntax;
/// empty when `text` has no words.
QString ftsQuery(const QString &text);

} // namespace Wac

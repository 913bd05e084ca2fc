// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/ftsquery.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Wac {

QString ftsQuery(const QString &text)
{
    QStringList words;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        words << u'"' + QString(word).replace(u'"', u"\"\""_s) + u"\"*"_s;
    return words.join(u' ');
}

} // namespace Wac

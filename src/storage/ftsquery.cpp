// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/ftsquery.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Wac {

QStringList ftsWords(const QString &text)
{
    // Control characters part words like a space: nobody searches for them, and SQLite's FTS
    // query reader stops at a NUL, which would leave a quote open ("unterminated string").
    QString spaced = text;
    for (QChar &c : spaced) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return spaced.split(u' ', Qt::SkipEmptyParts);
}

QString ftsQuery(const QString &text)
{
    QStringList words;
    for (const QString &word : ftsWords(text))
        words << u'"' + QString(word).replace(u'"', u"\"\""_s) + u"\"*"_s;
    return words.join(u' ');
}

} // namespace Wac

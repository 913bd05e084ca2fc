// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

bool load(QTranslator *translator, const QString &language)
{
    return translator->load(u":/i18n/waconsole_"_s + language + u".qm"_s);
}

} // namespace

QString installTranslators(const QString &language)
{
    QStringList candidates;
    if (!language.isEmpty())
        candidates.append(language);
    else
        candidates = QLocale().uiLanguages();

    auto *translator = new QTranslator(QCoreApplication::instance());
    for (QString candidate : candidates) {
        candidate.replace(u'-', u'_');
        if (candidate.startsWith(u"en"_s))
            break; // the source language comes before any translation the user ranks lower
        // "pt_BR" first, then the bare language ("ru_RU" → "ru").
        const QString bare = candidate.section(u'_', 0, 0);
        for (const QString &name : {candidate, bare}) {
            if (!load(translator, name))
                continue;
            QCoreApplication::installTranslator(translator);
            auto *qt = new QTranslator(QCoreApplication::instance());
            if (qt->load(u"qtbase_"_s + name, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(qt);
            return name;
        }
    }
    delete translator;
    return u"en"_s;
}

} // namespace Wac

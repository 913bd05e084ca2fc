// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/translator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace Wac::Test {

/// The application's words in `language` ("en", "ru", "pt_BR") from here on, as a user who
/// chose it sees them; false when its catalogue could not be installed.
inline bool useLanguage(const QString &language)
{
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(language));
    return language == QLatin1String("en") || installTranslators(language) == language;
}

} // namespace Wac::Test

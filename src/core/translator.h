// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

namespace Wac {

/**
 * Installs waconsole's and Qt's own translators on the running application for `language`
 * (e.g. "ru", "pt_BR"), or for the first of the system's UI languages that waconsole speaks.
 * English, the source language, needs none. Returns the language installed, or "en".
 */
QString installTranslators(const QString &language = {});

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/datafolders.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Wac::DataFolders {

QString config()
{
    // Where QSettings really writes (Settings and ProfileStore open it by these names), rather
    // than a second guess at its rules.
    return QFileInfo(QSettings(u"waconsole"_s, u"waconsole"_s).fileName()).absolutePath();
}

QString data()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/waconsole"_s;
}

QString cache()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + u"/waconsole"_s;
}

} // namespace Wac::DataFolders

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/historywriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Wac::HistoryWriter {

namespace {

/// Changes at every boot, so a process id of before the reboot is never taken for one now.
QString bootId()
{
    static const QString id = [] {
        QFile file(u"/proc/sys/kernel/random/boot_id"_s);
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed())
                                              : QString();
    }();
    return id;
}

} // namespace

QString current()
{
    return QString::number(QCoreApplication::applicationPid()) + u'@' + bootId();
}

bool isAlive(const QString &writer)
{
    const qsizetype at = writer.indexOf(u'@');
    if (at <= 0 || bootId().isEmpty() || writer.mid(at + 1) != bootId())
        return false;
    bool ok = false;
    const qint64 pid = writer.left(at).toLongLong(&ok);
    return ok && pid > 0 && QFileInfo::exists(u"/proc/"_s + QString::number(pid));
}

} // namespace Wac::HistoryWriter

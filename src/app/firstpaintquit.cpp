// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "app/firstpaintquit.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <chrono>

using namespace Qt::StringLiterals;

namespace Wac {

bool FirstPaintQuit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        QTimer::singleShot(0, qApp, [] {
            QTextStream(stdout) << "painted-ns: "
                                << std::chrono::steady_clock::now().time_since_epoch().count()
                                << Qt::endl;
            QFile status(u"/proc/self/status"_s);
            status.open(QIODevice::ReadOnly);
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    QTextStream(stdout) << QString::fromLatin1(line.simplified()) << Qt::endl;
            }
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Wac

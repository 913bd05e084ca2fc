// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/windowactivation.h"

#include "widgets/mainwindow.h"
#include "widgets/messagefiles.h"

#include "services/singleinstance.h"

namespace Wac::WindowActivation {

void follow(SingleInstance *instance, MainWindow *window)
{
    QObject::connect(
        instance, &SingleInstance::activated, window, [window](const QStringList &files) {
            if (window->isMinimized())
                window->showNormal();
            window->show();
            window->raise();
            // The window manager may still refuse the focus (focus-stealing prevention): the raised
            // window then asks for attention instead.
            window->activateWindow();
            for (const QString &file : files) {
                QString error;
                if (!window->files()->openFile(file, &error))
                    window->showNotice(MainWindow::tr("Open"), error);
            }
        });
}

} // namespace Wac::WindowActivation

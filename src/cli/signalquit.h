// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Wac::Cli {

/**
 * Turns SIGINT and SIGTERM into a clean QCoreApplication::quit(): the handler only writes a
 * byte to a pipe (all a signal handler may safely do); the event loop reads it and quits, so
 * open transactions finish and files close as on any other exit.
 */
class SignalQuit : public QObject
{
    Q_OBJECT

public:
    explicit SignalQuit(QObject *parent = nullptr);
    ~SignalQuit() override;

    /// The signal that asked to stop (SIGINT or SIGTERM), 0 while none has.
    int received() const { return m_received; }

private:
    QSocketNotifier *m_notifier = nullptr;
    int m_received = 0;
};

} // namespace Wac::Cli

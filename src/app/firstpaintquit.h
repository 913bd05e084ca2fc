// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QObject>

namespace Wac {

/// For bench_history (--quit-after-first-paint, --quit-after-history-paint): once what it
/// watches has painted, prints when (on the monotonic clock the benchmark started the process
/// by) and the resident set, then quits.
class FirstPaintQuit : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once
// Shared by the in-process benchmarks: a call timed over batches, robust to a noisy machine.

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

namespace Bench {

/// Median over 7 batches (each about `batchNs` long) of the mean time per call, in nanoseconds.
template <typename F> double nanosPerCall(F &&work, qint64 batchNs)
{
    constexpr int batches = 7;
    QList<double> means;
    for (int b = 0; b < batches; ++b) {
        QElapsedTimer timer;
        timer.start();
        qint64 calls = 0;
        while (timer.nsecsElapsed() < batchNs) {
            work();
            ++calls;
        }
        means.append(double(timer.nsecsElapsed()) / double(calls));
    }
    std::sort(means.begin(), means.end());
    return means.at(batches / 2);
}

/// The median of `runs` timings of one call each, in milliseconds.
template <typename F> double medianMs(int runs, F &&work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

/// The `p` quantile (0–1) of `values`.
inline double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(values.size() * p)));
}

} // namespace Bench

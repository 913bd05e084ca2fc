// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;
class QTextStream;

namespace Wac::Sim {

struct SimConfig;

/// waconsole-sim's options that bound what it holds: the media kept in memory and how long a
/// connection may stay idle or take to send its request.
class SimOptions
{
public:
    SimOptions();

    QList<QCommandLineOption> all() const { return {m_mediaLimit, m_idle, m_request}; }

    /// Sets `config` from the parsed options; false after telling `err` which one is wrong.
    bool apply(const QCommandLineParser &parser, SimConfig &config, QTextStream &err) const;

private:
    int number(const QCommandLineParser &parser, const QCommandLineOption &option, int high,
        QTextStream &err) const;

    QCommandLineOption m_mediaLimit;
    QCommandLineOption m_idle;
    QCommandLineOption m_request;
};

} // namespace Wac::Sim

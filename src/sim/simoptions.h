// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;
class QTextStream;

namespace Wac::Sim {

struct SimConfig;

/// waconsole-sim's options that bound what it holds and how long things take: the media kept in
/// memory, how long a connection may stay idle or take to send its request, how long a template
/// review takes.
class SimOptions
{
public:
    SimOptions();

    QList<QCommandLineOption> all() const { return {m_mediaLimit, m_idle, m_request, m_review}; }

    /// Sets `config` from the parsed options; false after telling `err` which one is wrong.
    bool apply(const QCommandLineParser &parser, SimConfig &config, QTextStream &err) const;

private:
    int number(const QCommandLineParser &parser, const QCommandLineOption &option, int high,
        QTextStream &err) const;
    /// --template-review-seconds, which unlike the others may be 0; -1 when wrong.
    int reviewSeconds(const QCommandLineParser &parser, QTextStream &err) const;

    QCommandLineOption m_mediaLimit;
    QCommandLineOption m_idle;
    QCommandLineOption m_request;
    QCommandLineOption m_review;
};

} // namespace Wac::Sim

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simoptions.h"

#include "sim/simconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

// The translation context of the simulator's other command-line texts (main.cpp's Sim::tr).
struct SimText
{
    Q_DECLARE_TR_FUNCTIONS(waconsole_sim)
};

} // namespace

SimOptions::SimOptions()
    : m_mediaLimit(u"media-limit"_s,
        SimText::tr(
            "Uploaded and received files kept in memory, in MiB (default 256): the oldest go "
            "first. Graph keeps a file 30 days; so does the simulator, by its clock."),
        u"MiB"_s, u"256"_s)
    , m_idle(u"idle-timeout"_s,
          SimText::tr("Close a connection that sent nothing for this many seconds (default 30)."),
          u"S"_s, u"30"_s)
    , m_request(u"request-timeout"_s,
          SimText::tr("Answer 408 to a request that is not whole this many seconds after its first "
                      "byte (default 30)."),
          u"S"_s, u"30"_s)
{ }

int SimOptions::number(const QCommandLineParser &parser, const QCommandLineOption &option, int high,
    QTextStream &err) const
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (ok && value >= 1 && value <= high)
        return value;
    err << SimText::tr("waconsole-sim: --%1 takes a whole number from 1 to %2")
               .arg(option.names().first())
               .arg(high)
        << Qt::endl;
    return -1;
}

bool SimOptions::apply(const QCommandLineParser &parser, SimConfig &config, QTextStream &err) const
{
    constexpr int day = 24 * 3600;
    const int mib = number(parser, m_mediaLimit, 64 * 1024, err);
    const int idle = mib < 0 ? -1 : number(parser, m_idle, day, err);
    const int request = idle < 0 ? -1 : number(parser, m_request, day, err);
    if (request < 0)
        return false;
    config.mediaBudgetBytes = qint64(mib) * 1024 * 1024;
    config.idleTimeoutMs = idle * 1000;
    config.requestTimeoutMs = request * 1000;
    return true;
}

} // namespace Wac::Sim

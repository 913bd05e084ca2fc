// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simoptions.h"

#include "sim/simconfig.h"
#include "sim/templatereviewer.h"

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
    , m_review(u"template-review-seconds"_s,
          SimText::tr("Keep a created or edited template PENDING this many seconds of the "
                      "simulator's clock before approving it, or rejecting it when its name "
                      "contains \"reject\" (default 5; 0: at once)."),
          u"S"_s, u"5"_s)
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

int SimOptions::reviewSeconds(const QCommandLineParser &parser, QTextStream &err) const
{
    bool ok = false;
    const int value = parser.value(m_review).toInt(&ok);
    if (ok && value >= 0 && value <= TemplateReviewer::maxDelaySeconds)
        return value;
    err << SimText::tr("waconsole-sim: --template-review-seconds takes a whole number from 0 to %1")
               .arg(TemplateReviewer::maxDelaySeconds)
        << Qt::endl;
    return -1;
}

bool SimOptions::apply(const QCommandLineParser &parser, SimConfig &config, QTextStream &err) const
{
    constexpr int day = 24 * 3600;
    const int mib = number(parser, m_mediaLimit, 64 * 1024, err);
    const int idle = mib < 0 ? -1 : number(parser, m_idle, day, err);
    const int request = idle < 0 ? -1 : number(parser, m_request, day, err);
    const int review = request < 0 ? -1 : reviewSeconds(parser, err);
    if (review < 0)
        return false;
    config.templateReviewSeconds = review;
    config.mediaBudgetBytes = qint64(mib) * 1024 * 1024;
    config.idleTimeoutMs = idle * 1000;
    config.requestTimeoutMs = request * 1000;
    return true;
}

} // namespace Wac::Sim

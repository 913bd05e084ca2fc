// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Wac::Sim {

/**
 * Faults queued for the next requests: each applies to the next `count` requests whose path
 * contains `path` (any path when empty), then is used up. Set through `/_sim/faults` or the
 * command line (`--fault mode[:count[:path]]`).
 */
class FaultPlan
{
public:
    enum class Mode
    {
        Delay, ///< answer normally after `delayMs`
        Hang, ///< read the request, never answer, keep the connection open
        Close, ///< close the connection without answering
        ResetMidBody, ///< send headers and part of the body, then reset the connection
        ServerError, ///< 500 with an HTML body
        BadGateway, ///< 502 with an HTML body
        Unavailable, ///< 503 with an HTML body
        MalformedJson, ///< 200 whose JSON body is cut short
        Empty200, ///< 200 with an empty body
        RateLimited, ///< 429 with the Graph 130429 body
        NotFound, ///< 404 with a plain-text body, as an expired media download URL answers
    };

    struct Fault
    {
        Mode mode = Mode::ServerError;
        int count = 1;
        QString path;
        int delayMs = 0;
    };

    static std::optional<Mode> modeFromName(const QString &name);
    static QString modeName(Mode mode);
    /// Parses {"mode", "count", "path", "delay_ms"}; an error message when it cannot.
    static std::optional<Fault> fromJson(const QJsonObject &object, QString *error);
    /// Parses the command line form "mode[:count[:path]]".
    static std::optional<Fault> fromSpec(const QString &spec, QString *error);

    void add(const Fault &fault) { m_faults.append(fault); }

    void clear() { m_faults.clear(); }

    /// The fault for a request to `path`, consuming one of its uses.
    std::optional<Fault> take(const QString &path);
    QJsonArray toJson() const;

private:
    QList<Fault> m_faults;
};

} // namespace Wac::Sim

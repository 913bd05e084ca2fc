// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/faultplan.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

struct ModeName
{
    FaultPlan::Mode mode;
    const char16_t *name;
};

constexpr ModeName modeNames[] = {
    {FaultPlan::Mode::Delay, u"delay"},
    {FaultPlan::Mode::Hang, u"hang"},
    {FaultPlan::Mode::Close, u"close"},
    {FaultPlan::Mode::ResetMidBody, u"reset"},
    {FaultPlan::Mode::ServerError, u"http500"},
    {FaultPlan::Mode::BadGateway, u"http502"},
    {FaultPlan::Mode::Unavailable, u"http503"},
    {FaultPlan::Mode::MalformedJson, u"malformed"},
    {FaultPlan::Mode::Empty200, u"empty"},
    {FaultPlan::Mode::RateLimited, u"ratelimit"},
    {FaultPlan::Mode::NotFound, u"http404"},
};

QStringList allNames()
{
    QStringList names;
    for (const ModeName &entry : modeNames)
        names.append(QString::fromUtf16(entry.name));
    return names;
}

} // namespace

std::optional<FaultPlan::Mode> FaultPlan::modeFromName(const QString &name)
{
    for (const ModeName &entry : modeNames) {
        if (name == QStringView(entry.name))
            return entry.mode;
    }
    return std::nullopt;
}

QString FaultPlan::modeName(Mode mode)
{
    for (const ModeName &entry : modeNames) {
        if (entry.mode == mode)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<FaultPlan::Fault> FaultPlan::fromJson(const QJsonObject &object, QString *error)
{
    const auto mode = modeFromName(object.value(u"mode").toString());
    if (!mode) {
        *error = u"\"mode\" must be one of: "_s + allNames().join(u", "_s);
        return std::nullopt;
    }
    // A value of the wrong type is refused by name: read as its default, "delay_ms": "x" was
    // a one-second delay nobody asked for.
    for (const auto key : {u"count", u"delay_ms"}) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined()
            && (!value.isDouble() || value.toDouble() != std::floor(value.toDouble())
                || std::abs(value.toDouble()) > 86'400'000)) {
            *error = u"\"%1\" must be a whole number from -86400000 to 86400000"_s.arg(key);
            return std::nullopt;
        }
    }
    if (object.contains(u"path") && !object.value(u"path").isString()) {
        *error = u"\"path\" must be a string (a part of the path the fault applies to)"_s;
        return std::nullopt;
    }
    Fault fault;
    fault.mode = *mode;
    fault.count = object.value(u"count").toInt(1);
    fault.path = object.value(u"path").toString();
    fault.delayMs = object.value(u"delay_ms").toInt(*mode == Mode::Delay ? 1000 : 0);
    if (fault.count < 1 || fault.delayMs < 0) {
        *error = u"\"count\" must be at least 1 and \"delay_ms\" not negative"_s;
        return std::nullopt;
    }
    return fault;
}

std::optional<FaultPlan::Fault> FaultPlan::fromSpec(const QString &spec, QString *error)
{
    const QStringList parts = spec.split(u':');
    QJsonObject object {{u"mode"_s, parts.value(0)}};
    if (parts.size() > 1) {
        bool ok = false;
        object.insert(u"count"_s, parts.at(1).toInt(&ok));
        if (!ok) {
            *error = u"the count in \"%1\" is not a number"_s.arg(spec);
            return std::nullopt;
        }
    }
    if (parts.size() > 2)
        object.insert(u"path"_s, parts.mid(2).join(u':'));
    return fromJson(object, error);
}

std::optional<FaultPlan::Fault> FaultPlan::take(const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!fault.path.isEmpty() && !path.contains(fault.path))
            continue;
        const Fault taken = fault;
        if (--fault.count == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

QJsonArray FaultPlan::toJson() const
{
    QJsonArray list;
    for (const Fault &fault : m_faults) {
        list.append(QJsonObject {{u"mode"_s, modeName(fault.mode)}, {u"count"_s, fault.count},
            {u"path"_s, fault.path}, {u"delay_ms"_s, fault.delayMs}});
    }
    return list;
}

} // namespace Wac::Sim

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/validation/templaterules.h"

#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Wac::Rules {

namespace {

// A Unix time in milliseconds reaches 10^12 in September 2001; in seconds it does not until
// the year 33658. A value below it is therefore seconds, or a duration (Meta's own LTO example
// sends 1209600000, fourteen days).
constexpr double millisecondsFloor = 1e12;

QString utcDate(double milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(milliseconds), Qt::UTC).toString(Qt::ISODate);
}

/// The single parameter of a component whose parameter type repeats the component's type;
/// nullopt (reported) when it is missing, mistyped or of another type.
std::optional<QJsonObject> soleParameter(
    Checker &c, const QJsonObject &component, const QString &at, QStringView type)
{
    const auto list = c.array(component, at, u"parameters", Presence::Required);
    if (!list)
        return std::nullopt;
    const QString listAt = JsonPointer::child(at, u"parameters"_s);
    if (!c.count(listAt, list->size(), 1, 1))
        return std::nullopt;
    const QString parameterAt = JsonPointer::child(listAt, 0);
    const auto parameter = c.element(*list, listAt, 0);
    if (!parameter)
        return std::nullopt;
    const auto written = c.string(*parameter, parameterAt, u"type", Presence::Required);
    if (!written || !c.oneOf(parameterAt, u"type", *written, {type}))
        return std::nullopt;
    c.knownFields(*parameter, parameterAt, {u"type", type});
    return parameter;
}

void expiration(Checker &c, const QJsonObject &offer, const QString &at)
{
    const auto ms = c.number(offer, at, u"expiration_time_ms", Presence::Required);
    if (!ms)
        return;
    const QString msAt = JsonPointer::child(at, u"expiration_time_ms"_s);
    if (*ms <= 0 || std::floor(*ms) != *ms) {
        c.error(msAt, u"invalid"_s,
            Tr::tr("\"expiration_time_ms\" must be a positive whole number: the offer's end as "
                   "a Unix time in milliseconds."));
    } else if (*ms < millisecondsFloor) {
        c.warning(msAt, u"probablySeconds"_s,
            Tr::tr("\"expiration_time_ms\" is %1: as milliseconds (what Meta documents) that is "
                   "%2; it is probably seconds (pywa sends seconds), which would be %3.")
                .arg(qint64(*ms))
                .arg(utcDate(*ms), utcDate(*ms * 1000)));
    }
}

void tapTarget(Checker &c, const QJsonObject &target, const QString &at)
{
    if (const auto url = c.string(target, at, u"url", Presence::Required))
        c.httpUrl(JsonPointer::child(at, u"url"_s), *url);
    nonBlank(c, target, at, u"title", Presence::Required);
    c.knownFields(target, at, {u"url", u"title"});
}

} // namespace

void limitedTimeOffer(Checker &c, const QJsonObject &component, const QString &at)
{
    const auto parameter = soleParameter(c, component, at, u"limited_time_offer");
    if (!parameter)
        return;
    const QString parameterAt = at + u"/parameters/0"_s;
    if (const auto offer =
            c.object(*parameter, parameterAt, u"limited_time_offer", Presence::Required)) {
        const QString offerAt = parameterAt + u"/limited_time_offer"_s;
        expiration(c, *offer, offerAt);
        c.knownFields(*offer, offerAt, {u"expiration_time_ms"});
    }
}

// Meta's page sends an array of {url, title}; whatsapp-api-js sends one object. Both are
// kept as written; the object form is a warning.
void tapTargetConfiguration(Checker &c, const QJsonObject &component, const QString &at)
{
    const auto parameter = soleParameter(c, component, at, u"tap_target_configuration");
    if (!parameter)
        return;
    const QString valueAt = at + u"/parameters/0/tap_target_configuration"_s;
    const QJsonValue value = parameter->value(u"tap_target_configuration");
    if (value.isObject()) {
        c.warning(valueAt, u"objectForm"_s,
            Tr::tr("\"tap_target_configuration\" is one object (as whatsapp-api-js sends it); "
                   "Meta's page sends an array of {url, title}."));
        tapTarget(c, value.toObject(), valueAt);
        return;
    }
    const auto list = c.array(
        *parameter, at + u"/parameters/0"_s, u"tap_target_configuration", Presence::Required);
    if (!list)
        return;
    c.count(valueAt, list->size(), 1, list->size());
    for (qsizetype i = 0; i < list->size(); ++i) {
        if (const auto target = c.element(*list, valueAt, i))
            tapTarget(c, *target, JsonPointer::child(valueAt, i));
    }
}

} // namespace Wac::Rules

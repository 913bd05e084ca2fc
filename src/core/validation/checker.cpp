// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/validation/checker.h"

#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/textlength.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String:
        return Tr::tr("a string");
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::Bool:
        return Tr::tr("true or false");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Array:
        return Tr::tr("an array");
    case QJsonValue::Null:
        return Tr::tr("null");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("nothing");
}

QString quoted(const QString &pointer)
{
    return u'"' + JsonPointer::fieldName(pointer) + u'"';
}

} // namespace

void Checker::report(
    Severity severity, const QString &pointer, const QString &kind, const QString &message)
{
    const QString path = JsonPointer::codePath(pointer);
    m_out.append({severity, pointer, path.isEmpty() ? kind : path + u'.' + kind, message});
}

void Checker::error(const QString &pointer, const QString &kind, const QString &message)
{
    report(Severity::Error, pointer, kind, message);
}

void Checker::warning(const QString &pointer, const QString &kind, const QString &message)
{
    report(Severity::Warning, pointer, kind, message);
}

QJsonValue Checker::lookup(const QJsonObject &object, const QString &pointer, QStringView key,
    Presence presence, QJsonValue::Type type)
{
    // Pointers are built only for a finding: most fields are fine, and building a string for
    // each one would cost more than the check itself.
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (presence == Presence::Required) {
            const QString at = JsonPointer::child(pointer, key.toString());
            error(at, u"required"_s, Tr::tr("%1 is required.").arg(quoted(at)));
        }
        return value;
    }
    if (value.type() != type) {
        const QString at = JsonPointer::child(pointer, key.toString());
        error(at, u"wrongType"_s,
            Tr::tr("%1 must be %2, not %3.")
                .arg(quoted(at), typeName(type), typeName(value.type())));
        return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

std::optional<QString> Checker::string(
    const QJsonObject &object, const QString &pointer, QStringView key, Presence presence)
{
    const QJsonValue v = lookup(object, pointer, key, presence, QJsonValue::String);
    return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
}

std::optional<double> Checker::number(
    const QJsonObject &object, const QString &pointer, QStringView key, Presence presence)
{
    const QJsonValue v = lookup(object, pointer, key, presence, QJsonValue::Double);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<bool> Checker::boolean(
    const QJsonObject &object, const QString &pointer, QStringView key, Presence presence)
{
    const QJsonValue v = lookup(object, pointer, key, presence, QJsonValue::Bool);
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

std::optional<QJsonObject> Checker::object(
    const QJsonObject &object, const QString &pointer, QStringView key, Presence presence)
{
    const QJsonValue v = lookup(object, pointer, key, presence, QJsonValue::Object);
    return v.isObject() ? std::optional<QJsonObject>(v.toObject()) : std::nullopt;
}

std::optional<QJsonArray> Checker::array(
    const QJsonObject &object, const QString &pointer, QStringView key, Presence presence)
{
    const QJsonValue v = lookup(object, pointer, key, presence, QJsonValue::Array);
    return v.isArray() ? std::optional<QJsonArray>(v.toArray()) : std::nullopt;
}

std::optional<QJsonObject> Checker::element(
    const QJsonArray &array, const QString &arrayPointer, qsizetype index)
{
    const QJsonValue value = array.at(index);
    if (value.isObject())
        return value.toObject();
    const QString at = JsonPointer::child(arrayPointer, index);
    error(at, u"wrongType"_s,
        Tr::tr("Each entry of %1 must be %2, not %3.")
            .arg(quoted(arrayPointer), typeName(QJsonValue::Object), typeName(value.type())));
    return std::nullopt;
}

std::optional<QString> Checker::text(const QJsonObject &object, const QString &pointer,
    QStringView key, Presence presence, qsizetype limit, Severity overLimit)
{
    if (m_limits)
        m_limits->insert(JsonPointer::child(pointer, key.toString()), limit);
    const std::optional<QString> value = string(object, pointer, key, presence);
    if (!value)
        return value;
    const bool blank = value->isEmpty() || value->trimmed().isEmpty();
    if (!blank && value->size() <= limit)
        return value; // the common case: nothing to report, no pointer to build
    const QString at = JsonPointer::child(pointer, key.toString());
    if (blank)
        error(at, u"empty"_s, Tr::tr("%1 must not be empty.").arg(quoted(at)));
    else
        maxLength(at, *value, limit, overLimit);
    return value;
}

void Checker::maxLength(
    const QString &pointer, const QString &value, qsizetype limit, Severity severity)
{
    if (m_limits)
        m_limits->insert(pointer, limit);
    // Cheap upper bound first: a string never has more characters than UTF-16 units.
    if (value.size() <= limit)
        return;
    const qsizetype length = TextLength::graphemes(value);
    if (length > limit) {
        report(severity, pointer, u"tooLong"_s,
            Tr::tr("%1 is too long: %2 characters, the limit is %3.")
                .arg(quoted(pointer))
                .arg(length)
                .arg(limit));
    }
}

bool Checker::count(const QString &pointer, qsizetype actual, qsizetype min, qsizetype max)
{
    // English reads "items" throughout: minimums are at most 1 and a count over a maximum is
    // never 1, so the source needs no plural forms; translations give their own.
    if (actual < min) {
        error(pointer, u"tooFew"_s,
            Tr::tr("%1 has %n items; at least %2 required.", nullptr, int(actual))
                .arg(quoted(pointer))
                .arg(min));
        return false;
    }
    if (actual > max) {
        error(pointer, u"tooMany"_s,
            Tr::tr("%1 has %n items; at most %2 allowed.", nullptr, int(actual))
                .arg(quoted(pointer))
                .arg(max));
        return false;
    }
    return true;
}

bool Checker::oneOf(const QString &pointer, QStringView key, const QString &value,
    std::initializer_list<QStringView> allowed, Severity severity)
{
    if (std::find(allowed.begin(), allowed.end(), value) != allowed.end())
        return true;
    QStringList names;
    for (const QStringView name : allowed)
        names.append(name.toString());
    reportNotOneOf(pointer, key, value, names, severity);
    return false;
}

bool Checker::oneOf(const QString &pointer, QStringView key, const QString &value,
    const QStringList &allowed, Severity severity)
{
    if (allowed.contains(value))
        return true;
    reportNotOneOf(pointer, key, value, allowed, severity);
    return false;
}

void Checker::reportNotOneOf(const QString &pointer, QStringView key, const QString &value,
    const QStringList &allowed, Severity severity)
{
    const QString at = JsonPointer::child(pointer, key.toString());
    report(severity, at, u"invalid"_s,
        Tr::tr("%1 is \"%2\"; it must be one of: %3.")
            .arg(quoted(at), value, allowed.join(u", "_s)));
}

void Checker::httpUrl(const QString &pointer, const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty()) {
        error(pointer, u"invalidUrl"_s,
            Tr::tr("%1 must be an http:// or https:// URL with a host, not \"%2\".")
                .arg(quoted(pointer), value));
    }
}

void Checker::notAllowed(
    const QJsonObject &object, const QString &pointer, QStringView key, const QString &reason)
{
    if (!object.contains(key))
        return;
    const QString at = JsonPointer::child(pointer, key.toString());
    error(at, u"notAllowed"_s, Tr::tr("%1 is not allowed here: %2").arg(quoted(at), reason));
}

void Checker::unique(QSet<QString> &seen, const QString &pointer, const QString &value)
{
    if (seen.contains(value)) {
        error(pointer, u"duplicate"_s,
            Tr::tr("%1 \"%2\" is used more than once; each must be unique.")
                .arg(quoted(pointer), value));
        return;
    }
    seen.insert(value);
}

void Checker::knownFields(
    const QJsonObject &object, const QString &pointer, std::initializer_list<QStringView> known)
{
    knownFields(object, pointer, known.begin(), known.end());
}

void Checker::knownFields(
    const QJsonObject &object, const QString &pointer, const QList<QStringView> &known)
{
    knownFields(object, pointer, known.constData(), known.constData() + known.size());
}

void Checker::knownFields(const QJsonObject &object, const QString &pointer,
    const QStringView *begin, const QStringView *end)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (std::find(begin, end, key) != end)
            continue;
        const QString at = JsonPointer::child(pointer, key);
        warning(at, u"unknown"_s,
            Tr::tr("%1 is not a field waconsole knows here; it is kept and sent as is.")
                .arg(quoted(at)));
    }
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "core/validation/validator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace Wac {

enum class Presence
{
    Optional,
    Required
};

/**
 * The validator's toolkit: typed reads of a JSON object that report what is missing or of the
 * wrong type, and the common limit checks. Every finding gets a code built from the pointer
 * (array indexes dropped) and a kind, e.g. `/text/body` + `tooLong` → `text.body.tooLong`.
 */
class Checker
{
public:
    /// `limits`, when given, collects the length limit of every text field checked.
    explicit Checker(QList<Diagnostic> &out, FieldLimits *limits = nullptr)
        : m_out(out)
        , m_limits(limits)
    { }

    void report(
        Severity severity, const QString &pointer, const QString &kind, const QString &message);
    void error(const QString &pointer, const QString &kind, const QString &message);
    void warning(const QString &pointer, const QString &kind, const QString &message);

    // Typed reads. A missing key is reported only when required; a value of the wrong JSON type
    // is always reported. Both give std::nullopt, so callers check only what they can read.
    std::optional<QString> string(const QJsonObject &object, const QString &pointer,
        QStringView key, Presence presence = Presence::Optional);
    std::optional<double> number(const QJsonObject &object, const QString &pointer, QStringView key,
        Presence presence = Presence::Optional);
    std::optional<bool> boolean(const QJsonObject &object, const QString &pointer, QStringView key,
        Presence presence = Presence::Optional);
    std::optional<QJsonObject> object(const QJsonObject &object, const QString &pointer,
        QStringView key, Presence presence = Presence::Optional);
    std::optional<QJsonArray> array(const QJsonObject &object, const QString &pointer,
        QStringView key, Presence presence = Presence::Optional);

    /// Element `index` of `array` (at `arrayPointer`) as an object; reports it when it is not one.
    std::optional<QJsonObject> element(
        const QJsonArray &array, const QString &arrayPointer, qsizetype index);

    /// A string that, when present, must not be empty and must fit `limit` characters.
    std::optional<QString> text(const QJsonObject &object, const QString &pointer, QStringView key,
        Presence presence, qsizetype limit, Severity overLimit = Severity::Error);

    void maxLength(const QString &pointer, const QString &value, qsizetype limit,
        Severity severity = Severity::Error);
    /// Reports `tooFew` / `tooMany` at the array's pointer; true when within bounds.
    bool count(const QString &pointer, qsizetype actual, qsizetype min, qsizetype max);
    /// `object[key]` (its value already read) must be one of `allowed`; `pointer` is the
    /// object's, so that the value's pointer is built only for a finding.
    bool oneOf(const QString &pointer, QStringView key, const QString &value,
        std::initializer_list<QStringView> allowed, Severity severity = Severity::Error);
    bool oneOf(const QString &pointer, QStringView key, const QString &value,
        const QStringList &allowed, Severity severity = Severity::Error);
    void httpUrl(const QString &pointer, const QString &value);
    /// `key` must not be in `object`; `reason` completes "... is not allowed here: <reason>".
    void notAllowed(
        const QJsonObject &object, const QString &pointer, QStringView key, const QString &reason);
    /// Reports a duplicate when `value` was already seen in `seen`.
    void unique(QSet<QString> &seen, const QString &pointer, const QString &value);
    /// Warns about every key of `object` that is not in `known` (kept and re-emitted as is).
    void knownFields(const QJsonObject &object, const QString &pointer,
        std::initializer_list<QStringView> known);
    void knownFields(
        const QJsonObject &object, const QString &pointer, const QList<QStringView> &known);

private:
    void knownFields(const QJsonObject &object, const QString &pointer, const QStringView *begin,
        const QStringView *end);
    void reportNotOneOf(const QString &pointer, QStringView key, const QString &value,
        const QStringList &allowed, Severity severity);
    QJsonValue lookup(const QJsonObject &object, const QString &pointer, QStringView key,
        Presence presence, QJsonValue::Type type);

    QList<Diagnostic> &m_out;
    FieldLimits *m_limits;
};

} // namespace Wac

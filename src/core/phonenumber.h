// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

namespace Wac {

/**
 * A recipient phone number as typed in `to`, read the way the Cloud API reads it (reference §8):
 * `+`, hyphens, parentheses and spaces are accepted; without a leading `+` the business number's
 * country calling code is prepended, which may deliver to the wrong person.
 */
class PhoneNumber
{
public:
    enum class Problem
    {
        None,
        Empty,
        InvalidCharacter,
        MisplacedPlus,
        TooShort,
        TooLong
    };

    static constexpr int minDigits = 7;
    static constexpr int maxDigits = 15; // E.164

    static PhoneNumber parse(const QString &input);

    const QString &input() const { return m_input; }

    /// The digits of the input, separators removed.
    const QString &digits() const { return m_digits; }

    bool hasCountryCode() const { return m_hasPlus; }

    Problem problem() const { return m_problem; }

    bool isValid() const { return m_problem == Problem::None; }

    /// The offending character for Problem::InvalidCharacter.
    QChar invalidCharacter() const { return m_invalidCharacter; }

    /**
     * The number the message goes to, as "+<digits>". Without a `+` in the input the
     * business's country calling code (digits only) is prepended; when that is unknown the
     * result is the digits alone, prefixed with "+?" to show that the country is missing.
     */
    QString normalized(const QString &businessCountryCode = {}) const;

private:
    QString m_input;
    QString m_digits;
    bool m_hasPlus = false;
    Problem m_problem = Problem::Empty;
    QChar m_invalidCharacter;
};

} // namespace Wac

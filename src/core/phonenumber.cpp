// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/phonenumber.h"

using namespace Qt::StringLiterals;

namespace Wac {

PhoneNumber PhoneNumber::parse(const QString &input)
{
    PhoneNumber number;
    number.m_input = input;
    const QString trimmed = input.trimmed();
    number.m_hasPlus = trimmed.startsWith(u'+');
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c >= u'0' && c <= u'9') {
            number.m_digits.append(c);
        } else if (c == u'+') {
            if (i != 0 && number.m_problem == Problem::Empty) {
                number.m_problem = Problem::MisplacedPlus;
                number.m_invalidCharacter = c;
            }
        } else if (c != u' ' && c != u'-' && c != u'(' && c != u')') {
            if (number.m_problem == Problem::Empty) {
                number.m_problem = Problem::InvalidCharacter;
                number.m_invalidCharacter = c;
            }
        }
    }
    if (number.m_problem != Problem::Empty)
        return number;
    if (number.m_digits.isEmpty())
        number.m_problem = Problem::Empty;
    else if (number.m_digits.size() < minDigits)
        number.m_problem = Problem::TooShort;
    else if (number.m_digits.size() > maxDigits)
        number.m_problem = Problem::TooLong;
    else
        number.m_problem = Problem::None;
    return number;
}

QString PhoneNumber::normalized(const QString &businessCountryCode) const
{
    if (m_hasPlus)
        return u'+' + m_digits;
    QString code;
    for (const QChar c : businessCountryCode) {
        if (c.isDigit())
            code.append(c);
    }
    if (code.isEmpty())
        return u"+?"_s + m_digits;
    return u'+' + code + m_digits;
}

} // namespace Wac

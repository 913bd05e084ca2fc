// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/coretr.h"
#include "core/jsonpointer.h"
#include "core/validation/rules.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Wac::Rules {

namespace {

/// The first unit of `text` that is half of a character without its other half, or -1.
qsizetype firstLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i; // a whole pair
            continue;
        }
        if (unit.isSurrogate())
            return i;
    }
    return -1;
}

} // namespace

void loneSurrogates(Checker &c, const QJsonValue &value, const QString &pointer)
{
    if (value.isString()) {
        const QString text = value.toString();
        const qsizetype at = firstLoneSurrogate(text);
        if (at < 0)
            return;
        // JSON's grammar takes the escape ("\ud83d"), and the console keeps it as it was
        // given; but it is half of a character, which UTF-8 cannot carry: what Graph sends on
        // is a replacement mark, or a refusal.
        // Its place in code points: an emoji before it is one, not two UTF-16 units.
        const qsizetype place = QStringView(text).left(at).toUcs4().size() + 1;
        c.warning(pointer, u"loneSurrogate"_s,
            Tr::tr("The text holds half of a character (\\u%1 at character %L2, without its "
                   "other half): WhatsApp cannot show it, and shows \"\uFFFD\" or refuses the "
                   "message. Write the whole character, or both halves of its escape.")
                .arg(QString::number(text.at(at).unicode(), 16))
                .arg(place));
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            loneSurrogates(c, it.value(), JsonPointer::child(pointer, it.key()));
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            loneSurrogates(c, array.at(i), JsonPointer::child(pointer, i));
    }
}

} // namespace Wac::Rules

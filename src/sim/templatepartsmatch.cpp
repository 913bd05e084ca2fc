// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/templatepartsmatch.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

// Meta: a media-card carousel always sends the number of cards it was approved with; a
// product-card carousel, approved with 2, sends up to 10.
constexpr qsizetype maxProductCards = 10;

struct Part
{
    QJsonObject object;
    QString pointer;
};

std::optional<Part> partOf(const QJsonArray &components, QStringView type, const QString &base)
{
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QJsonObject c = components.at(i).toObject();
        if (c.value(u"type").toString().compare(type, Qt::CaseInsensitive) == 0)
            return Part {c, base + u'/' + QString::number(i)};
    }
    return std::nullopt;
}

TemplateMismatch mismatch(int code, const QString &pointer, const QString &details)
{
    // The simulator answers in Graph's English only; the console never shows this message.
    return {code, pointer, details, details};
}

QString cardHeaderFormat(const QJsonObject &card)
{
    const auto header = partOf(card.value(u"components").toArray(), u"header", {});
    return header ? header->object.value(u"format").toString().toUpper() : QString();
}

std::optional<TemplateMismatch> card(
    const QJsonObject &defined, const QJsonObject &sent, const QString &at, qsizetype number)
{
    const QString expected = cardHeaderFormat(defined);
    const QJsonArray components = sent.value(u"components").toArray();
    const auto header = partOf(components, u"header", at + u"/components"_s);
    const QString received = header
        ? header->object.value(u"parameters").toArray().first().toObject().value(u"type").toString()
        : QString();
    if (received.toUpper() != expected) {
        return mismatch(132012, header ? header->pointer : at,
            u"card %1 header: Format mismatch, expected %2, received %3"_s.arg(number).arg(
                expected, received.isEmpty() ? u"UNKNOWN"_s : received.toUpper()));
    }
    const auto buttons = partOf(defined.value(u"components").toArray(), u"buttons", {});
    const QJsonArray definedButtons =
        buttons ? buttons->object.value(u"buttons").toArray() : QJsonArray();
    for (qsizetype i = 0; i < definedButtons.size(); ++i) {
        const QJsonObject button = definedButtons.at(i).toObject();
        if (button.value(u"type").toString().toUpper() != u"URL"_s
            || !button.value(u"url").toString().contains(u"{{"_s))
            continue;
        // Only a button component names an index; a header's or body's absent one is no 0.
        const bool given = std::any_of(components.cbegin(), components.cend(), [&](const auto &v) {
            const QJsonObject component = v.toObject();
            if (component.value(u"type").toString().toLower() != u"button"_s)
                return false;
            const QJsonValue index = component.value(u"index");
            bool ok = index.isDouble();
            const int n = index.isString() ? index.toString().toInt(&ok) : index.toInt(-1);
            return ok && n == i;
        });
        if (!given) {
            return mismatch(132000, at + u"/components"_s,
                u"card %1 button %2: number of localizable_params (0) does not match the "
                "expected number of params (1)"_s.arg(number)
                    .arg(i));
        }
    }
    return std::nullopt;
}

std::optional<TemplateMismatch> carousel(const QJsonArray &defined, const QJsonArray &sent)
{
    const auto definition = partOf(defined, u"carousel", {});
    const auto send = partOf(sent, u"carousel", u"/template/components"_s);
    if (!definition && !send)
        return std::nullopt;
    if (!definition) {
        return mismatch(
            132012, send->pointer, u"carousel: the template has no carousel component"_s);
    }
    const QJsonArray cards = definition->object.value(u"cards").toArray();
    const QJsonArray given = send ? send->object.value(u"cards").toArray() : QJsonArray();
    const bool products = cardHeaderFormat(cards.first().toObject()) == u"PRODUCT"_s;
    const bool countOk = products ? !given.isEmpty() && given.size() <= maxProductCards
                                  : given.size() == cards.size();
    if (!countOk) {
        return mismatch(132000, send ? send->pointer + u"/cards"_s : u"/template/components"_s,
            u"carousel: number of cards (%1) does not match the expected number of cards (%2)"_s
                .arg(given.size())
                .arg(products ? u"1 to 10"_s : QString::number(cards.size())));
    }
    // A card is the approved card its card_index names (the validator has checked the
    // indexes); product cards all share the one approved product card's layout.
    for (qsizetype i = 0; i < given.size(); ++i) {
        const QJsonObject sentCard = given.at(i).toObject();
        const QJsonValue raw = sentCard.value(u"card_index");
        const qsizetype index = raw.isString() ? raw.toString().toInt() : raw.toInt();
        const QJsonObject definedCard = cards.at(products ? 0 : index).toObject();
        if (auto found = card(
                definedCard, sentCard, send->pointer + u"/cards/"_s + QString::number(i), index))
            return found;
    }
    return std::nullopt;
}

std::optional<TemplateMismatch> offer(const QJsonArray &defined, const QJsonArray &sent)
{
    const auto definition = partOf(defined, u"limited_time_offer", {});
    const auto send = partOf(sent, u"limited_time_offer", u"/template/components"_s);
    if (send && !definition) {
        return mismatch(
            132012, send->pointer, u"limited_time_offer: the template has no limited-time offer"_s);
    }
    const bool expires = definition
        && definition->object.value(u"limited_time_offer")
               .toObject()
               .value(u"has_expiration")
               .toBool();
    if (expires && !send) {
        return mismatch(132000, u"/template/components"_s,
            u"limited_time_offer: number of localizable_params (0) does not match the expected "
            "number of params (1)"_s);
    }
    return std::nullopt;
}

} // namespace

namespace TemplatePartsMatch {

std::optional<TemplateMismatch> mismatch(
    const QJsonObject &definition, const QJsonObject &templateObject)
{
    const QJsonArray defined = definition.value(u"components").toArray();
    const QJsonArray sent = templateObject.value(u"components").toArray();
    if (auto found = carousel(defined, sent))
        return found;
    return offer(defined, sent);
}

} // namespace TemplatePartsMatch

} // namespace Wac::Sim

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/diagnosticplace.h"

#include "core/coretr.h"
#include "core/jsonpointer.h"

#include <QJsonArray>

#include <optional>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

/// The reference tokens of a pointer, read as a path: is token `i` this key, that index?
class Path
{
public:
    explicit Path(const QString &pointer)
        : m_tokens(JsonPointer::split(pointer))
    { }

    bool is(qsizetype i, QStringView key) const
    {
        return i < m_tokens.size() && m_tokens[i] == key;
    }

    /// Token `i` as an array index, counted from 1; nothing when it is not an index.
    std::optional<int> number(qsizetype i) const
    {
        bool ok = false;
        const int index = i < m_tokens.size() ? m_tokens[i].toInt(&ok) : -1;
        return ok && index >= 0 ? std::optional(index + 1) : std::nullopt;
    }

private:
    QStringList m_tokens;
};

// Each place is one whole phrase with its numbers as arguments, so that a language can put
// them where its grammar wants them.
QString interactivePlace(const Path &path)
{
    if (path.is(1, u"header"))
        //: A place in a message, before a problem found there ("Header: ...").
        return Tr::tr("Header");
    if (path.is(1, u"body"))
        //: A place in a message, before a problem found there ("Body: ...").
        return Tr::tr("Body");
    if (path.is(1, u"footer"))
        //: A place in a message, before a problem found there ("Footer: ...").
        return Tr::tr("Footer");
    if (!path.is(1, u"action"))
        return {};
    if (const auto button = path.number(3); button && path.is(2, u"buttons"))
        //: A place in a message: the reply button with this number.
        return Tr::tr("Button %1").arg(*button);
    if (const auto card = path.number(3); card && path.is(2, u"cards"))
        //: A place in a message: the carousel card with this number.
        return Tr::tr("Card %1").arg(*card);
    if (const auto saved = path.number(4); saved && path.is(3, u"saved_addresses"))
        //: A place in an address message: the saved address with this number.
        return Tr::tr("Saved address %1").arg(*saved);
    const auto section = path.number(3);
    if (!section || !path.is(2, u"sections"))
        return {};
    if (const auto row = path.number(5); row && path.is(4, u"rows"))
        //: A place in a list message: row %2 of section %1.
        return Tr::tr("Section %1, row %2").arg(*section).arg(*row);
    if (const auto product = path.number(5); product && path.is(4, u"product_items"))
        //: A place in a product list: product %2 of section %1.
        return Tr::tr("Section %1, product %2").arg(*section).arg(*product);
    //: A place in a list message: the section with this number.
    return Tr::tr("Section %1").arg(*section);
}

QString contactPlace(const Path &path)
{
    const auto contact = path.number(1);
    if (!contact)
        return {};
    if (const auto entry = path.number(3)) {
        //: A place in a contacts message: phone %2 of contact %1.
        if (path.is(2, u"phones"))
            return Tr::tr("Contact %1, phone %2").arg(*contact).arg(*entry);
        //: A place in a contacts message: email address %2 of contact %1.
        if (path.is(2, u"emails"))
            return Tr::tr("Contact %1, email %2").arg(*contact).arg(*entry);
        //: A place in a contacts message: web address %2 of contact %1.
        if (path.is(2, u"urls"))
            return Tr::tr("Contact %1, website %2").arg(*contact).arg(*entry);
        //: A place in a contacts message: postal address %2 of contact %1.
        if (path.is(2, u"addresses"))
            return Tr::tr("Contact %1, address %2").arg(*contact).arg(*entry);
    }
    //: A place in a contacts message: the contact with this number.
    return Tr::tr("Contact %1").arg(*contact);
}

/// A template variable as the template writes it: `{{order_id}}` when the value is named,
/// else `{{n}}` by its position (numbered values fill {{1}}, {{2}}, ... in order).
QString variableName(const QJsonObject &parameter, int position)
{
    const QString name = parameter.value(u"parameter_name").toString();
    return u"{{%1}}"_s.arg(name.isEmpty() ? QString::number(position) : name);
}

QString variablePlace(const QJsonObject &component, const Path &path, bool header)
{
    const auto position = path.number(4);
    const QJsonObject parameter = position
        ? component.value(u"parameters").toArray().at(*position - 1).toObject()
        : QJsonObject();
    const QString type = parameter.value(u"type").toString();
    const bool variable = type == u"text"_s || type == u"currency"_s || type == u"date_time"_s;
    if (!position || !path.is(3, u"parameters") || (header && !variable))
        //: A place in a template message ("Header: ..." / "Body: ...").
        return header ? Tr::tr("Header") : Tr::tr("Body");
    const QString name = variableName(parameter, *position);
    //: A place in a template message: the header's variable, e.g. "Header variable {{1}}".
    return header ? Tr::tr("Header variable %1").arg(name)
                  //: A place in a template message: a body variable, e.g. "Body variable {{2}}".
                  : Tr::tr("Body variable %1").arg(name);
}

/// The template's button a button component fills, counted from 1 (its `index` is from 0).
std::optional<int> buttonNumber(const QJsonObject &component)
{
    const QJsonValue raw = component.value(u"index");
    bool ok = raw.isDouble();
    const int index = raw.isString() ? raw.toString().toInt(&ok) : raw.toInt(-1);
    return ok && index >= 0 ? std::optional(index + 1) : std::nullopt;
}

QString templatePlace(const QJsonObject &templateObject, const Path &path)
{
    const auto number = path.number(2);
    if (!number || !path.is(1, u"components"))
        return {};
    const QJsonObject component =
        templateObject.value(u"components").toArray().at(*number - 1).toObject();
    const QString type = component.value(u"type").toString();
    if (type == u"header"_s || type == u"body"_s)
        return variablePlace(component, path, type == u"header"_s);
    if (type == u"footer"_s)
        return Tr::tr("Footer");
    if (const auto button = buttonNumber(component); button && type == u"button"_s)
        //: A place in a template message: the template's button with this number.
        return Tr::tr("Button %1").arg(*button);
    if (const auto card = path.number(4); card && path.is(3, u"cards"))
        return Tr::tr("Card %1").arg(*card);
    //: A place in a template message: the component with this number, when its kind is unknown.
    return Tr::tr("Component %1").arg(*number);
}

} // namespace

QString placeOf(const QJsonObject &body, const QString &pointer)
{
    const Path path(pointer);
    if (path.is(0, u"interactive"))
        return interactivePlace(path);
    if (path.is(0, u"contacts"))
        return contactPlace(path);
    if (path.is(0, u"template"))
        return templatePlace(body.value(u"template").toObject(), path);
    return {};
}

} // namespace Wac

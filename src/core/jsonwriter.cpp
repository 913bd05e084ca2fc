// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsonwriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Wac::JsonWriter {

namespace {

/// `text`, free of lone surrogates, as the inside of a JSON string.
void appendEscaped(QByteArray &out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = uchar(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20)
                out += "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
}

bool isLoneSurrogate(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate())
        return i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate();
    return c.isLowSurrogate() && (i == 0 || !text.at(i - 1).isHighSurrogate());
}

} // namespace

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    // A lone surrogate ("\ud83c", which JSON allows) has no UTF-8: toUtf8() would make it U+FFFD
    // and change the payload silently, so it is written as its escape and reads back the same.
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isLoneSurrogate(text, i))
            continue;
        appendEscaped(out, QStringView(text).mid(run, i - run));
        out += "\\u" + QByteArray::number(text.at(i).unicode(), 16).rightJustified(4, '0');
        run = i + 1;
    }
    appendEscaped(out, QStringView(text).mid(run));
    out += '"';
}

/// Numbers exactly as Qt writes them (integers whole, doubles in their shortest form).
namespace {

/// Every key of a request the reference documents, in the order its examples print them.
/// Objects of different kinds share names (`name` of a template, a location, an action): one
/// list still reads well for all of them, because each kind uses only a few of these keys.
const QStringList &knownOrder()
{
    static const QStringList keys = {// the envelope
        u"messaging_product"_s, u"recipient_type"_s, u"to"_s, u"context"_s,
        u"biz_opaque_callback_data"_s, u"status"_s, u"message_id"_s, u"typing_indicator"_s,
        // what the object is; the object `type` names comes right after these
        u"type"_s, u"sub_type"_s, u"index"_s, u"parameter_name"_s,
        // interactive, text
        u"preview_url"_s, u"header"_s, u"body"_s, u"footer"_s, u"action"_s,
        // media
        u"id"_s, u"link"_s, u"caption"_s, u"filename"_s,
        // location, template, contacts, action names
        u"latitude"_s, u"longitude"_s, u"name"_s, u"address"_s, u"language"_s, u"code"_s,
        u"policy"_s, u"components"_s, u"formatted_name"_s, u"first_name"_s, u"middle_name"_s,
        u"last_name"_s, u"prefix"_s, u"suffix"_s, u"phones"_s, u"phone"_s, u"wa_id"_s, u"emails"_s,
        u"email"_s, u"urls"_s, u"url"_s, u"addresses"_s, u"street"_s, u"city"_s, u"state"_s,
        u"zip"_s, u"country"_s, u"country_code"_s, u"org"_s, u"company"_s, u"department"_s,
        u"birthday"_s,
        // values and parameters
        u"text"_s, u"emoji"_s, u"fallback_value"_s, u"amount_1000"_s, u"display_text"_s,
        u"parameters"_s, u"values"_s,
        // buttons, lists, products, flows
        u"button"_s, u"buttons"_s, u"catalog_id"_s, u"product_retailer_id"_s,
        u"thumbnail_product_retailer_id"_s, u"sections"_s, u"title"_s, u"rows"_s,
        u"product_items"_s, u"description"_s, u"flow_message_version"_s, u"flow_token"_s,
        u"flow_id"_s, u"flow_name"_s, u"flow_cta"_s, u"flow_action"_s, u"flow_action_payload"_s,
        u"screen"_s, u"data"_s, u"mode"_s};
    return keys;
}

const QHash<QString, int> &ranks()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        const QStringList &keys = knownOrder();
        for (int i = 0; i < keys.size(); ++i)
            t.insert(keys.at(i), 2 * i);
        return t;
    }();
    return table;
}

void writeValue(QByteArray &out, const QJsonValue &value, int depth, int indent);

void writeNumber(QByteArray &out, const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    out += wrapped.mid(1, wrapped.size() - 2);
}

void writeObject(QByteArray &out, const QJsonObject &object, int depth, int indent)
{
    if (object.isEmpty()) {
        out += "{}";
        return;
    }
    out += "{\n";
    const QStringList keys = orderedKeys(object);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        out.append((depth + 1) * indent, ' ');
        appendString(out, keys.at(i));
        out += ": ";
        writeValue(out, object.value(keys.at(i)), depth + 1, indent);
        out += i + 1 < keys.size() ? ",\n" : "\n";
    }
    out.append(depth * indent, ' ');
    out += '}';
}

void writeArray(QByteArray &out, const QJsonArray &array, int depth, int indent)
{
    if (array.isEmpty()) {
        out += "[]";
        return;
    }
    out += "[\n";
    for (qsizetype i = 0; i < array.size(); ++i) {
        out.append((depth + 1) * indent, ' ');
        writeValue(out, array.at(i), depth + 1, indent);
        out += i + 1 < array.size() ? ",\n" : "\n";
    }
    out.append(depth * indent, ' ');
    out += ']';
}

void writeValue(QByteArray &out, const QJsonValue &value, int depth, int indent)
{
    switch (value.type()) {
    case QJsonValue::Object:
        writeObject(out, value.toObject(), depth, indent);
        break;
    case QJsonValue::Array:
        writeArray(out, value.toArray(), depth, indent);
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Double:
        writeNumber(out, value);
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    }
}

} // namespace

QStringList orderedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys(); // alphabetical: the order unknown keys keep
    const QString typed = object.value(u"type").toString();
    const int typedRank = 2 * int(knownOrder().indexOf(u"parameter_name"_s)) + 1;
    const auto rank = [&](const QString &key) {
        if (key == typed && key != u"type")
            return typedRank;
        return ranks().value(key, std::numeric_limits<int>::max());
    };
    std::stable_sort(keys.begin(), keys.end(),
        [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
    return keys;
}

QByteArray indented(const QJsonObject &object, int indent)
{
    QByteArray out;
    writeObject(out, object, 0, indent);
    out += '\n';
    return out;
}

} // namespace Wac::JsonWriter

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/jsonpointer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Wac::JsonPointer {

namespace {

QString unescape(QString token)
{
    // Order matters (RFC 6901 §4): "~01" must become "~1", not "/".
    token.replace(u"~1"_s, u"/"_s);
    token.replace(u"~0"_s, u"~"_s);
    return token;
}

bool isIndex(const QString &token)
{
    if (token.isEmpty())
        return false;
    for (const QChar c : token) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

// Descends one token at a time, copying on the way down and writing back on the way up: Qt's
// JSON containers are values, so a nested change must be re-inserted at every level. Missing
// object members are created; an array index must exist.
bool assignAt(
    QJsonValue &target, const QStringList &tokens, qsizetype depth, const QJsonValue &value)
{
    if (depth == tokens.size()) {
        target = value;
        return true;
    }
    const QString &token = tokens.at(depth);
    if (target.isUndefined())
        target = QJsonObject();
    if (target.isObject()) {
        QJsonObject object = target.toObject();
        QJsonValue inner = object.value(token);
        if (!assignAt(inner, tokens, depth + 1, value))
            return false;
        object.insert(token, inner);
        target = object;
        return true;
    }
    if (!target.isArray() || !isIndex(token))
        return false;
    QJsonArray array = target.toArray();
    const qsizetype index = token.toLongLong();
    if (index >= array.size())
        return false;
    QJsonValue inner = array.at(index);
    if (!assignAt(inner, tokens, depth + 1, value))
        return false;
    array.replace(index, inner);
    target = array;
    return true;
}

} // namespace

QStringList split(const QString &pointer)
{
    if (pointer.isEmpty())
        return {};
    QStringList out = pointer.mid(1).split(u'/');
    for (QString &token : out)
        token = unescape(token);
    return out;
}

QString child(const QString &base, const QString &key)
{
    if (!key.contains(u'~') && !key.contains(u'/'))
        return base + u'/' + key; // nearly every key: nothing to escape
    QString escaped = key;
    escaped.replace(u"~"_s, u"~0"_s);
    escaped.replace(u"/"_s, u"~1"_s);
    return base + u'/' + escaped;
}

QString child(const QString &base, qsizetype index)
{
    return base + u'/' + QString::number(index);
}

QJsonValue resolve(const QJsonValue &root, const QString &pointer)
{
    if (pointer.isEmpty())
        return root;
    if (!pointer.startsWith(u'/'))
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current = root;
    const QStringList tokens = pointer.mid(1).split(u'/');
    for (const QString &raw : tokens) {
        const QString token = unescape(raw);
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(token))
                return QJsonValue(QJsonValue::Undefined);
            current = object.value(token);
        } else if (current.isArray() && isIndex(token)) {
            const QJsonArray array = current.toArray();
            const qsizetype index = token.toLongLong();
            if (index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            current = array.at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

bool assign(QJsonValue &root, const QString &pointer, const QJsonValue &value)
{
    if (!pointer.isEmpty() && !pointer.startsWith(u'/'))
        return false;
    QJsonValue copy = root;
    if (!assignAt(copy, split(pointer), 0, value))
        return false;
    root = copy;
    return true;
}

QString codePath(const QString &pointer)
{
    QStringList parts;
    const QStringList tokens = pointer.split(u'/', Qt::SkipEmptyParts);
    for (const QString &raw : tokens) {
        if (!isIndex(raw))
            parts.append(unescape(raw));
    }
    return parts.join(u'.');
}

QString fieldName(const QString &pointer)
{
    const QStringList tokens = pointer.split(u'/', Qt::SkipEmptyParts);
    for (auto it = tokens.crbegin(); it != tokens.crend(); ++it) {
        if (!isIndex(*it))
            return unescape(*it);
    }
    return u"message"_s;
}

} // namespace Wac::JsonPointer

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "payloadcorpus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Wac::Test {

namespace {

QJsonDocument readDocument(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    return document;
}

QJsonValue substitute(const QJsonValue &value, int index)
{
    if (value.isString())
        return value.toString().replace(u"{i}"_s, QString::number(index));
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = substitute(*it, index);
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = substitute(it.value(), index);
        return object;
    }
    return value;
}

// Generators keep long values readable in cases.json: {"$repeat": ["x", 4097]} is 4097 x's,
// {"$array": [template, n]} is n copies of template with "{i}" replaced by the index.
QJsonValue expand(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = expand(*it);
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    if (object.contains(u"$repeat")) {
        const QJsonArray args = object.value(u"$repeat").toArray();
        return args.at(0).toString().repeated(args.at(1).toInt());
    }
    if (object.contains(u"$array")) {
        const QJsonArray args = object.value(u"$array").toArray();
        QJsonArray items;
        for (int i = 0; i < args.at(1).toInt(); ++i)
            items.append(expand(substitute(args.at(0), i)));
        return items;
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        it.value() = expand(it.value());
    return object;
}

QJsonValue apply(const QJsonValue &node, QStringList tokens, const std::optional<QJsonValue> &value)
{
    if (tokens.isEmpty())
        return value.value_or(QJsonValue());
    const QString token = tokens.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = token.toInt();
        if (tokens.isEmpty() && !value)
            array.removeAt(index);
        else if (index == array.size())
            array.append(apply(QJsonValue(), tokens, value));
        else
            array[index] = apply(array.at(index), tokens, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (tokens.isEmpty() && !value)
        object.remove(token);
    else
        object.insert(token, apply(object.value(token), tokens, value));
    return object;
}

QJsonValue applyAt(
    const QJsonValue &root, const QString &pointer, const std::optional<QJsonValue> &value)
{
    return apply(root, pointer.isEmpty() ? QStringList() : pointer.mid(1).split(u'/'), value);
}

QList<Finding> findings(const QJsonArray &array)
{
    QList<Finding> list;
    for (const QJsonValue &entry : array)
        list.append({entry.toArray().at(0).toString(), entry.toArray().at(1).toString()});
    return list;
}

} // namespace

QString payloadDir()
{
    return QStringLiteral(WACONSOLE_TEST_DATA_DIR "/payloads");
}

QStringList validPayloadNames()
{
    QStringList names = QDir(payloadDir() + u"/valid"_s).entryList({u"*.json"_s}, QDir::Files);
    for (QString &name : names)
        name.chop(5);
    return names;
}

QJsonObject loadValidPayload(const QString &name)
{
    return readDocument(payloadDir() + u"/valid/"_s + name + u".json"_s).object();
}

QList<PayloadCase> loadCases()
{
    QList<PayloadCase> cases;
    // cases.json and one cases-<topic>.json per family of types, so that each family's rules
    // keep their cases together.
    QJsonArray entries;
    const QStringList files =
        QDir(payloadDir()).entryList({u"cases*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QJsonArray part = readDocument(payloadDir() + u'/' + file).array();
        for (const QJsonValue &entry : part)
            entries.append(entry);
    }
    for (const QJsonValue &entryValue : std::as_const(entries)) {
        const QJsonObject entry = entryValue.toObject();
        PayloadCase c;
        c.name = entry.value(u"name").toString();
        c.base = entry.value(u"base").toString();
        c.payload = loadValidPayload(c.base);
        const QJsonArray removals = entry.value(u"remove").toArray();
        for (const QJsonValue &pointer : removals)
            c.payload = applyAt(c.payload, pointer.toString(), std::nullopt);
        const QJsonObject sets = entry.value(u"set").toObject();
        for (auto it = sets.constBegin(); it != sets.constEnd(); ++it)
            c.payload = applyAt(c.payload, it.key(), expand(it.value()));
        c.errors = findings(entry.value(u"errors").toArray());
        if (entry.contains(u"warnings"))
            c.warnings = findings(entry.value(u"warnings").toArray());
        cases.append(c);
    }
    return cases;
}

} // namespace Wac::Test

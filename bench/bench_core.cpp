// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
//
// validate + serialise the largest valid fixture of every message type, in µs per payload,
// against a baseline run in the same process on the same payload: Qt's own JSON writer alone
// (QJsonDocument::toJson), the least any serialising console has to pay. Fixtures named
// stress-* go beyond any real message (20 full contacts, 4096 ZWJ emoji) and get rows of their
// own, so that they do not hide the figures of the limit-filled maxima. Each template kind
// (ref-template-<kind>: carousel, limited-time offer, order details, ...) gets its own row too,
// since their rules differ more than the message types do. The target (under 50 µs) is for a
// realistic payload: each type's Example (resources/examples/<id>.json), timed in a second table.
#include "core/outgoingmessage.h"
#include "core/validation/validator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <utility>

#include "benchtiming.h"

using namespace Qt::StringLiterals;

namespace {

struct Candidate
{
    QString file;
    QJsonObject body;
    qsizetype bytes = 0;
};

template <typename F> double microsPerCall(F &&work)
{
    return Bench::nanosPerCall(std::forward<F>(work), 40'000'000) / 1e3;
}

std::optional<QJsonObject> readObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QJsonDocument::fromJson(file.readAll()).object();
}

QMap<QString, Candidate> largestFixtures(const QDir &dir)
{
    QMap<QString, Candidate> largest; // by message type id
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files)) {
        const auto body = readObject(dir.filePath(name));
        const qsizetype bytes = QFileInfo(dir.filePath(name)).size();
        const auto type = Wac::OutgoingMessage::fromJson(body.value_or(QJsonObject())).type();
        const QString key = name.startsWith(u"stress-"_s) ? u"stress: "_s + name.chopped(5)
            : name.startsWith(u"ref-template-"_s) ? u"template: "_s + name.chopped(5).mid(13)
                                                  : Wac::messageTypeId(type);
        Candidate &best = largest[key];
        if (body && bytes > best.bytes)
            best = {name, *body, bytes};
    }
    return largest;
}

QMap<QString, Candidate> examples(const QDir &dir)
{
    QMap<QString, Candidate> all;
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files)) {
        if (const auto body = readObject(dir.filePath(name)))
            all.insert(name.chopped(5), {name, *body, QFileInfo(dir.filePath(name)).size()});
    }
    return all;
}

/// Prints one row per candidate; gives the slowest row that is not a stress fixture.
std::pair<QString, double> printTable(
    QTextStream &out, const QString &title, const QMap<QString, Candidate> &rows)
{
    out << title << u"\n"_s;
    out << QString(u"%1 %2 %3 %4 %5 %6\n"_s)
               .arg(u"type"_s, -36)
               .arg(u"fixture"_s, -30)
               .arg(u"bytes"_s, 7)
               .arg(u"µs/payload"_s, 11)
               .arg(u"toJson µs"_s, 10)
               .arg(u"ratio"_s, 6);
    std::pair<QString, double> worst;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const QJsonObject body = it->body;
        qsizetype sink = 0;
        const double ours = microsPerCall([&] {
            const auto message = Wac::OutgoingMessage::fromJson(body);
            sink += Wac::validate(message.toJson()).size();
            sink += QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact).size();
        });
        const double baseline = microsPerCall(
            [&] { sink += QJsonDocument(body).toJson(QJsonDocument::Compact).size(); });
        if (!it.key().startsWith(u"stress"_s) && ours > worst.second)
            worst = {it.key(), ours};
        out << QString(u"%1 %2 %3 %4 %5 %6\n"_s)
                   .arg(it.key(), -36)
                   .arg(it->file, -30)
                   .arg(it->bytes, 7)
                   .arg(ours, 11, 'f', 1)
                   .arg(baseline, 10, 'f', 1)
                   .arg(ours / baseline, 6, 'f', 2);
        out.flush();
        if (sink == 0)
            std::exit(1); // keeps the work observable to the optimiser
    }
    return worst;
}

} // namespace

int main()
{
    QTextStream out(stdout);
    const auto [maxType, maxMicros] = printTable(out,
        u"validate + serialise, largest valid fixture per type (median of 7 batches)"_s,
        largestFixtures(QDir(QStringLiteral(WACONSOLE_PAYLOAD_DIR))));
    out << QString(u"slowest limit-filled type: %1, %2 µs per payload\n\n"_s)
               .arg(maxType)
               .arg(maxMicros, 0, 'f', 1);
    const auto [type, micros] = printTable(out,
        u"validate + serialise, each type's Example, a realistic payload (median of 7 batches)"_s,
        examples(QDir(QStringLiteral(WACONSOLE_EXAMPLES_DIR))));
    out << QString(u"slowest Example: %1, %2 µs per payload (target: under 50 µs)\n"_s)
               .arg(type)
               .arg(micros, 0, 'f', 1);
    return 0;
}

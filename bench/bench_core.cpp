// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
//
// validate + serialise the largest valid fixture of every message type, in µs per payload,
// against a baseline run in the same process on the same payload: Qt's own JSON writer alone
// (QJsonDocument::toJson), the least any serialising console has to pay. Fixtures named
// stress-* go beyond any real message (20 full contacts, 4096 ZWJ emoji) and get rows of their
// own, so that they do not hide the figures of the limit-filled maxima. Each template kind
// (ref-template-<kind>: carousel, limited-time offer, order details, ...) gets its own row too,
// since their rules differ more than the message types do.
#include "core/outgoingmessage.h"
#include "core/validation/validator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

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

} // namespace

int main()
{
    QMap<QString, Candidate> largest; // by message type id
    const QDir dir(QStringLiteral(WACONSOLE_PAYLOAD_DIR));
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = file.readAll();
        const QJsonObject body = QJsonDocument::fromJson(bytes).object();
        const auto type = Wac::OutgoingMessage::fromJson(body).type();
        const QString key = name.startsWith(u"stress-"_s) ? u"stress: "_s + name.chopped(5)
            : name.startsWith(u"ref-template-"_s) ? u"template: "_s + name.chopped(5).mid(13)
                                                  : Wac::messageTypeId(type);
        Candidate &best = largest[key];
        if (bytes.size() > best.bytes)
            best = {name, body, bytes.size()};
    }

    QTextStream out(stdout);
    out << u"validate + serialise, largest valid fixture per type (median of 7 batches)\n"_s;
    out << QString(u"%1 %2 %3 %4 %5 %6\n"_s)
               .arg(u"type"_s, -36)
               .arg(u"fixture"_s, -30)
               .arg(u"bytes"_s, 7)
               .arg(u"µs/payload"_s, 11)
               .arg(u"toJson µs"_s, 10)
               .arg(u"ratio"_s, 6);
    double worst = 0;
    QString worstType;
    for (auto it = largest.cbegin(); it != largest.cend(); ++it) {
        const QJsonObject body = it->body;
        qsizetype sink = 0;
        const double ours = microsPerCall([&] {
            const auto message = Wac::OutgoingMessage::fromJson(body);
            sink += Wac::validate(message.toJson()).size();
            sink += QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact).size();
        });
        const double baseline = microsPerCall(
            [&] { sink += QJsonDocument(body).toJson(QJsonDocument::Compact).size(); });
        if (!it.key().startsWith(u"stress"_s) && ours > worst) {
            worst = ours;
            worstType = it.key();
        }
        out << QString(u"%1 %2 %3 %4 %5 %6\n"_s)
                   .arg(it.key(), -36)
                   .arg(it->file, -30)
                   .arg(it->bytes, 7)
                   .arg(ours, 11, 'f', 1)
                   .arg(baseline, 10, 'f', 1)
                   .arg(ours / baseline, 6, 'f', 2);
        if (sink == 0)
            return 1; // keeps the work observable to the optimiser
    }
    out << QString(u"slowest real type: %1, %2 µs per payload (target: under 50 µs)\n"_s)
               .arg(worstType)
               .arg(worst, 0, 'f', 1);
    return 0;
}

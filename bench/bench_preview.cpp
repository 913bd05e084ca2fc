// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
//
// The phone preview of the largest valid fixture of every type, laid out and painted into an
// image, in ms per render at scale 1 and 2 (median of 7 batches), and how much of it at scale 1
// is layout (building the scene without painting); lists and product lists also with their
// sheet open. Baseline, in the same process: an image of the same size filled and the
// payload's JSON drawn with QPainter::drawText (word-wrapped), the least any renderer of that
// much text pays. Run offscreen: QT_QPA_PLATFORM=offscreen build/bench/bench_preview [TYPE...]
// (type ids such as "template" limit the run to those types, e.g. under a profiler).
#include "preview/previewrenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QMap>
#include <QPainter>
#include <QTextStream>

#include <algorithm>

#include "benchtiming.h"

using namespace Qt::StringLiterals;

namespace {

template <typename F> double millisPerCall(F &&work)
{
    return Bench::nanosPerCall(std::forward<F>(work), 60'000'000) / 1e6;
}

QImage baseline(const QString &text, QSize size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(QColor(0xef, 0xea, 0xe2));
    QPainter painter(&image);
    painter.drawText(
        QRectF(QPointF(10, 10), QSizeF(size) - QSizeF(20, 20)), Qt::TextWordWrap, text);
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QMap<QString, QPair<QString, QJsonObject>> largest; // type id → (file, body)
    QMap<QString, qsizetype> sizes;
    const QDir dir(QStringLiteral(WACONSOLE_PAYLOAD_DIR));
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files)) {
        if (name.startsWith(u"stress-"_s))
            continue; // beyond any real message: bench_core covers them
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = file.readAll();
        const QJsonObject body = QJsonDocument::fromJson(bytes).object();
        const QString type = Wac::messageTypeId(Wac::OutgoingMessage::fromJson(body).type());
        if (bytes.size() > sizes.value(type)) {
            sizes[type] = bytes.size();
            largest[type] = {name, body};
        }
    }
    const QStringList only = app.arguments().mid(1);
    QTextStream out(stdout);
    out << u"preview render (layout + paint into an image), largest valid fixture per type\n"_s;
    out << QString(u"%1 %2 %3 %4 %5 %6 %7\n"_s)
               .arg(u"type"_s, -38)
               .arg(u"fixture"_s, -28)
               .arg(u"×1 ms"_s, 7)
               .arg(u"layout"_s, 7)
               .arg(u"×2 ms"_s, 7)
               .arg(u"base ×1"_s, 8)
               .arg(u"ratio ×1"_s, 9);
    double worst = 0;
    QString worstType;
    for (auto it = largest.cbegin(); it != largest.cend(); ++it) {
        if (!only.isEmpty() && !only.contains(it.key()))
            continue;
        const Wac::OutgoingMessage message = Wac::OutgoingMessage::fromJson(it->second);
        const QString text = QString::fromUtf8(QJsonDocument(it->second).toJson());
        for (const bool open : {false, true}) {
            if (open && !Wac::hasSheet(message.type()))
                continue;
            Wac::PreviewOptions options;
            options.time = u"09:41"_s;
            options.sheetOpen = open;
            qsizetype sink = 0;
            const double one = millisPerCall(
                [&] { sink += Wac::renderPreviewImage(message, options).sizeInBytes(); });
            const double layout =
                millisPerCall([&] { sink += Wac::renderPreview(message, options).items.size(); });
            options.scale = 2;
            const double two = millisPerCall(
                [&] { sink += Wac::renderPreviewImage(message, options).sizeInBytes(); });
            const QSize size = Wac::renderPreview(message, options).size.toSize();
            const double base =
                millisPerCall([&] { sink += baseline(text, size, 1).sizeInBytes(); });
            const QString label = it.key() + (open ? u" (sheet open)"_s : QString());
            if (one > worst) {
                worst = one;
                worstType = label;
            }
            out << QString(u"%1 %2 %3 %4 %5 %6 %7\n"_s)
                       .arg(label, -38)
                       .arg(it->first, -28)
                       .arg(one, 7, 'f', 2)
                       .arg(layout, 7, 'f', 2)
                       .arg(two, 7, 'f', 2)
                       .arg(base, 8, 'f', 2)
                       .arg(one / base, 9, 'f', 2);
            if (sink == 0)
                return 1;
        }
    }
    out << QString(u"slowest at scale 1: %1, %2 ms (target: under 4 ms)\n"_s)
               .arg(worstType)
               .arg(worst, 0, 'f', 2);
    return 0;
}

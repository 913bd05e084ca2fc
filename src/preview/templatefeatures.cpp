// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/templatefeatures.h"

#include "preview/previewtr.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Wac::TemplateFeatures {

namespace {

// 2001-09-09 in milliseconds: a time before it is seconds or a duration, not a date.
constexpr qint64 firstPlausibleMs = 1000000000000;

// A box of `lines` (text, style, role) beside a round icon; returns its height.
qreal iconBox(PreviewScene &scene, const PreviewContext &ctx, QPointF at, qreal w, PreviewIcon kind,
    const QList<std::tuple<QString, TextStyle, QString>> &lines)
{
    QList<LaidText> laid;
    qreal textHeight = 0;
    for (const auto &[text, style, role] : lines) {
        laid.append(layoutText(text, style, w - 58, role));
        textHeight += laid.last().height + 2;
    }
    const qreal h = std::max<qreal>(52, textHeight + 16);
    scene.add(SceneItem::filled(QRectF(at, QSizeF(w, h)), ctx.palette.card, 6));
    const QRectF disc(at.x() + 8, at.y() + h / 2 - 17, 34, 34);
    scene.add(SceneItem::filled(disc, ctx.palette.media, 17));
    scene.add(SceneItem::iconAt(kind, disc.adjusted(8, 8, -8, -8), ctx.palette.button));
    qreal y = at.y() + (h - textHeight) / 2;
    for (const LaidText &text : laid) {
        placeText(scene, text, QPointF(at.x() + 50, y));
        y += text.height + 2;
    }
    return h;
}

} // namespace

QString expiryLine(std::optional<qint64> expiresMs)
{
    if (!expiresMs)
        return PreviewTr::tr("Ends: no expiration_time_ms yet");
    if (*expiresMs < firstPlausibleMs)
        return PreviewTr::tr("Ends: %1 ms is not a date (seconds, or a duration?)").arg(*expiresMs);
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(*expiresMs, QTimeZone::utc());
    //: The end of a limited-time offer, in UTC so that every preview shows the same.
    return PreviewTr::tr("Ends %1 UTC").arg(QLocale::c().toString(when, u"d MMM yyyy, HH:mm"_s));
}

void addOffer(Bubble &bubble, const PreviewContext &ctx, const QString &title,
    std::optional<qint64> expiresMs, const QString &code)
{
    TextStyle bold = ctx.boldStyle();
    bold.formatted = false;
    bold.maxLines = 2;
    const TextStyle small = ctx.smallStyle(); // wraps: a wrong number's note is long
    QList<std::tuple<QString, TextStyle, QString>> lines {
        {title, bold, u"offer.title"_s}, {expiryLine(expiresMs), small, u"offer.expiry"_s}};
    if (!code.isEmpty()) {
        TextStyle codeStyle = ctx.smallStyle(true);
        codeStyle.font = ctx.bold;
        codeStyle.font.setPixelSize(13);
        lines.append({PreviewTr::tr("Code %1").arg(code), codeStyle, u"offer.code"_s});
    }
    bubble.addPart(ctx.bubbleWidth() - 16, [ctx, lines](PreviewScene &scene, QPointF at, qreal w) {
        return iconBox(scene, ctx, at, w, PreviewIcon::Clock, lines);
    });
}

void addThumbnail(
    Bubble &bubble, const PreviewContext &ctx, const QString &retailerId, const QString &note)
{
    const qreal height = 120;
    bubble.addBlock(
        height, [ctx, retailerId, note, height](PreviewScene &scene, QPointF at, qreal w) {
            const QRectF box(at.x() - 4, at.y() - 2, w + 8, height);
            scene.add(SceneItem::filled(box, ctx.palette.media, 6));
            scene.add(SceneItem::iconAt(PreviewIcon::Catalog,
                QRectF(box.center().x() - 22, box.top() + 22, 44, 44), ctx.palette.mediaIcon));
            TextStyle id = ctx.smallStyle(true);
            id.font = ctx.bold;
            id.color = ctx.palette.mediaIcon;
            const QString shown = retailerId.isEmpty() ? note : retailerId;
            const LaidText text = layoutText(shown, id, w - 16, u"thumbnail"_s);
            placeText(scene, text, QPointF(box.center().x() - text.width / 2, box.top() + 74));
        });
    if (!retailerId.isEmpty())
        bubble.addText(note, ctx.smallStyle(), u"thumbnail.note"_s);
}

void addCallPermission(Bubble &bubble, const PreviewContext &ctx)
{
    TextStyle bold = ctx.boldStyle();
    bold.formatted = false;
    const TextStyle small = ctx.smallStyle();
    const QList<std::tuple<QString, TextStyle, QString>> lines {
        {PreviewTr::tr("Allow voice calls?"), bold, u"callpermission"_s},
        {PreviewTr::tr("The customer chooses whether you may call them on WhatsApp."), small,
            u"callpermission.note"_s}};
    bubble.addPart(ctx.bubbleWidth() - 16, [ctx, lines](PreviewScene &scene, QPointF at, qreal w) {
        return iconBox(scene, ctx, at, w, PreviewIcon::Phone, lines);
    });
}

void addTapTarget(Bubble &bubble, const PreviewContext &ctx, const QList<TemplateParameter> &params)
{
    if (params.isEmpty())
        return;
    const TemplateParameter &p = params.first();
    const QJsonObject target = p.list.isEmpty() ? p.object : p.list.first().toObject();
    const QString title = target.value(u"title").toString();
    const QString url = target.value(u"url").toString();
    if (title.isEmpty() && url.isEmpty())
        return;
    // A tap anywhere on the message opens the address: WhatsApp names where it goes on the
    // line under the message, as it does for a URL button, and the host shows inside.
    if (!url.isEmpty()) {
        const QString host = QUrl(url).host();
        bubble.addText(PreviewTr::tr("Opens %1").arg(host.isEmpty() ? url : host), ctx.smallStyle(),
            u"taptarget.url"_s);
    }
    bubble.addButtonBelow(
        PreviewIcon::ExternalLink, title.isEmpty() ? PreviewTr::tr("Open") : title);
}

} // namespace Wac::TemplateFeatures

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// order_details and order_status as the customer's phone shows them: a card with the order in
// short (its items, its total or its status) above the text, and the button that opens it.
#include "preview/mediaparts.h"
#include "preview/previewparts.h"
#include "preview/previewtr.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Wac::PreviewParts {

namespace {

constexpr qreal cardHeight = 70;

QString price(const QString &currency, std::optional<double> amount)
{
    if (!amount)
        return {};
    static const QHash<QString, QString> symbols = {
        {u"INR"_s, u"₹"_s}, {u"BRL"_s, u"R$ "_s}, {u"SGD"_s, u"S$"_s}};
    const QString number = QLocale::c().toString(*amount, 'f', 2);
    if (symbols.contains(currency))
        return symbols.value(currency) + number;
    return currency + u' ' + number;
}

/// The card: an icon square, a bold first line and two quieter ones, each clipped to one line.
void addCard(Bubble &bubble, const PreviewContext &ctx, PreviewIcon kind, const QStringList &lines)
{
    bubble.addBlock(cardHeight, [ctx, kind, lines](PreviewScene &scene, QPointF at, qreal w) {
        scene.add(SceneItem::filled(QRectF(at, QSizeF(w, cardHeight)), ctx.palette.card, 6));
        const QRectF square(at.x() + 6, at.y() + 6, cardHeight - 12, cardHeight - 12);
        scene.add(SceneItem::filled(square, ctx.palette.media, 4));
        const QPointF c = square.center();
        scene.add(
            SceneItem::iconAt(kind, QRectF(c.x() - 13, c.y() - 13, 26, 26), ctx.palette.mediaIcon));
        qreal y = at.y() + 8;
        const QStringList roles = {u"order.title"_s, u"order.detail"_s, u"order.amount"_s};
        for (qsizetype i = 0; i < lines.size() && i < roles.size(); ++i) {
            TextStyle style = i == 0 ? ctx.bodyStyle() : ctx.smallStyle(true);
            if (i == 0)
                style.font = ctx.bold;
            style.formatted = false;
            style.maxLines = 1;
            const LaidText laid = layoutText(lines.at(i), style, w - cardHeight - 8, roles.at(i));
            placeText(scene, laid, QPointF(at.x() + cardHeight, y));
            y += laid.height + 2;
        }
    });
}

QStringList detailsLines(const OrderDetails &d)
{
    QStringList lines;
    if (d.items.isEmpty()) {
        lines << PreviewTr::tr("Your order");
    } else {
        const OrderItem &first = d.items.first();
        const int quantity = int(first.quantity.value_or(1));
        lines << (quantity > 1 ? PreviewTr::tr("%1 × %2").arg(first.name).arg(quantity)
                               : first.name);
    }
    // Spelt out rather than with %n: the English source is drawn as it is when no translation
    // is loaded, and "item(s)" is not what a phone shows.
    const qsizetype more = d.items.size() - 1;
    if (more == 1)
        lines << PreviewTr::tr("+ 1 more item");
    else if (more > 1)
        lines << PreviewTr::tr("+ %1 more items").arg(more);
    else
        lines << (d.items.isEmpty() ? PreviewTr::tr("No items yet") : PreviewTr::tr("1 item"));
    const QString total = price(d.currency, d.total.amount());
    lines << (total.isEmpty() ? QString() : PreviewTr::tr("Total %1").arg(total));
    return lines;
}

QString statusName(const QString &status)
{
    static const QHash<QString, const char *> names = {
        {u"processing"_s, QT_TRANSLATE_NOOP("Preview", "Processing")},
        {u"partially_shipped"_s, QT_TRANSLATE_NOOP("Preview", "Partially shipped")},
        {u"shipped"_s, QT_TRANSLATE_NOOP("Preview", "Shipped")},
        {u"completed"_s, QT_TRANSLATE_NOOP("Preview", "Completed")},
        {u"canceled"_s, QT_TRANSLATE_NOOP("Preview", "Canceled")}};
    const char *name = names.value(status);
    return name ? PreviewTr::tr(name) : status;
}

void addText(Bubble &bubble, const PreviewContext &ctx, const InteractivePayload &p)
{
    if (p.body && !p.body->isEmpty())
        bubble.addText(*p.body, ctx.bodyStyle(), u"body"_s);
    if (p.footer && !p.footer->isEmpty())
        bubble.addText(*p.footer, ctx.smallStyle(), u"footer"_s);
}

} // namespace

void addOrderStatusCard(Bubble &bubble, const PreviewContext &ctx, const OrderStatusParameters &s)
{
    addCard(bubble, ctx, PreviewIcon::Cart,
        {statusName(s.status),
            s.referenceId.isEmpty() ? QString() : PreviewTr::tr("Order %1").arg(s.referenceId),
            s.description.value_or(QString())});
}

void order(PreviewScene &scene, const PreviewContext &ctx, const OutgoingMessage &message, qreal &y)
{
    const InteractivePayload p = message.interactive();
    Bubble bubble(ctx);
    addReplyQuote(bubble, ctx, message);
    if (message.type() == MessageType::InteractiveOrderDetails) {
        if (p.header && p.header->type == u"image"_s) {
            MediaParts::addMediaBox(bubble, ctx, PreviewIcon::Image,
                MediaParts::sourceOf(p.header->media), MediaParts::pictureOf(ctx, p.header->media));
        }
        addCard(bubble, ctx, PreviewIcon::Cart, detailsLines(p.orderDetails));
        addText(bubble, ctx, p);
        bubble.addInlineButton(PreviewIcon::Cart, PreviewTr::tr("Review and pay"));
    } else {
        addOrderStatusCard(bubble, ctx, p.orderStatus);
        addText(bubble, ctx, p);
        bubble.addInlineButton(PreviewIcon::Cart, PreviewTr::tr("Review order"));
    }
    y = bubble.place(scene, y);
}

} // namespace Wac::PreviewParts

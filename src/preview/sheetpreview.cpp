// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/previewparts.h"
#include "preview/previewtr.h"

using namespace Qt::StringLiterals;

namespace Wac::PreviewParts {

namespace {

constexpr qreal titleHeight = 52;
constexpr qreal sectionHeight = 34;
constexpr qreal sendHeight = 66;
constexpr qreal topGap = 60; ///< the chat stays visible above a sheet

struct Row
{
    QString title;
    QString description;
};

struct Section
{
    QString title;
    QList<Row> rows;
};

struct Sheet
{
    QString title;
    QList<Section> sections;
    bool products = false;
};

qreal rowHeight(const Sheet &sheet, const Row &row)
{
    return sheet.products ? 64 : (row.description.isEmpty() ? 46 : 62);
}

Sheet sheetOf(const InteractivePayload &p)
{
    Sheet sheet;
    if (p.type == u"product_list"_s) {
        sheet.products = true;
        sheet.title = p.header && p.header->text ? *p.header->text : PreviewTr::tr("Items");
        for (const ProductSection &section : p.productSections) {
            Section s {section.title.value_or(QString()), {}};
            for (const ProductItem &item : section.items)
                s.rows.append({item.productRetailerId, PreviewTr::tr("Price from the catalog")});
            sheet.sections.append(s);
        }
        return sheet;
    }
    sheet.title = p.listButton;
    for (const ListSection &section : p.sections) {
        Section s {section.title.value_or(QString()), {}};
        for (const ListRow &row : section.rows)
            s.rows.append({row.title, row.description.value_or(QString())});
        sheet.sections.append(s);
    }
    return sheet;
}

} // namespace

void sheet(PreviewScene &scene, const PreviewContext &ctx, const InteractivePayload &payload)
{
    const Sheet content = sheetOf(payload);
    const qreal width = ctx.options.width;
    qreal height = titleHeight + (content.products ? 12 : sendHeight);
    for (const Section &section : content.sections) {
        height += section.title.isEmpty() ? 8 : sectionHeight;
        for (const Row &row : section.rows)
            height += rowHeight(content, row);
    }
    scene.size.setHeight(std::max(scene.size.height(), height + topGap));
    const qreal top = scene.size.height() - height;
    scene.add(
        SceneItem::filled(QRectF(QPointF(0, 0), scene.size), ctx.palette.dim, 0, u"close-sheet"_s));
    // The panel: rounded at the top, square where it meets the screen's edge.
    scene.add(SceneItem::filled(QRectF(0, top, width, height), ctx.palette.sheet, 16));
    scene.add(SceneItem::filled(QRectF(0, top + 20, width, height - 20), ctx.palette.sheet));
    scene.add(SceneItem::filled(QRectF(width / 2 - 18, top + 6, 36, 4), ctx.palette.divider, 2));
    scene.add(SceneItem::iconAt(PreviewIcon::Close, QRectF(14, top + 16, 22, 22),
        ctx.palette.sheetSecondary, u"close-sheet"_s));
    TextStyle title = ctx.boldStyle();
    title.color = ctx.palette.sheetText;
    title.align = Qt::AlignHCenter;
    title.maxLines = 1;
    placeText(scene, layoutText(content.title, title, width - 100, u"sheet.title"_s),
        QPointF(50, top + 16));
    qreal y = top + titleHeight;
    TextStyle rowTitle = ctx.bodyStyle();
    rowTitle.color = ctx.palette.sheetText;
    rowTitle.formatted = false;
    rowTitle.maxLines = 1;
    TextStyle secondary = ctx.smallStyle(true);
    secondary.color = ctx.palette.sheetSecondary;
    const qreal textLeft = content.products ? 76 : 20;
    for (const Section &section : content.sections) {
        if (section.title.isEmpty()) {
            y += 8;
        } else {
            TextStyle heading = secondary;
            heading.font = ctx.bold;
            heading.font.setPixelSize(13);
            heading.color = ctx.palette.quoteBar;
            placeText(scene, layoutText(section.title, heading, width - 40, u"section.title"_s),
                QPointF(20, y + 10));
            y += sectionHeight;
        }
        for (const Row &row : section.rows) {
            const qreal h = rowHeight(content, row);
            if (content.products) {
                scene.add(SceneItem::filled(QRectF(20, y + 8, 46, 46), ctx.palette.media, 4));
                scene.add(SceneItem::iconAt(
                    PreviewIcon::Cart, QRectF(31, y + 19, 24, 24), ctx.palette.mediaIcon));
                scene.add(SceneItem::iconAt(PreviewIcon::Plus,
                    QRectF(width - 42, y + h / 2 - 11, 22, 22), ctx.palette.sheetSecondary));
            } else {
                scene.add(SceneItem::iconAt(PreviewIcon::Radio,
                    QRectF(width - 42, y + h / 2 - 11, 22, 22), ctx.palette.sheetSecondary));
            }
            const LaidText t = layoutText(row.title, rowTitle, width - textLeft - 56,
                content.products ? u"product.item"_s : u"row.title"_s);
            placeText(scene, t, QPointF(textLeft, y + 10));
            if (!row.description.isEmpty()) {
                placeText(scene,
                    layoutText(row.description, secondary, width - textLeft - 56,
                        content.products ? u"product.note"_s : u"row.description"_s),
                    QPointF(textLeft, y + 12 + t.height));
            }
            scene.add(SceneItem::filled(
                QRectF(textLeft, y + h - 1, width - textLeft, 1), ctx.palette.divider));
            y += h;
        }
    }
    if (!content.products) {
        // Send stays grey until a row is chosen, as on the phone.
        const QRectF send(width / 2 - 60, y + 14, 120, 38);
        scene.add(SceneItem::filled(send, ctx.palette.divider, 19));
        TextStyle label = ctx.buttonStyle();
        label.color = ctx.palette.sheetSecondary;
        placeText(scene, layoutText(PreviewTr::tr("Send"), label, send.width(), u"sheet.send"_s),
            send.topLeft() + QPointF(0, 9));
    }
}

} // namespace Wac::PreviewParts

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/conversations/conversationdelegate.h"

#include "core/customerwindow.h"
#include "widgets/conversations/conversationlistmodel.h"
#include "widgets/conversations/threadlook.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int padX = 8;
constexpr int padY = 5;
constexpr int lineGap = 1;

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

QFont smallOf(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

QString timeText(qint64 at, const QDateTime &now)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(at);
    const QDate today = now.toLocalTime().date();
    if (when.date() == today)
        return when.toString(u"HH:mm"_s);
    if (when.date() == today.addDays(-1))
        return ThreadLook::tr("Yesterday");
    return QLocale().toString(when.date(), QLocale::ShortFormat);
}

QColor windowColor(const CustomerWindow &window, const QPalette &palette)
{
    switch (window.state()) {
    case CustomerWindow::State::Open:
        return Theme::toneColor(Theme::Tone::Good, palette);
    case CustomerWindow::State::Closed:
        return Theme::toneColor(Theme::Tone::Bad, palette);
    case CustomerWindow::State::Unknown:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

/// Draws `text` elided into `rect`, on its left or right; returns the width it took.
int drawLine(QPainter *p, const QRect &rect, const QString &text, Qt::Alignment align)
{
    const QString shown = p->fontMetrics().elidedText(text, Qt::ElideRight, rect.width());
    p->drawText(rect, int(align | Qt::AlignVCenter) | Qt::TextSingleLine, shown);
    return p->fontMetrics().horizontalAdvance(shown);
}

} // namespace

ConversationDelegate::ConversationDelegate(ConversationListModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{ }

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics bold(boldOf(option.font)), body(option.font), small(smallOf(option.font));
    return QSize(200, 2 * padY + bold.height() + body.height() + small.height() + 2 * lineGap);
}

void ConversationDelegate::paint(
    QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Conversation *c = m_model->at(index.row());
    if (!c)
        return;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, p, widget);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = selected ? text : pal.color(QPalette::PlaceholderText);
    const QFont bold = boldOf(option.font), small = smallOf(option.font);
    const QRect area = option.rect.adjusted(padX, padY, -padX, -padY);
    const int h1 = QFontMetrics(bold).height(), h2 = QFontMetrics(option.font).height();
    const QRect line1(area.left(), area.top(), area.width(), h1);
    const QRect line2(area.left(), line1.bottom() + 1 + lineGap, area.width(), h2);
    const QRect line3(area.left(), line2.bottom() + 1 + lineGap, area.width(),
        area.bottom() - line2.bottom() - lineGap);
    p->save();

    // The time first: the name takes what is left.
    p->setFont(small);
    p->setPen(c->unread > 0 && !selected ? Theme::toneColor(Theme::Tone::Good, pal) : secondary);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_model->nowMs());
    const int timeWidth = drawLine(p, line1, timeText(c->lastAt, now), Qt::AlignRight);
    p->setFont(bold);
    p->setPen(text);
    drawLine(p, line1.adjusted(0, 0, -timeWidth - padX, 0), ThreadLook::nameOf(*c), Qt::AlignLeft);

    int badge = 0;
    if (c->unread > 0) {
        p->setFont(small);
        const QString count = c->unread > 99 ? u"99+"_s : QString::number(c->unread);
        badge = std::max(h2, p->fontMetrics().horizontalAdvance(count) + 10);
        const QRect pill(line2.right() - badge + 1, line2.top(), badge, h2);
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        // WhatsApp's unread green with white on it; on a selected row, the other way round.
        const QColor green(0x1f, 0xa8, 0x55);
        p->setBrush(selected ? text : green);
        p->drawRoundedRect(pill, h2 / 2.0, h2 / 2.0);
        p->setPen(selected ? pal.color(QPalette::Highlight) : QColor(Qt::white));
        p->drawText(pill, Qt::AlignCenter, count);
    }
    p->setFont(option.font);
    p->setPen(secondary);
    const QString last = c->lastText.isEmpty() ? c->lastType : c->lastText;
    drawLine(p, line2.adjusted(0, 0, badge > 0 ? -badge - padX : 0, 0),
        c->lastFromUs ? tr("You: %1").arg(last) : last, Qt::AlignLeft);

    // The window's state keeps its words; the address gives way (it is in the tooltip).
    const CustomerWindow window = CustomerWindow::at(c->lastInboundAt, m_model->nowMs());
    p->setFont(small);
    p->setPen(selected ? text : windowColor(window, pal));
    const int stateWidth =
        drawLine(p, line3.adjusted(line3.width() / 4, 0, 0, 0), window.text(), Qt::AlignRight);
    QString who = c->address();
    if (!c->username.isEmpty() && !c->name.isEmpty())
        who += u" · @"_s + c->username;
    p->setPen(secondary);
    drawLine(p, line3.adjusted(0, 0, -stateWidth - padX, 0), who, Qt::AlignLeft);
    p->restore();
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "textfit.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Wac::Test {

QString widgetPath(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty())
            path.prepend(p->objectName());
    }
    return path.join(u'/');
}

namespace {

// What the user reads on a button or tab: "&&" is an ampersand, a single '&' marks the mnemonic.
QString shownText(QString text)
{
    text.replace(u"&&"_s, QChar(0xfffc));
    text.remove(u'&');
    text.replace(QChar(0xfffc), u'&');
    return text;
}

int widest(const QFontMetrics &fm, const QString &text)
{
    int width = 0;
    for (const QString &line : text.split(u'\n'))
        width = std::max(width, fm.horizontalAdvance(line));
    return width;
}

// Why `label` does not show its whole text in its place, or nothing when it does.
QString labelClip(const QLabel *label)
{
    if (label->text().isEmpty())
        return {};
    const int margin = label->margin();
    const QRect room = label->contentsRect().adjusted(margin, margin, -margin, -margin);
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        return needed <= label->height()
            ? QString()
            : u"needs %1 px of height, has %2"_s.arg(needed).arg(label->height());
    }
    int needed = 0;
    if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText) {
        QTextDocument doc;
        doc.setDefaultFont(label->font());
        doc.setDocumentMargin(0);
        doc.setHtml(label->text());
        needed = int(std::ceil(doc.idealWidth()));
    } else {
        needed = widest(label->fontMetrics(), shownText(label->text()));
    }
    return needed <= room.width() ? QString()
                                  : u"needs %1 px, has %2"_s.arg(needed).arg(room.width());
}

// A button's text with what the style draws beside it: the bevel's frame, an indicator, an icon.
QString buttonClip(const QAbstractButton *button)
{
    const QString text = shownText(button->text());
    if (text.isEmpty())
        return {};
    const QStyle *style = button->style();
    int needed = widest(button->fontMetrics(), text);
    if (!button->icon().isNull())
        needed += button->iconSize().width() + 4;
    if (qobject_cast<const QCheckBox *>(button)) {
        needed += style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, button)
            + style->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, button);
    } else if (qobject_cast<const QRadioButton *>(button)) {
        needed += style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, button)
            + style->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, button);
    } else if (qobject_cast<const QPushButton *>(button)) {
        needed += 2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, button);
    } else if (const auto *tool = qobject_cast<const QToolButton *>(button)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return {};
        needed += 2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, button);
        if (tool->popupMode() == QToolButton::InstantPopup || tool->menu())
            needed += style->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, button);
    }
    const int room = button->contentsRect().width();
    return needed <= room ? QString() : u"needs %1 px, has %2"_s.arg(needed).arg(room);
}

QString tabClip(const QTabBar *bar, int index)
{
    const QRect tab = bar->tabRect(index);
    if (!bar->rect().contains(tab))
        return u"outside the bar (%1 px wide)"_s.arg(bar->width());
    const int needed = bar->fontMetrics().horizontalAdvance(shownText(bar->tabText(index)))
        + bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
    return needed <= tab.width() ? QString()
                                 : u"needs %1 px, has %2"_s.arg(needed).arg(tab.width());
}

// Why part of `w` lies outside what encloses it: a page wider than its scroll area (a page may
// be taller: it scrolls down), or a widget pushed past its parent's edge.
QString outside(const QWidget *w)
{
    const QRect own(w->mapTo(w->window(), QPoint(0, 0)), w->size());
    bool scrolled = false; // inside a scroll area's viewport: below its edge is further down
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        const QRect room(p->mapTo(p->window(), QPoint(0, 0)), p->size());
        const auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget());
        scrolled = scrolled || (area && area->viewport() == p);
        const bool across = own.left() < room.left() || own.right() > room.right();
        const bool down = !scrolled && (own.top() < room.top() || own.bottom() > room.bottom());
        if (across || down)
            return u"reaches outside %1 (%2 px wide)"_s.arg(widgetPath(p)).arg(p->width());
    }
    return {};
}

} // namespace

QStringList clippedTexts(const QWidget *root)
{
    QStringList out;
    const auto report = [&out](const QWidget *w, const QString &text, QString why) {
        if (why.isEmpty() && !text.isEmpty())
            why = outside(w);
        if (!why.isEmpty())
            out << widgetPath(w) + u" “"_s + text + u"”: "_s + why;
    };
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(w))
            report(w, label->text(), labelClip(label));
        else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            report(w, button->text(), buttonClip(button));
        else if (const auto *bar = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                report(w, bar->tabText(i), tabClip(bar, i));
        } else if (const auto *group = qobject_cast<const QGroupBox *>(w)) {
            const int needed = w->fontMetrics().horizontalAdvance(shownText(group->title()));
            if (needed > w->width())
                report(w, group->title(), u"needs %1 px, has %2"_s.arg(needed).arg(w->width()));
        }
    }
    return out;
}

} // namespace Wac::Test

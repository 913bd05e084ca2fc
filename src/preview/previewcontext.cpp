// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "preview/previewcontext.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QTime>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

// Roboto is what Android's WhatsApp is set in; without it, the system's sans-serif.
QFont font(qreal pixelSize, QFont::Weight weight = QFont::Normal)
{
    QFont f = QGuiApplication::font();
    if (QFontDatabase::hasFamily(u"Roboto"_s))
        f.setFamilies({u"Roboto"_s});
    f.setPixelSize(qRound(pixelSize));
    f.setWeight(weight);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

} // namespace

PreviewContext::PreviewContext(const PreviewOptions &o)
    : options(o)
    , palette(PreviewPalette::of(o.theme))
    , body(font(14.5))
    , bold(font(14.5, QFont::Medium))
    , small(font(12))
    , title(font(15.5, QFont::Bold))
    , time(o.time.isEmpty() ? QTime::currentTime().toString(u"HH:mm"_s) : o.time)
{ }

qreal PreviewContext::bubbleWidth() const
{
    const qreal phone = std::max<qreal>(160, options.width * 0.8);
    return options.bubbleMaxWidth > 0 ? std::min<qreal>(phone, options.bubbleMaxWidth) : phone;
}

TextStyle PreviewContext::bodyStyle() const
{
    TextStyle s;
    s.font = body;
    s.color = palette.text;
    s.link = palette.link;
    s.highlight = palette.highlight;
    s.highlightText = palette.highlightText;
    return s;
}

TextStyle PreviewContext::boldStyle() const
{
    TextStyle s = bodyStyle();
    s.font = title;
    s.formatted = false;
    return s;
}

TextStyle PreviewContext::smallStyle(bool oneLine) const
{
    TextStyle s = bodyStyle();
    s.font = small;
    s.color = palette.secondary;
    s.formatted = false;
    s.maxLines = oneLine ? 1 : 0;
    return s;
}

TextStyle PreviewContext::buttonStyle() const
{
    TextStyle s = bodyStyle();
    s.font = bold;
    s.color = palette.button;
    s.formatted = false;
    s.maxLines = 1;
    s.align = Qt::AlignHCenter;
    return s;
}

} // namespace Wac

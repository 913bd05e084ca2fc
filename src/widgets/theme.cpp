// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/theme.h"

#include "storage/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Wac::Theme {

namespace {

Mode g_current = Mode::System;

QString &platformStyle()
{
    static QString name;
    return name;
}

QPalette darkPalette()
{
    // Fields a little lighter than the window, so that Fusion's frames (the window colour,
    // darker) stand out against both.
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x35, 0x38, 0x3c);
    const QColor text(0xe4, 0xe6, 0xe9);
    const QColor disabled(0x74, 0x78, 0x7e);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x31, 0x33, 0x37));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9f, 0xa3, 0xa9)); // 4.5:1 on the fields
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3d, 0x40, 0x45));
    p.setColor(QPalette::Midlight, QColor(0x35, 0x38, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x22, 0x24, 0x27));
    p.setColor(QPalette::Dark, QColor(0x17, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x8a, 0x6b));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x94, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3d, 0x42));
    return p;
}

QPalette lightPalette(const QStyle *fusion)
{
    QPalette p = fusion->standardPalette();
    p.setColor(QPalette::Highlight, QColor(0x12, 0x8c, 0x6e));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x67, 0x6c, 0x73)); // 4.5:1 on the window
    return p;
}

// The WCAG 2 contrast ratio, from 1 (the same colour) to 21 (black on white).
qreal contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto linear = [](qreal v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

Mode fromName(const QString &name)
{
    if (name == u"light"_s)
        return Mode::Light;
    if (name == u"dark"_s)
        return Mode::Dark;
    return Mode::System;
}

QString name(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return u"light"_s;
    case Mode::Dark:
        return u"dark"_s;
    case Mode::System:
        break;
    }
    return u"system"_s;
}

void apply(Mode mode)
{
    if (platformStyle().isEmpty())
        platformStyle() = QApplication::style()->name();
    g_current = mode;
    if (mode == Mode::System) {
        QApplication::setStyle(QStyleFactory::create(platformStyle()));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    QApplication::setStyle(fusion);
    QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette(fusion));
}

Mode current()
{
    return g_current;
}

void restore()
{
    apply(fromName(Settings::theme()));
}

void setUpMenu(QAction *system, QAction *light, QAction *dark)
{
    auto *group = new QActionGroup(system);
    group->setExclusive(true);
    const QList<QPair<QAction *, Mode>> actions = {
        {system, Mode::System}, {light, Mode::Light}, {dark, Mode::Dark}};
    for (const auto &[action, mode] : actions) {
        group->addAction(action);
        action->setChecked(mode == g_current);
        QObject::connect(action, &QAction::triggered, action, [mode = mode] {
            apply(mode);
            Settings::setValue(Settings::Key::Theme, name(mode));
        });
    }
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x6f, 0xcf, 0x86) : QColor(0x2d, 0x79, 0x31);
    case Tone::Uncertain:
        return dark ? QColor(0xf0, 0xb4, 0x50) : QColor(0x9b, 0x5b, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xf2, 0x84, 0x82) : QColor(0xc6, 0x28, 0x28);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QColor readable(const QColor &color, const QColor &background)
{
    constexpr qreal wanted = 4.5;
    // Away from the background, hue and saturation kept: lighter on a dark one, darker on a
    // light one. A mid-grey background may allow no colour of that hue; the nearest is kept.
    const float step = background.lightnessF() < 0.5f ? 0.01f : -0.01f;
    QColor c = color.toHsl();
    while (contrast(c, background) < wanted) {
        const float lightness = c.lightnessF() + step;
        if (lightness < 0.0f || lightness > 1.0f)
            break;
        c.setHslF(c.hslHueF(), c.hslSaturationF(), lightness, c.alphaF());
    }
    return c.toRgb();
}

} // namespace Wac::Theme

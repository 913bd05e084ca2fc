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
    p.setColor(QPalette::PlaceholderText, QColor(0x8f, 0x94, 0x9b));
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
    p.setColor(QPalette::PlaceholderText, QColor(0x6f, 0x75, 0x7c));
    return p;
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
        return dark ? QColor(0x6f, 0xcf, 0x86) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Uncertain:
        return dark ? QColor(0xf0, 0xb4, 0x50) : QColor(0xa3, 0x5f, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xef, 0x6f, 0x6c) : QColor(0xc6, 0x28, 0x28);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}

} // namespace Wac::Theme

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/emojipicker.h"

#include "preview/emojifont.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

struct Emoji
{
    const char16_t *glyph;
    const char *name;
};

// The six WhatsApp offers first, then other common reactions.
constexpr Emoji emojis[] = {
    {u"\U0001F44D", QT_TRANSLATE_NOOP("EmojiPicker", "Thumbs up")},
    {u"\u2764\uFE0F", QT_TRANSLATE_NOOP("EmojiPicker", "Red heart")},
    {u"\U0001F602", QT_TRANSLATE_NOOP("EmojiPicker", "Face with tears of joy")},
    {u"\U0001F62E", QT_TRANSLATE_NOOP("EmojiPicker", "Face with open mouth")},
    {u"\U0001F622", QT_TRANSLATE_NOOP("EmojiPicker", "Crying face")},
    {u"\U0001F64F", QT_TRANSLATE_NOOP("EmojiPicker", "Folded hands")},
    {u"\U0001F44F", QT_TRANSLATE_NOOP("EmojiPicker", "Clapping hands")},
    {u"\U0001F525", QT_TRANSLATE_NOOP("EmojiPicker", "Fire")},
    {u"\U0001F389", QT_TRANSLATE_NOOP("EmojiPicker", "Party popper")},
    {u"\U0001F60D", QT_TRANSLATE_NOOP("EmojiPicker", "Smiling face with heart-eyes")},
    {u"\U0001F914", QT_TRANSLATE_NOOP("EmojiPicker", "Thinking face")},
    {u"\U0001F44C", QT_TRANSLATE_NOOP("EmojiPicker", "OK hand")},
    {u"\U0001F4AF", QT_TRANSLATE_NOOP("EmojiPicker", "Hundred points")},
    {u"\u2705", QT_TRANSLATE_NOOP("EmojiPicker", "Check mark button")},
    {u"\U0001F60A", QT_TRANSLATE_NOOP("EmojiPicker", "Smiling face with smiling eyes")},
    {u"\U0001F64C", QT_TRANSLATE_NOOP("EmojiPicker", "Raising hands")},
    {u"\U0001F605", QT_TRANSLATE_NOOP("EmojiPicker", "Grinning face with sweat")},
    {u"\U0001F91D", QT_TRANSLATE_NOOP("EmojiPicker", "Handshake")},
    {u"\u2B50", QT_TRANSLATE_NOOP("EmojiPicker", "Star")},
    {u"\U0001F680", QT_TRANSLATE_NOOP("EmojiPicker", "Rocket")},
    {u"\U0001F440", QT_TRANSLATE_NOOP("EmojiPicker", "Eyes")},
    {u"\U0001F44B", QT_TRANSLATE_NOOP("EmojiPicker", "Waving hand")},
    {u"\U0001F937", QT_TRANSLATE_NOOP("EmojiPicker", "Person shrugging")},
    {u"\U0001F44E", QT_TRANSLATE_NOOP("EmojiPicker", "Thumbs down")},
};

constexpr int columns = 6;

} // namespace

EmojiPicker::EmojiPicker(QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(u"emojiPicker"_s);
    setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(this);
    grid->setSpacing(2);
    grid->setContentsMargins(6, 6, 6, 6);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font = EmojiFont::forEmoji(font);
    int i = 0;
    for (const Emoji &emoji : emojis) {
        const QString glyph = QString::fromUtf16(emoji.glyph);
        auto *button = new QToolButton(this);
        button->setObjectName(u"emoji%1ToolButton"_s.arg(i));
        button->setText(glyph);
        button->setFont(font);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        const QString name = QCoreApplication::translate("EmojiPicker", emoji.name);
        button->setToolTip(name);
        button->setAccessibleName(name);
        connect(button, &QToolButton::clicked, this, [this, glyph] {
            Q_EMIT picked(glyph);
            close();
        });
        grid->addWidget(button, i / columns, i % columns);
        ++i;
    }
}

void EmojiPicker::popup(QWidget *anchor)
{
    adjustSize();
    move(anchor->mapToGlobal(QPoint(0, anchor->height())));
    show();
    if (auto *first = findChild<QToolButton *>())
        first->setFocus(Qt::PopupFocusReason);
}

} // namespace Wac

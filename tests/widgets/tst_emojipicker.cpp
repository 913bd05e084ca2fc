// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The reaction page's emoji picker draws every emoji in colour, none as a text glyph, in the
// light and the dark theme.
#include "widgets/composer/emojipicker.h"
#include "widgets/theme.h"

#include <QFontDatabase>
#include <QTest>
#include <QToolButton>
#include <QVector3D>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Wac::Theme::Mode)

namespace {

/// How many pixels of `image` a text glyph in `ink` on `paper` cannot have: a monochrome glyph
/// only blends the two, whatever its antialiasing.
int pixelsBeyondInk(const QImage &image, const QColor &paper, const QColor &ink)
{
    const QVector3D from(paper.red(), paper.green(), paper.blue());
    const QVector3D along = QVector3D(ink.red(), ink.green(), ink.blue()) - from;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const QVector3D p = QVector3D(c.red(), c.green(), c.blue()) - from;
            const float t =
                std::clamp(QVector3D::dotProduct(p, along) / along.lengthSquared(), 0.f, 1.f);
            count += (p - along * t).length() > 10 ? 1 : 0;
        }
    }
    return count;
}

} // namespace

class TestEmojiPicker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEmojiIsInColour_data();
    void everyEmojiIsInColour();
};

void TestEmojiPicker::everyEmojiIsInColour_data()
{
    QTest::addColumn<Wac::Theme::Mode>("theme");
    QTest::newRow("light") << Wac::Theme::Mode::Light;
    QTest::newRow("dark") << Wac::Theme::Mode::Dark;
}

void TestEmojiPicker::everyEmojiIsInColour()
{
    QFETCH(Wac::Theme::Mode, theme);
    // scripts/install-deps.sh installs it, as the README asks of every machine.
    QVERIFY(QFontDatabase::hasFamily(u"Noto Color Emoji"_s));
    Wac::Theme::apply(theme);
    Wac::EmojiPicker picker;
    picker.show();
    const QList<QToolButton *> buttons = picker.findChildren<QToolButton *>();
    QVERIFY(buttons.size() >= 20);
    QStringList textGlyphs;
    for (QToolButton *button : buttons) {
        const QImage image = button->grab().toImage();
        const QColor paper = image.pixelColor(1, 1);
        const QColor ink = button->palette().color(QPalette::ButtonText);
        if (pixelsBeyondInk(image, paper, ink) < 15)
            textGlyphs.append(button->toolTip() + u' ' + button->text());
    }
    QVERIFY2(textGlyphs.isEmpty(), qPrintable(u"not in colour: "_s + textGlyphs.join(u", "_s)));
}

QTEST_MAIN(TestEmojiPicker)
#include "tst_emojipicker.moc"

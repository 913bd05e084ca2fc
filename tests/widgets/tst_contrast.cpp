// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Legibility: the field counters ("12/20"), the findings under the fields and the status tones
// read at 4.5:1 or more (WCAG 2, normal text) on what is behind them, in the light and dark
// themes, within the limit, with a warning and over the limit on a field tinted red.
#include "core/diagnostic.h"
#include "widgets/composer/fieldassist.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

#include <cmath>

#include "windowfixture.h"

using namespace Qt::StringLiterals;
using namespace Wac;

namespace {

// WCAG 2.x relative luminance and contrast ratio, written out here rather than taken from the
// code under test.
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString describe(const QColor &text, const QColor &background)
{
    return u"%1 on %2: %3:1"_s.arg(text.name(), background.name())
        .arg(ratio(text, background), 0, 'f', 2);
}

// Why the `what` label is hard to read on `background`, or nothing when it reads.
QString illegible(const char *what, const QLabel *label, const QColor &background)
{
    const QString name = QString::fromLatin1(what) + u": "_s;
    if (!label || !label->isVisible())
        return name + u"not shown"_s;
    const QColor text = label->palette().color(QPalette::WindowText);
    return ratio(text, background) >= 4.5 ? QString() : name + describe(text, background);
}

QLabel *findingOf(const QWidget *editor)
{
    QWidget *line = FieldAssist::problemLine(editor);
    return line ? line->findChild<QLabel *>(u"problemLabel"_s) : nullptr;
}

QLabel *counterOf(const QWidget *editor)
{
    if (qobject_cast<const QLineEdit *>(editor))
        return editor->findChild<QLabel *>(u"counterLabel"_s, Qt::FindDirectChildrenOnly);
    QWidget *line = FieldAssist::problemLine(editor);
    return line ? line->findChild<QLabel *>(u"counterLabel"_s) : nullptr;
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void cleanup() { Theme::apply(Theme::Mode::Light); }

    void tonesReadOnWindowAndFields_data();
    void tonesReadOnWindowAndFields();
    void countersAndFindingsRead_data();
    void countersAndFindingsRead();
};

void TestContrast::tonesReadOnWindowAndFields_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestContrast::tonesReadOnWindowAndFields()
{
    QFETCH(bool, dark);
    Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    const QPalette palette = QApplication::palette();
    const QList<std::pair<const char *, QColor>> texts = {
        {"normal", Theme::toneColor(Theme::Tone::Neutral, palette)},
        {"good", Theme::toneColor(Theme::Tone::Good, palette)},
        {"warning", Theme::toneColor(Theme::Tone::Uncertain, palette)},
        {"error", Theme::toneColor(Theme::Tone::Bad, palette)},
        {"hint", palette.color(QPalette::PlaceholderText)}};
    for (const QPalette::ColorRole role :
        {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
        const QColor background = palette.color(role);
        for (const auto &[name, text] : texts) {
            QVERIFY2(ratio(text, background) >= 4.5,
                qPrintable(QString::fromLatin1(name) + u": "_s + describe(text, background)));
        }
    }
}

void TestContrast::countersAndFindingsRead_data()
{
    tonesReadOnWindowAndFields_data();
}

void TestContrast::countersAndFindingsRead()
{
    QFETCH(bool, dark);
    Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    Test::WindowFixture f;
    QCOMPARE(f.start(), QString());
    const QColor window = f.window->palette().color(QPalette::Window);

    // Under a text box, on the window: within the limit, then over it.
    auto *body = f.window->findChild<QPlainTextEdit *>(u"bodyTextEdit"_s);
    QTest::keyClicks(body, u"Your order has shipped."_s);
    QTRY_COMPARE(counterOf(body) ? counterOf(body)->text() : QString(), u"23/4096"_s);
    QCOMPARE(illegible("body counter", counterOf(body), window), QString());
    body->setPlainText(QString(4097, u'x'));
    QTRY_COMPARE(counterOf(body)->text(), u"4097/4096"_s);
    QCOMPARE(illegible("body counter over the limit", counterOf(body), window), QString());
    QCOMPARE(illegible("body error", findingOf(body), window), QString());
    FieldAssist::setProblems(
        body, {{Severity::Warning, u"/text/body"_s, u"body.example"_s, u"A warning about it."_s}});
    QCOMPARE(illegible("body warning", findingOf(body), window), QString());

    // Inside a line edit, on its base: within the limit, then over it on the red tint.
    auto *callback = f.window->findChild<QLineEdit *>(u"callbackDataLineEdit"_s);
    QTest::keyClicks(callback, u"order-1042"_s);
    QTRY_COMPARE(counterOf(callback)->text(), u"10/512"_s);
    QCOMPARE(illegible("callback counter", counterOf(callback),
                 callback->palette().color(QPalette::Base)),
        QString());
    callback->setText(QString(513, u'y'));
    QTRY_COMPARE(counterOf(callback)->text(), u"513/512"_s);
    QTRY_VERIFY(callback->palette().color(QPalette::Base)
        != QApplication::palette().color(QPalette::Base)); // tinted
    QCOMPARE(illegible("callback counter over the limit, tinted field", counterOf(callback),
                 callback->palette().color(QPalette::Base)),
        QString());

    // A theme chosen while the window is open repaints the counts for their new background.
    callback->setText(u"order-1042"_s);
    QTRY_COMPARE(counterOf(callback)->text(), u"10/512"_s);
    Theme::apply(dark ? Theme::Mode::Light : Theme::Mode::Dark);
    QTRY_COMPARE(illegible("callback counter in the other theme", counterOf(callback),
                     callback->palette().color(QPalette::Base)),
        QString());
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"

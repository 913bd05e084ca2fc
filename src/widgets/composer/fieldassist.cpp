// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/fieldassist.h"

#include "widgets/composer/fieldtext.h"
#include "widgets/theme.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Wac::FieldAssist {

namespace {

constexpr auto lineProperty = "wacProblemLine";
constexpr auto tintedProperty = "wacTinted";

QColor errorColor(const QWidget *widget)
{
    return Theme::toneColor(Theme::Tone::Bad, widget->palette());
}

QColor warningColor(const QWidget *widget)
{
    return Theme::toneColor(Theme::Tone::Uncertain, widget->palette());
}

// The counter sits in the line edit's right end, and the text stops short of it.
void placeCounter(QLineEdit *edit, QLabel *counter)
{
    counter->adjustSize();
    const int margin = counter->isVisibleTo(edit) ? counter->width() + 14 : 0;
    edit->setTextMargins(0, 0, margin, 0);
    counter->move(edit->width() - counter->width() - 6, (edit->height() - counter->height()) / 2);
}

class CounterPlacer : public QObject
{
public:
    CounterPlacer(QLineEdit *edit, QLabel *counter)
        : QObject(counter)
        , m_edit(edit)
        , m_counter(counter)
    {
        edit->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_edit && event->type() == QEvent::Resize)
            placeCounter(m_edit, m_counter);
        return false;
    }

private:
    QLineEdit *m_edit;
    QLabel *m_counter;
};

// The layout that holds `widget` (or a layout holding it), searched from `layout` down.
bool findPath(QLayout *layout, const QWidget *widget, QList<QLayout *> &path)
{
    path.append(layout);
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget)
            return true;
        if (QLayout *inner = item->layout(); inner && findPath(inner, widget, path))
            return true;
    }
    path.removeLast();
    return false;
}

// Inserts `line` below the item that holds `editor` in the nearest vertical box or form layout
// around it (through horizontal layouts, which hold the editor with its buttons).
bool insertBelow(QWidget *editor, QWidget *line)
{
    QWidget *parent = editor->parentWidget();
    QList<QLayout *> path;
    if (!parent || !parent->layout() || !findPath(parent->layout(), editor, path))
        return false;
    QLayoutItem *held = nullptr; // the item to insert below, at the current level
    for (qsizetype k = path.size() - 1; k >= 0; --k) {
        QLayout *layout = path.at(k);
        const int index = held ? layout->indexOf(held) : layout->indexOf(editor);
        if (auto *form = qobject_cast<QFormLayout *>(layout)) {
            int row = -1;
            QFormLayout::ItemRole role {};
            form->getItemPosition(index, &row, &role);
            form->insertRow(row + 1, static_cast<QWidget *>(nullptr), line);
            return true;
        }
        auto *box = qobject_cast<QBoxLayout *>(layout);
        if (box
            && (box->direction() == QBoxLayout::TopToBottom
                || box->direction() == QBoxLayout::BottomToTop)) {
            box->insertWidget(index + 1, line);
            return true;
        }
        held = layout;
    }
    return false;
}

struct Line
{
    QWidget *widget = nullptr;
    QLabel *message = nullptr;
    QLabel *counter = nullptr;
};

Line lineOf(const QWidget *editor)
{
    auto *widget = qobject_cast<QWidget *>(editor->property(lineProperty).value<QObject *>());
    if (!widget)
        return {};
    return {widget, widget->findChild<QLabel *>(u"problemLabel"_s),
        widget->findChild<QLabel *>(u"counterLabel"_s)};
}

Line ensureLine(QWidget *editor)
{
    if (Line line = lineOf(editor); line.widget)
        return line;
    auto *widget = new QWidget(editor->parentWidget());
    widget->setObjectName(editor->objectName() + u"Problems"_s);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *message = new QLabel(widget);
    message->setObjectName(u"problemLabel"_s);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *counter = new QLabel(widget);
    counter->setObjectName(u"counterLabel"_s);
    counter->setAlignment(Qt::AlignRight | Qt::AlignTop);
    counter->hide();
    layout->addWidget(message, 1);
    layout->addWidget(counter, 0, Qt::AlignTop);
    widget->hide();
    if (!insertBelow(editor, widget)) {
        delete widget; // no layout to hold it: the tooltip and tint still tell
        return {};
    }
    editor->setProperty(lineProperty, QVariant::fromValue<QObject *>(widget));
    return lineOf(editor);
}

void setLineVisible(const Line &line, bool visible)
{
    if (line.widget->isVisibleTo(line.widget->parentWidget()) == visible)
        return;
    line.widget->setVisible(visible);
    // A form keeps the spacing of a row whose widget is hidden; hide the row itself.
    QWidget *parent = line.widget->parentWidget();
    const auto forms = parent ? parent->findChildren<QFormLayout *>() : QList<QFormLayout *>();
    for (QFormLayout *form : forms) {
        int row = -1;
        QFormLayout::ItemRole role {};
        form->getWidgetPosition(line.widget, &row, &role);
        if (row >= 0) {
            form->setRowVisible(row, visible);
            return;
        }
    }
}

void refreshLine(QWidget *editor, const Line &line)
{
    const bool counterShown =
        line.counter && !line.counter->text().isEmpty() && qobject_cast<QPlainTextEdit *>(editor);
    line.counter->setVisible(counterShown);
    setLineVisible(line, counterShown || !line.message->text().isEmpty());
}

QLabel *overlayCounter(QLineEdit *edit)
{
    if (auto *counter = edit->findChild<QLabel *>(u"counterLabel"_s, Qt::FindDirectChildrenOnly))
        return counter;
    auto *counter = new QLabel(edit);
    counter->setObjectName(u"counterLabel"_s);
    counter->setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont font = counter->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    counter->setFont(font);
    new CounterPlacer(edit, counter);
    return counter;
}

// Quiet while within the limit, red once over; readable on what is behind it: the field's own
// base (tinted red when it has an error) inside a line edit, the window under a text box.
void paintCounter(QLabel *counter, bool over)
{
    const QWidget *parent = counter->parentWidget();
    const QPalette &around = parent->palette();
    const QColor background =
        around.color(qobject_cast<const QLineEdit *>(parent) ? QPalette::Base : QPalette::Window);
    QPalette palette = counter->palette();
    palette.setColor(QPalette::WindowText,
        Theme::readable(
            over ? errorColor(parent) : around.color(QPalette::PlaceholderText), background));
    counter->setPalette(palette);
}

} // namespace

bool isShown(const Diagnostic &finding, const QWidget *editor, bool all)
{
    if (all || FieldText::isTouched(editor))
        return true;
    return !finding.code.endsWith(u".required"_s) && !finding.code.endsWith(u".empty"_s);
}

void setCount(QWidget *editor, qsizetype count, std::optional<qsizetype> limit)
{
    const QString text = limit ? QStringLiteral("%1/%2").arg(count).arg(*limit) : QString();
    const bool over = limit && count > *limit;
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        QLabel *counter = overlayCounter(edit);
        if (counter->text() != text || counter->isVisible() == text.isEmpty()) {
            counter->setText(text);
            counter->setVisible(!text.isEmpty());
            paintCounter(counter, over);
            placeCounter(edit, counter);
        }
        counter->setAccessibleName(text);
        return;
    }
    Line line = lineOf(editor);
    if (!line.widget && text.isEmpty())
        return;
    if (!line.widget && !(line = ensureLine(editor)).widget)
        return;
    line.counter->setText(text);
    paintCounter(line.counter, over);
    refreshLine(editor, line);
}

void setProblems(QWidget *editor, const QList<Diagnostic> &problems)
{
    const bool tinted = editor->property(tintedProperty).toBool();
    Line line = lineOf(editor);
    if (problems.isEmpty() && !tinted && !line.widget)
        return; // the usual case: nothing was wrong and nothing is
    QStringList messages;
    bool anyError = false;
    for (const Diagnostic &d : problems) {
        anyError = anyError || d.isError();
        messages.append(d.message);
    }
    if (!problems.isEmpty() && !line.widget)
        line = ensureLine(editor);
    if (line.widget) {
        line.message->setText(messages.join(u'\n'));
        QPalette palette = line.message->palette();
        palette.setColor(QPalette::WindowText,
            Theme::readable(anyError ? errorColor(editor) : warningColor(editor),
                line.widget->palette().color(QPalette::Window)));
        line.message->setPalette(palette);
        refreshLine(editor, line);
    }
    const bool tint = anyError;
    if (tint == tinted)
        return;
    editor->setProperty(tintedProperty, tint);
    if (!tint) {
        editor->setPalette(QPalette());
        return;
    }
    QPalette palette = editor->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor red = errorColor(editor);
    palette.setColor(QPalette::Base,
        QColor::fromRgbF(base.redF() * 0.82f + red.redF() * 0.18f,
            base.greenF() * 0.82f + red.greenF() * 0.18f,
            base.blueF() * 0.82f + red.blueF() * 0.18f));
    editor->setPalette(palette);
}

void setTotal(QLabel *label, const QString &text, bool over)
{
    label->setText(text);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
        over ? errorColor(label) : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(palette);
    QFont font = label->font();
    font.setBold(over);
    label->setFont(font);
}

QWidget *problemLine(const QWidget *editor)
{
    return lineOf(editor).widget;
}

} // namespace Wac::FieldAssist

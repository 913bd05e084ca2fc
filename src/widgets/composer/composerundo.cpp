// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/composerundo.h"

#include "widgets/composer/composercontroller.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

// Whether an array in `a` has another length in `b`, or is missing there: an element added or
// removed (a button, a row, a contact, a parameter).
bool elementsDifferIn(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (!b.isArray() || x.size() != y.size())
            return true;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (elementsDifferIn(x.at(i), y.at(i)))
                return true;
        }
        return false;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        for (auto it = x.constBegin(); it != x.constEnd(); ++it) {
            if (elementsDifferIn(it.value(), y.value(it.key())))
                return true;
        }
    }
    return false;
}

bool elementsDiffer(const QJsonObject &a, const QJsonObject &b)
{
    return elementsDifferIn(a, b) || elementsDifferIn(b, a);
}

/// Where a text field's cursor goes once its text changed from `before` to `after`: at the end
/// of what changed, as an editor's own undo leaves it (setText() would move it to the start).
int cursorAfterChange(const QString &before, const QString &after, int old)
{
    if (before == after)
        return std::min<int>(old, int(after.size()));
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
        && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    return int(after.size() - suffix);
}

/// The text and cursor of the field with the focus, to put its cursor back after a restore.
struct FocusedText
{
    QPointer<QWidget> widget;
    QString text;
    int cursor = 0;

    static FocusedText of(QWidget *focus)
    {
        if (auto *line = qobject_cast<QLineEdit *>(focus))
            return {line, line->text(), line->cursorPosition()};
        if (auto *edit = qobject_cast<QPlainTextEdit *>(focus))
            return {edit, edit->toPlainText(), edit->textCursor().position()};
        return {};
    }

    void placeCursor() const
    {
        if (auto *line = qobject_cast<QLineEdit *>(widget.data())) {
            line->setCursorPosition(cursorAfterChange(text, line->text(), cursor));
        } else if (auto *edit = qobject_cast<QPlainTextEdit *>(widget.data())) {
            QTextCursor c = edit->textCursor();
            c.setPosition(cursorAfterChange(text, edit->toPlainText(), cursor));
            edit->setTextCursor(c);
        }
    }
};

} // namespace

ComposerUndo::ComposerUndo(ComposerController *composer, QObject *parent)
    : QObject(parent)
    , m_composer(composer)
    , m_shown(composer->message().toJson())
    , m_pause(new QTimer(this))
{
    m_pause->setObjectName(u"typingPauseTimer"_s);
    m_pause->setSingleShot(true);
    m_pause->setInterval(typingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &ComposerUndo::closeTyping);
    connect(composer, &ComposerController::changed, this, [this] { observe(false); });
    connect(composer, &ComposerController::loaded, this, [this] { observe(true); });
}

void ComposerUndo::setActions(QAction *undo, QAction *redo)
{
    m_undoAction = undo;
    m_redoAction = redo;
    undo->setShortcuts(QKeySequence::Undo);
    // Ctrl+Y as well: what Windows and many Linux programs use for Redo.
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(undo, &QAction::triggered, this, &ComposerUndo::undo);
    connect(redo, &QAction::triggered, this, &ComposerUndo::redo);
    // Sees the keys before the focused field does: see eventFilter().
    qApp->installEventFilter(this);
    updateActions();
}

void ComposerUndo::undo()
{
    observe(false);
    closeTyping();
    if (m_undo.isEmpty())
        return;
    m_redo.append(m_shown);
    restore(m_undo.takeLast());
}

void ComposerUndo::redo()
{
    observe(false);
    closeTyping();
    if (m_redo.isEmpty())
        return;
    m_undo.append(m_shown);
    restore(m_redo.takeLast());
}

bool ComposerUndo::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if ((type != QEvent::ShortcutOverride && type != QEvent::KeyPress) || !isUndoRedoKey(event)
        || !watched->isWidgetType() || !m_composer->holds(static_cast<QWidget *>(watched)))
        return false;
    // A field would claim Ctrl+Z for its own undo in the override; left unclaimed, the key goes
    // to the window's actions. Should they be disabled, the key press that follows is dropped,
    // so that the field does not undo on its own behind the message's history.
    return true;
}

bool ComposerUndo::isUndoRedoKey(const QEvent *event) const
{
    const QKeySequence pressed(static_cast<const QKeyEvent *>(event)->keyCombination());
    for (const QAction *action : {m_undoAction.data(), m_redoAction.data()}) {
        if (action && action->shortcuts().contains(pressed))
            return true;
    }
    return false;
}

void ComposerUndo::observe(bool boundary)
{
    if (m_restoring)
        return;
    const QJsonObject now = m_composer->message().toJson();
    if (now == m_shown)
        return;
    boundary =
        boundary || now.value(u"type") != m_shown.value(u"type") || elementsDiffer(now, m_shown);
    if (boundary || !m_typing)
        push(m_shown);
    m_typing = !boundary;
    if (m_typing)
        m_pause->start();
    m_shown = now;
    updateActions();
}

void ComposerUndo::closeTyping()
{
    m_pause->stop();
    // Typed and erased again: no step.
    if (m_typing && !m_undo.isEmpty() && m_undo.last() == m_shown)
        m_undo.removeLast();
    m_typing = false;
    updateActions();
}

void ComposerUndo::push(const QJsonObject &state)
{
    m_undo.append(state);
    if (m_undo.size() > maxSteps)
        m_undo.removeFirst();
    m_redo.clear();
}

void ComposerUndo::restore(const QJsonObject &state)
{
    QWidget *focus = QApplication::focusWidget();
    const FocusedText focused = m_composer->holds(focus) ? FocusedText::of(focus) : FocusedText();
    m_restoring = true;
    m_composer->setMessage(OutgoingMessage::fromJson(state));
    m_restoring = false;
    focused.placeCursor();
    // What the form made of it: the next change is compared with what it shows.
    m_shown = m_composer->message().toJson();
    updateActions();
    Q_EMIT restored();
}

void ComposerUndo::updateActions()
{
    if (m_undoAction)
        m_undoAction->setEnabled(canUndo());
    if (m_redoAction)
        m_redoAction->setEnabled(canRedo());
}

} // namespace Wac

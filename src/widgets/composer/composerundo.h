// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;

namespace Wac {

class ComposerController;

/**
 * Undo and Redo over the whole message the composer holds: each step is a state of
 * OutgoingMessage::toJson(), the envelope and the type included. Typing is one step until it
 * pauses for typingPauseMs; a change of type, a message loaded or cleared, and an element added
 * or removed are steps of their own.
 *
 * Ctrl+Z in a field of the composer undoes here, not in the field: one history for the whole
 * form, whatever has the focus. A field's own undo stays in its context menu; editors outside
 * the composer (the JSON tab) keep their own shortcut.
 */
class ComposerUndo : public QObject
{
    Q_OBJECT

public:
    static constexpr int typingPauseMs = 500;
    static constexpr int maxSteps = 200;

    explicit ComposerUndo(ComposerController *composer, QObject *parent = nullptr);

    /// Drives `undo` and `redo`: their shortcuts, their enabled state and what they do.
    void setActions(QAction *undo, QAction *redo);

    bool canUndo() const { return !m_undo.isEmpty(); }

    bool canRedo() const { return !m_redo.isEmpty(); }

    void undo();
    void redo();

Q_SIGNALS:
    /// The composer shows an earlier or later state now (set with ComposerController::
    /// setMessage(), which tells no one).
    void restored();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Takes in the composer's message; `boundary`: as a step of its own, not typing.
    void observe(bool boundary);
    void closeTyping();
    void push(const QJsonObject &state);
    void restore(const QJsonObject &state);
    void updateActions();
    bool isUndoRedoKey(const QEvent *event) const;

    ComposerController *m_composer;
    QList<QJsonObject> m_undo;
    QList<QJsonObject> m_redo;
    QJsonObject m_shown; ///< the composer's message as last seen
    QTimer *m_pause;
    QPointer<QAction> m_undoAction;
    QPointer<QAction> m_redoAction;
    bool m_typing = false; ///< the newest step is a burst of typing, still open
    bool m_restoring = false;
};

} // namespace Wac

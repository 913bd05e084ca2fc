// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"

#include <QJsonObject>
#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Wac {

class JsonHighlighter;

/**
 * The JSON tab: the exact request body, editable and coloured, its keys in the reference's order
 * (JsonWriter). A valid edit is offered to the form (edited()); text that does not parse is left
 * as typed, its error shown at its line, and the form keeps its last good state. The value each
 * finding names has a wavy underline: red for an error, amber for a warning.
 */
class JsonPane : public QWidget
{
    Q_OBJECT

public:
    explicit JsonPane(QWidget *parent = nullptr);

    /// Shows `body`, unless the text already holds exactly that (so typing is not disturbed)
    /// or holds an edit of its own that does not parse yet (so it is not lost).
    void setBody(const QJsonObject &body);
    /// Shows `body` whatever the text holds.
    void reset(const QJsonObject &body);
    /// The validator's findings on the body: their values are underlined in the text.
    void setFindings(const QList<Diagnostic> &findings);

    /// False while the text does not parse as a JSON object.
    bool isValid() const { return m_error.isEmpty(); }

    QString error() const { return m_error; }

    /// True while the text shows only the start of the body (read-only).
    bool isCut() const { return m_cut; }

    /// Puts the whole body on the clipboard, cut or not.
    void copyAll();

    /// Past this many UTF-16 units of indented JSON, the text shows only its start.
    static constexpr qsizetype cutAboveUnits = qsizetype(1) << 20;
    /// How many UTF-16 units of a cut body the text shows.
    static constexpr qsizetype shownUnits = 16 * 1024;

    /// Parses a pending edit now instead of after the typing pause.
    void flush();
    /// Puts the cursor on the key `pointer` names, as far as it can be found in the text.
    void focusPointer(const QString &pointer);

    QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    void edited(const QJsonObject &body);
    /// The user chose to drop an edit that does not parse and show the form's body again.
    void revertRequested();
    /// The text became unparsable, or parsable again (`error` empty).
    void validityChanged(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void parse();
    void replaceText(const QString &text);
    void showCut(const QString &text);
    void showStatus();
    void markError(int line, int column);
    void markFindings();

    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_revert = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
    QList<Diagnostic> m_findings;
    QTimer m_debounce;
    QJsonObject m_shown; ///< the body the text holds, when it parses
    QString m_error;
    bool m_setting = false;
    bool m_cut = false;
};

} // namespace Wac

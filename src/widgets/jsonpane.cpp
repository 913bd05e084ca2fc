// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/jsonpane.h"

#include "core/jsoninput.h"
#include "core/jsonlocate.h"
#include "core/largevalue.h"
#include "widgets/jsonhighlighter.h"
#include "widgets/theme.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int parseDelayMs = 300;

QString indented(const QJsonObject &body)
{
    return QString::fromUtf8(indentedJson(body));
}

} // namespace

JsonPane::JsonPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(u"jsonTextEdit"_s);
    m_editor->setAccessibleName(tr("Request body (JSON)"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setTabChangesFocus(true);
    m_highlighter = new JsonHighlighter(m_editor->document(), m_editor->palette());
    m_status = new QLabel(this);
    m_status->setObjectName(u"jsonStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revert = new QPushButton(tr("&Discard this edit"), this);
    m_revert->setObjectName(u"discardJsonPushButton"_s);
    m_revert->setToolTip(tr("Show the form's body again, dropping the text that does not parse"));
    connect(m_revert, &QPushButton::clicked, this, &JsonPane::revertRequested);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_revert, 0, Qt::AlignTop);
    layout->addWidget(m_editor, 1);
    layout->addLayout(statusRow);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(parseDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &JsonPane::parse);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_setting)
            m_debounce.start();
    });
    showStatus();
}

void JsonPane::showStatus()
{
    m_revert->setVisible(!m_error.isEmpty());
    if (m_cut)
        return; // showCut() wrote the note
    m_status->setText(m_error.isEmpty() ? tr("Edit the body here: a valid change updates the form.")
                                        : tr("Not applied to the form: %1").arg(m_error));
}

void JsonPane::setBody(const QJsonObject &body)
{
    if (m_error.isEmpty() && body == m_shown && !m_debounce.isActive())
        return;
    if (m_debounce.isActive() || !m_error.isEmpty())
        return; // the user is typing here: the form follows the text, not the other way
    reset(body);
}

void JsonPane::reset(const QJsonObject &body)
{
    m_debounce.stop();
    m_shown = body;
    m_setting = true;
    const QString text = indented(body);
    if (text.size() > cutAboveUnits) {
        showCut(text);
    } else {
        if (m_cut) {
            m_cut = false;
            m_editor->setReadOnly(false);
            showStatus();
        }
        replaceText(text);
    }
    m_setting = false;
    if (!m_error.isEmpty()) {
        m_error.clear();
        showStatus();
        Q_EMIT validityChanged({});
    }
    markFindings();
}

void JsonPane::setFindings(const QList<Diagnostic> &findings)
{
    m_findings = findings;
    if (m_error.isEmpty())
        markFindings();
}

void JsonPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(m_editor->palette());
        if (m_error.isEmpty())
            markFindings();
    }
}

// Each finding underlines its value; a container or a missing field underlines the key it is
// (or would be) under, so that a whole object does not turn red.
void JsonPane::markFindings()
{
    const QString text = m_editor->toPlainText();
    QList<QTextEdit::ExtraSelection> marks;
    for (const Diagnostic &finding : std::as_const(m_findings)) {
        if (finding.pointer.isEmpty())
            continue; // about the whole message: nothing in particular to point at
        const JsonSpan span = JsonSpan::locate(text, finding.pointer);
        qsizetype start = span.valueStart;
        qsizetype length = span.valueLength;
        if (!span.exact || span.container) {
            start = span.keyStart >= 0 ? span.keyStart : span.valueStart;
            length = span.keyStart >= 0 ? span.keyLength : 1;
        }
        if (start < 0)
            continue;
        // The underline alone is thin beside a string of a similar red: a tint makes it seen.
        const QColor tone = Theme::toneColor(
            finding.isError() ? Theme::Tone::Bad : Theme::Tone::Uncertain, palette());
        QColor tint = tone;
        tint.setAlpha(48);
        QTextEdit::ExtraSelection mark;
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(tone);
        mark.format.setBackground(tint);
        mark.cursor = QTextCursor(m_editor->document());
        mark.cursor.setPosition(int(start));
        mark.cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
        marks << mark;
    }
    m_editor->setExtraSelections(marks);
}

// Replaces only what changed between the old and the new text: a keystroke in the form changes
// one value, and the document then lays out one line instead of all of them. The view stays
// where it was.
void JsonPane::replaceText(const QString &text)
{
    const QString old = m_editor->toPlainText();
    if (old == text)
        return;
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(old.size(), text.size());
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
        && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    const int scroll = m_editor->verticalScrollBar()->value();
    const int hscroll = m_editor->horizontalScrollBar()->value();
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - suffix - prefix));
    // Form edits are not the user's edits of this text: Undo here undoes only typing here.
    m_editor->document()->clearUndoRedoStacks();
    m_editor->verticalScrollBar()->setValue(scroll);
    m_editor->horizontalScrollBar()->setValue(hscroll);
}

// A single line of megabytes took the editor seconds to lay out, and froze the window. The start
// is shown, read-only: were it editable, a parse of the cut text would replace the whole body.
void JsonPane::showCut(const QString &text)
{
    qsizetype shown = shownUnits;
    if (text.at(shown - 1).isHighSurrogate())
        --shown; // never half an emoji
    m_cut = true;
    m_editor->setReadOnly(true);
    m_editor->setPlainText(text.left(shown));
    m_status->setText(tr("Cut: this view shows only the start of the body, read-only, since the "
                         "body is %1 bytes. The whole body is validated, copied, saved and sent.")
                          .arg(LargeValue::utf8Size(text)));
}

void JsonPane::copyAll()
{
    if (m_cut) {
        QGuiApplication::clipboard()->setText(indented(m_shown));
        return;
    }
    m_editor->selectAll();
    m_editor->copy();
}

void JsonPane::flush()
{
    if (m_debounce.isActive()) {
        m_debounce.stop();
        parse();
    }
}

void JsonPane::focusPointer(const QString &pointer)
{
    const QString text = m_editor->toPlainText();
    qsizetype at = 0;
    for (const QString &token : pointer.split(u'/', Qt::SkipEmptyParts)) {
        bool index = false;
        token.toInt(&index);
        if (index)
            continue; // arrays: the next key after the parent's is close enough
        const qsizetype found = text.indexOf(u'"' + token + u"\":"_s, at);
        if (found < 0)
            break;
        at = found + 1;
    }
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(std::max<qsizetype>(0, at - 1)));
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void JsonPane::parse()
{
    if (m_cut)
        return; // the text is not the body, only its start
    const JsonInput input = JsonInput::parse(m_editor->toPlainText().toUtf8());
    QString error;
    if (!input.ok())
        error = input.error;
    else if (!input.value.isObject())
        error = tr("The body must be a JSON object: { … }.");
    const bool changed = error != m_error;
    m_error = error;
    showStatus();
    if (!error.isEmpty()) {
        markError(input.line, input.column);
        if (changed)
            Q_EMIT validityChanged(error);
        return;
    }
    markFindings();
    if (changed)
        Q_EMIT validityChanged({});
    m_shown = input.value.toObject();
    Q_EMIT edited(m_shown);
}

void JsonPane::markError(int line, int column)
{
    if (line < 1)
        return;
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextEdit::ExtraSelection whole;
    whole.format.setBackground(QColor(0xef, 0x53, 0x50, 60));
    whole.format.setProperty(QTextFormat::FullWidthSelection, true);
    whole.cursor = QTextCursor(block);
    QTextEdit::ExtraSelection spot;
    spot.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    spot.format.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
    spot.cursor = QTextCursor(block);
    spot.cursor.setPosition(
        block.position() + std::min(column - 1, std::max(0, block.length() - 2)));
    spot.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    m_editor->setExtraSelections({whole, spot});
}

} // namespace Wac

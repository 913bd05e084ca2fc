// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/outgoingmessage.h"

#include <QObject>

#include <functional>

class QEvent;
class QMenu;
class QWidget;

namespace Wac {

struct PayloadImport;

/**
 * The message as a document: Open, Save and Save As of the exact payload JSON, the draft kept
 * across runs, the Examples menu, and payloads or curl commands pasted or dropped in. It knows
 * which file the message came from, to tell whether there are unsaved edits. A file or text
 * dropped on a part of the window that takes no drops is opened here (the JSON editor and the
 * line edits keep theirs).
 */
class MessageFiles : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<OutgoingMessage()> current; ///< what the form holds
        /// Shows a loaded message; `fromOutside` shows every finding at once.
        std::function<void(const OutgoingMessage &message, bool fromOutside)> show;
        std::function<void(const QString &headline, const QString &text)> problem;
    };

    /// Takes drops on `window`, its parent.
    MessageFiles(QWidget *window, Hooks hooks);

    /// One entry per type, grouped as the type list is, then "More examples": the recipients
    /// and the template kinds that are not a type of their own.
    void fillExamples(QMenu *menu);

    /// Loads a payload or curl command file; false, with the reason in the status bar and in
    /// `error`, when it cannot be read or is not a payload.
    bool openFile(const QString &path, QString *error = nullptr);
    /// Writes the exact payload; false with the reason when it cannot.
    bool saveFile(const QString &path, QString *error = nullptr);
    /// Loads pasted or dropped text: a payload or a whole curl command.
    bool importText(const QString &text, QString *error = nullptr);
    void chooseOpenFile();
    void save(bool choosePath);

    /// Keeps the draft at `path`: written on close, read by restoreDraft().
    void setDraftFile(const QString &path) { m_draftPath = path; }

    /// Shows the draft kept last time; false when there is none.
    bool restoreDraft();
    /// Writes the draft now (also done on close).
    bool saveDraft() const;

    bool hasDraftFile() const { return !m_draftPath.isEmpty(); }

    QString draftPath() const { return m_draftPath; }

    /// The file's name, or "Untitled".
    QString documentName() const;
    /// True when `message` differs from what its file holds.
    bool isModified(const OutgoingMessage &message) const;
    /// Forgets the file (File → New message).
    void detach();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void documentChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool importPayload(const PayloadImport &imported, QString *error);
    /// `title` names the example in the status bar (empty: its type's title).
    void loadExample(const QString &resource, const QString &title, bool ownRecipient);

    QWidget *m_window;
    Hooks m_hooks;
    QString m_filePath; ///< the file the message was opened from or saved to
    QString m_savedJson; ///< what that file holds
    QString m_draftPath;
    QString m_exampleRecipient; ///< the recipient the last example kept as its own
    QString m_typedRecipient; ///< the user's, kept while such an example shows its own
};

} // namespace Wac

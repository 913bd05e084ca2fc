// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/sendresult.h"
#include "widgets/theme.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace Wac {

/**
 * What became of the last send, in words: accepted (which is not delivered) with the WAMID to
 * copy, the WhatsApp ID when it differs from what was typed and the pacing status explained;
 * or the decoded error with what to do, and the server's own words under Details.
 */
class ResultPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultPanel(QWidget *parent = nullptr);

    void showSending();
    void showProgress(qint64 sent, qint64 total);
    void showResult(const SendResult &result);
    /// An upload's media ID, ready to copy.
    void showUploaded(const QString &mediaId);
    /// Something that stopped a request before it left.
    void showProblem(const QString &headline, const QString &text);
    /// Why nothing can be sent as things are, with what to do instead: a button saying
    /// `action`, which emits actionTriggered().
    void showNotice(const QString &headline, const QString &text, const QString &action);
    /// Says nothing.
    void clear();

    QString wamid() const { return m_wamid; }

Q_SIGNALS:
    void actionTriggered();

private:
    using Tone = Theme::Tone;

    void setHeadline(const QString &html, Tone tone);
    void setDetails(const QString &text);

    QLabel *m_headline;
    QLabel *m_body;
    QProgressBar *m_progress;
    QToolButton *m_copy;
    QToolButton *m_details;
    QPushButton *m_action;
    QPlainTextEdit *m_detailsText;
    QString m_wamid;
    QString m_copyValue; ///< what Copy puts on the clipboard: the WAMID or a media ID
};

} // namespace Wac

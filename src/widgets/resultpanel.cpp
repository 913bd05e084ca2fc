// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/resultpanel.h"

#include "widgets/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QString explainPacing(const QString &status)
{
    if (status == u"accepted"_s)
        return ResultPanel::tr("The template is paced: this message was accepted for sending.");
    if (status == u"held_for_quality_assessment"_s)
        return ResultPanel::tr("Held for quality assessment: it will be sent or dropped later.");
    if (status == u"paused"_s)
        return ResultPanel::tr("The template is paused: the message is held, not sent.");
    return status.isEmpty() ? QString() : ResultPanel::tr("Pacing status: %1").arg(status);
}

} // namespace

ResultPanel::ResultPanel(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_body(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_copy(new QToolButton(this))
    , m_details(new QToolButton(this))
    , m_action(new QPushButton(this))
    , m_detailsText(new QPlainTextEdit(this))
{
    setObjectName(u"resultPanel"_s);
    m_headline->setObjectName(u"resultHeadlineLabel"_s);
    m_body->setObjectName(u"resultBodyLabel"_s);
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setObjectName(u"copyWamidToolButton"_s);
    m_copy->setText(tr("Copy WAMID"));
    m_details->setObjectName(u"detailsToolButton"_s);
    m_details->setText(tr("Details"));
    m_details->setCheckable(true);
    m_action->setObjectName(u"resultActionButton"_s);
    m_detailsText->setObjectName(u"detailsPlainTextEdit"_s);
    m_detailsText->setReadOnly(true);
    m_detailsText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detailsText->setMaximumHeight(120);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline, 0, 0);
    layout->addWidget(m_copy, 0, 1);
    layout->addWidget(m_details, 0, 2);
    layout->addWidget(m_body, 1, 0, 1, 3);
    layout->addWidget(m_action, 2, 0, 1, 3, Qt::AlignLeft);
    layout->addWidget(m_progress, 3, 0, 1, 3);
    layout->addWidget(m_detailsText, 4, 0, 1, 3);
    layout->setColumnStretch(0, 1);
    connect(m_copy, &QToolButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_copyValue); });
    connect(m_details, &QToolButton::toggled, m_detailsText, &QWidget::setVisible);
    connect(m_action, &QPushButton::clicked, this, &ResultPanel::actionTriggered);
    clear();
}

void ResultPanel::clear()
{
    m_wamid.clear();
    m_headline->clear();
    m_body->clear();
    for (QWidget *w : {static_cast<QWidget *>(m_copy), static_cast<QWidget *>(m_details),
             static_cast<QWidget *>(m_action), static_cast<QWidget *>(m_progress),
             static_cast<QWidget *>(m_detailsText)})
        w->hide();
}

void ResultPanel::showNotice(const QString &headline, const QString &text, const QString &action)
{
    clear();
    setHeadline(u"<b>"_s + headline.toHtmlEscaped() + u"</b>"_s, Tone::Uncertain);
    m_body->setText(text);
    m_action->setText(action);
    m_action->show();
}

void ResultPanel::showSending()
{
    m_wamid.clear();
    m_action->hide();
    setHeadline(tr("Sending…"), Tone::Neutral);
    m_body->clear();
    m_copy->hide();
    m_details->hide();
    m_detailsText->hide();
    m_progress->setRange(0, 0);
    m_progress->show();
}

void ResultPanel::showProgress(qint64 sent, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(sent * 1000 / total));
}

void ResultPanel::showResult(const SendResult &result)
{
    m_progress->hide();
    m_action->hide();
    if (result.outcome == SendResult::Outcome::Accepted) {
        m_wamid = result.wamid;
        m_copyValue = m_wamid;
        m_copy->setText(tr("Copy WAMID"));
        setHeadline(tr("<b>Accepted</b> — not yet delivered"), Tone::Good);
        QStringList lines {tr("WAMID: %1").arg(result.wamid)};
        const QString typed =
            QString(result.input).remove(u'+').remove(u' ').remove(u'-').remove(u'(').remove(u')');
        if (!result.waId.isEmpty() && result.waId != typed)
            lines
                << tr("Addressed to WhatsApp ID %1 (you wrote %2).").arg(result.waId, result.input);
        if (const QString pacing = explainPacing(result.messageStatus); !pacing.isEmpty())
            lines << pacing;
        m_body->setText(lines.join(u'\n'));
        m_copy->setVisible(!m_wamid.isEmpty());
        m_details->hide();
        m_detailsText->hide();
        return;
    }
    const ApiError &e = result.error;
    m_wamid.clear();
    m_copy->hide();
    const bool unknown = result.outcome == SendResult::Outcome::Unknown;
    setHeadline(u"<b>"_s + e.headline().toHtmlEscaped() + u"</b>"_s
            + (e.code ? u" (#%1)"_s.arg(e.code) : QString()),
        unknown ? Tone::Uncertain : Tone::Bad);
    m_body->setText(e.hint());
    QStringList details;
    if (result.httpStatus)
        details << tr("HTTP status: %1").arg(result.httpStatus);
    if (e.code)
        details << tr("Code: %1")
                       .arg(e.subcode ? u"%1 / %2"_s.arg(e.code).arg(e.subcode)
                                      : QString::number(e.code));
    if (!e.type.isEmpty())
        details << tr("Type: %1").arg(e.type);
    if (!e.message.isEmpty() && e.category != ApiError::Category::Refused) // the body says it
        details << tr("Message: %1").arg(e.message);
    if (!e.details.isEmpty())
        details << tr("Details: %1").arg(e.details);
    if (!e.fbtraceId.isEmpty())
        details << u"fbtrace_id: "_s + e.fbtraceId;
    setDetails(details.join(u'\n'));
}

void ResultPanel::showUploaded(const QString &mediaId)
{
    m_progress->hide();
    m_action->hide();
    m_wamid.clear();
    m_copyValue = mediaId;
    setHeadline(tr("<b>Uploaded</b>"), Tone::Good);
    m_body->setText(tr("Media ID: %1 (filled in; kept by WhatsApp for 30 days)").arg(mediaId));
    m_copy->setText(tr("Copy media ID"));
    m_copy->show();
    setDetails({});
}

void ResultPanel::showProblem(const QString &headline, const QString &text)
{
    m_progress->hide();
    m_action->hide();
    m_wamid.clear();
    m_copy->hide();
    setHeadline(u"<b>"_s + headline.toHtmlEscaped() + u"</b>"_s, Tone::Bad);
    m_body->setText(text);
    setDetails({});
}

void ResultPanel::setHeadline(const QString &html, Tone tone)
{
    m_headline->setText(html);
    const QColor color = Theme::toneColor(tone, palette());
    QPalette p = m_headline->palette();
    p.setColor(QPalette::WindowText, color);
    m_headline->setPalette(p);
}

void ResultPanel::setDetails(const QString &text)
{
    m_detailsText->setPlainText(text);
    m_details->setVisible(!text.isEmpty());
    m_detailsText->setVisible(!text.isEmpty() && m_details->isChecked());
}

} // namespace Wac

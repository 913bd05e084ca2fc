// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/curlpane.h"

#include "core/jsoninput.h"
#include "net/curlcommand.h"
#include "widgets/toolicons.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wac {

CurlPane::CurlPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"curlTextEdit"_s);
    m_text->setAccessibleName(tr("cURL command"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(true);
    m_note = new QLabel(this);
    m_note->setObjectName(u"curlNoteLabel"_s);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    m_reveal = new QCheckBox(tr("&Reveal the token"), this);
    m_reveal->setObjectName(u"revealTokenCheckBox"_s);
    auto *copyCommand = new QPushButton(tr("&Copy command"), this);
    copyCommand->setObjectName(u"copyCommandPushButton"_s);
    copyCommand->setIcon(ToolIcons::icon(ToolIcons::Kind::Copy, palette()));
    auto *copyBody = new QPushButton(tr("Copy &body"), this);
    copyBody->setObjectName(u"copyBodyPushButton"_s);
    copyBody->setIcon(ToolIcons::icon(ToolIcons::Kind::Copy, palette()));
    buttons->addWidget(m_reveal);
    buttons->addStretch(1);
    buttons->addWidget(copyBody);
    buttons->addWidget(copyCommand);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    connect(copyCommand, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(command()); });
    connect(copyBody, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(QString::fromUtf8(indentedJson(m_body))); });
    connect(m_reveal, &QCheckBox::toggled, this, &CurlPane::reveal);
    // Written when first shown or asked for (showEvent, command()): the tab is hidden at
    // start, and building the command there cost the first paint about a millisecond.
}

void CurlPane::setRequest(const ApiConfig &config, const QJsonObject &body)
{
    m_config = config;
    m_body = body;
    m_stale = true;
    if (isVisible())
        render();
}

void CurlPane::setTokenReader(TokenReader reader)
{
    m_reader = std::move(reader);
    m_reveal->setChecked(false);
    m_token.clear();
    m_stale = true;
    if (isVisible())
        render();
}

QString CurlPane::command() const
{
    if (m_stale)
        const_cast<CurlPane *>(this)->render();
    return m_text->toPlainText();
}

void CurlPane::showEvent(QShowEvent *event)
{
    if (m_stale)
        render();
    QWidget::showEvent(event);
}

void CurlPane::render()
{
    const bool revealed = m_reveal->isChecked() && !m_token.isEmpty();
    m_text->setPlainText(CurlCommand::build(
        m_config, m_body, revealed ? std::optional<QByteArray>(m_token) : std::nullopt));
    m_note->setText(revealed
            ? tr("The access token is shown: whoever sees or gets this command can send as you.")
            : tr("The token is masked: the command reads it from $%1. Reveal it to include it.")
                  .arg(QLatin1String(CurlCommand::tokenVariable)));
    m_stale = false;
}

void CurlPane::reveal(bool on)
{
    if (!on) {
        m_token.clear();
        render();
        return;
    }
    if (!m_reader) {
        m_reveal->setChecked(false);
        return;
    }
    m_reader(this, [this](const QByteArray &token) {
        if (!m_reveal->isChecked())
            return; // hidden again meanwhile
        if (token.isEmpty()) {
            m_reveal->setChecked(false);
            m_note->setText(tr("This profile has no access token to reveal."));
            return;
        }
        m_token = token;
        render();
    });
}

} // namespace Wac

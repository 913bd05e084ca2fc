// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>

class QCommandLineParser;

namespace Wac::Sim {

/**
 * "waconsole-sim inbound": its options, each a key of the `POST /_sim/inbound` request, and the
 * POST itself to a running simulator. Every kind of customer answer the endpoint takes has its
 * options here, so that a script can play the customer without writing JSON.
 */
class InboundCommand
{
public:
    InboundCommand();

    QList<QCommandLineOption> all() const;

    /// The request's body; empty with `error` naming the option when one cannot be read.
    QJsonObject body(const QCommandLineParser &parser, QString *error) const;

    /// Sends the request; 0 when the simulator took it, 1 when it refused it (its answer is
    /// printed), 2 for a usage error or no answer.
    int run(const QCommandLineParser &parser) const;

private:
    bool addNumbers(const QCommandLineParser &parser, QJsonObject &body, QString *error) const;
    bool addFile(const QCommandLineParser &parser, QJsonObject &body, QString *error) const;

    QCommandLineOption m_url, m_from, m_name, m_type, m_text, m_file, m_mimeType, m_caption,
        m_fileName, m_voice, m_latitude, m_longitude, m_placeName, m_address, m_replyId, m_title,
        m_context, m_messageId, m_emoji, m_cardIndex, m_buttonIndex, m_response, m_permanent,
        m_responseSource, m_userId;
};

} // namespace Wac::Sim

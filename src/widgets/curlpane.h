// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/apiconfig.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace Wac {

/**
 * The cURL tab: the request as a `curl` command, with copy buttons. The token is masked (the
 * command reads $WACONSOLE_TOKEN) unless the user reveals it; a revealed token is held only
 * while it is shown.
 */
class CurlPane : public QWidget
{
    Q_OBJECT

public:
    using TokenCallback = std::function<void(const QByteArray &token)>;
    /// Reads the current profile's token; calls back with an empty token when there is none.
    using TokenReader = std::function<void(QObject *context, TokenCallback done)>;

    explicit CurlPane(QWidget *parent = nullptr);

    void setRequest(const ApiConfig &config, const QJsonObject &body);
    /// How to read the token for a reveal; a new reader (another profile) masks it again.
    void setTokenReader(TokenReader reader);
    /// The command as shown (masked unless revealed).
    QString command() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void render();
    void reveal(bool on);

    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_reveal = nullptr;
    QLabel *m_note = nullptr;
    ApiConfig m_config;
    QJsonObject m_body;
    TokenReader m_reader;
    QByteArray m_token; ///< only while revealed
    bool m_stale = true;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Wac {

/**
 * One console per user: the first `waconsole` listens on a local socket in the user's runtime
 * directory; a later one hands it the files to open, and exits before it has touched the
 * history, the keychain or the Sandbox's port. The socket's path follows $XDG_RUNTIME_DIR, so
 * tests that give each process a runtime directory of its own never meet.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Forwarded, ///< a running console took the files: this process is done
        Serving, ///< this process is the one; later ones reach it
        Alone, ///< nobody listens and this process could not either: it runs on its own
        NoAnswer, ///< a console holds the socket but did not answer
    };

    /// $XDG_RUNTIME_DIR/waconsole.socket, or in Qt's private fallback folder when it is unset.
    static QString defaultSocketPath();

    /// An empty `socketPath` is defaultSocketPath(), looked up only when needed: a headless run
    /// never asks where the runtime directory is.
    explicit SingleInstance(QString socketPath = {}, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Hands `files` (made absolute) to the running console, or becomes it. `error` says why on
    /// Alone and NoAnswer.
    Outcome start(const QStringList &files, QString *error = nullptr);

    QString socketPath() const { return m_path.isEmpty() ? defaultSocketPath() : m_path; }

Q_SIGNALS:
    /// A later start asked this console to come forward and open `files` (absolute paths).
    void activated(const QStringList &files);

private:
    enum class Handover
    {
        Nobody,
        Taken,
        Silent
    };
    Handover handOver(const QStringList &files, QString *error) const;
    bool listen(QString *error);
    void serve(QLocalSocket *socket);

    QString m_path;
    QLocalServer *m_server = nullptr;
};

} // namespace Wac

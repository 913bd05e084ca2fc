// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/tokenstore.h"

#include <QPointer>
#include <QQueue>
#include <QTimer>

namespace QKeychain {
class Job;
}

namespace Wac {

/**
 * Secrets in the OS keychain through QtKeychain, under the fixed service name "waconsole".
 * Jobs run one at a time, in the order asked, so that a write followed by a delete ends
 * deleted. Every job has a time limit: a keychain that does not answer (a locked keyring waiting
 * on a prompt nobody sees) fails the job instead of hanging the console. Any failure other than
 * "not found" or "access denied" means there is no secure storage here (NoBackend).
 */
class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    static constexpr auto service = "waconsole";

    explicit KeychainTokenStore(QObject *parent = nullptr, int timeoutMs = 10000);
    ~KeychainTokenStore() override;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(
        const QString &key, const QByteArray &secret, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;

private:
    struct Operation
    {
        enum class Kind
        {
            Read,
            Write,
            Remove
        } kind = Kind::Read;
        QString key;
        QByteArray secret;
        QPointer<QObject> context;
        ReadCallback readDone;
        DoneCallback done;
    };

    void enqueue(Operation operation);
    void startNext();
    void complete(const QByteArray &secret, Error error, const QString &detail);

    QQueue<Operation> m_queue;
    QPointer<QKeychain::Job> m_running;
    QTimer m_timeout;
    int m_timeoutMs;
};

} // namespace Wac

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
 * Secrets in the OS keychain through QtKeychain, one entry per key, labelled with what it holds
 * ("waconsole: access token of profile Acme"). QtKeychain 0.13 has no label of its own: it
 * labels an entry with its service name (and stores it as the `server` attribute), so the label
 * is the service name. Entries of earlier versions, all under the service "waconsole", are still
 * read, and moved to their label the first time they are.
 * Jobs run one at a time, in the order asked, so that a write followed by a delete ends
 * deleted. Every job has a time limit: a keychain that does not answer (a locked keyring waiting
 * on a prompt nobody sees) fails the job instead of hanging the console. Any failure other than
 * "not found" or "access denied" means there is no secure storage here (NoBackend).
 */
class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    /// The one service of every entry before entries had labels.
    static constexpr auto legacyService = "waconsole";

    /// The label (and service name) of `key`'s entry: "<profile>/access_token" reads
    /// "waconsole: access token of profile <profile>". Not translated: it finds the entry.
    static QString labelFor(const QString &key);

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
        QPointer<QObject> context; ///< null for the store's own clean-up: nobody is told
        ReadCallback readDone;
        DoneCallback done;
        bool legacy = false; ///< under the legacy service instead of the entry's label
    };

    void enqueue(Operation operation);
    void startNext();
    void complete(const QByteArray &secret, Error error, const QString &detail);
    /// A read that found nothing under the label looks under the legacy service; true if it does.
    bool retryAsLegacy(Error error);

    QQueue<Operation> m_queue;
    QPointer<QKeychain::Job> m_running;
    QTimer m_timeout;
    int m_timeoutMs;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/tokenstore.h"

#include <QHash>

namespace Wac {

/// Secrets held in this process's memory only: the session-only mode, and a peer for tests.
class MemoryTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    using TokenStore::TokenStore;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(
        const QString &key, const QByteArray &secret, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;

private:
    QHash<QString, QByteArray> m_secrets;
};

} // namespace Wac

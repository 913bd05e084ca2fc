// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "storage/secretvault.h"
#include "storage/tokenstore.h"

#include <QEventLoop>
#include <QTimer>

namespace Wac::Test {

/// One secret operation run to its answer (with the event loop running, and a time limit).
struct SecretAnswer
{
    QByteArray value;
    TokenStore::Error error = TokenStore::Error::Other;
    QString detail;
    bool answered = false;
};

template <typename Start> SecretAnswer waitFor(Start start, int timeoutMs = 15000)
{
    SecretAnswer answer;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start(&loop, [&](const QByteArray &value, TokenStore::Error error, const QString &detail) {
        answer = {value, error, detail, true};
        loop.quit();
    });
    if (!answer.answered)
        loop.exec();
    return answer;
}

inline SecretAnswer readSecret(TokenStore &store, const QString &key)
{
    return waitFor([&](QObject *ctx, auto done) { store.read(key, ctx, done); });
}

inline SecretAnswer writeSecret(TokenStore &store, const QString &key, const QByteArray &value)
{
    return waitFor([&](QObject *ctx, auto done) {
        store.write(
            key, value, ctx, [done](TokenStore::Error e, const QString &d) { done({}, e, d); });
    });
}

inline SecretAnswer removeSecret(TokenStore &store, const QString &key)
{
    return waitFor([&](QObject *ctx, auto done) {
        store.remove(key, ctx, [done](TokenStore::Error e, const QString &d) { done({}, e, d); });
    });
}

} // namespace Wac::Test

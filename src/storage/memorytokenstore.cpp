// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/memorytokenstore.h"

#include <QMetaObject>

namespace Wac {

// Answers are queued like the keychain's, so callers cannot come to rely on synchronous ones.

void MemoryTokenStore::read(const QString &key, QObject *context, ReadCallback done)
{
    const auto it = m_secrets.constFind(key);
    const QByteArray secret = it == m_secrets.cend() ? QByteArray() : *it;
    const Error error = it == m_secrets.cend() ? Error::NotFound : Error::None;
    QMetaObject::invokeMethod(
        context, [done, secret, error] { done(secret, error, {}); }, Qt::QueuedConnection);
}

void MemoryTokenStore::write(
    const QString &key, const QByteArray &secret, QObject *context, DoneCallback done)
{
    m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(
        context, [done] { done(Error::None, {}); }, Qt::QueuedConnection);
}

void MemoryTokenStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    const Error error = m_secrets.remove(key) > 0 ? Error::None : Error::NotFound;
    QMetaObject::invokeMethod(
        context, [done, error] { done(error, {}); }, Qt::QueuedConnection);
}

} // namespace Wac

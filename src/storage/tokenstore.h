// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace Wac {

/**
 * Where secrets live: the OS keychain, or memory for this session only. Operations are
 * asynchronous; each calls back once, through `context`'s thread and never after `context` is
 * gone. NotFound is not a failure: it means "no token yet".
 */
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Error
    {
        None,
        NotFound,
        NoBackend,
        AccessDenied,
        Other
    };

    using ReadCallback =
        std::function<void(const QByteArray &secret, Error error, const QString &detail)>;
    using DoneCallback = std::function<void(Error error, const QString &detail)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(
        const QString &key, const QByteArray &secret, QObject *context, DoneCallback done) = 0;
    virtual void remove(const QString &key, QObject *context, DoneCallback done) = 0;
};

} // namespace Wac

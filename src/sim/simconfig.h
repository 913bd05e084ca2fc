// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Wac::Sim {

/// A business phone number the simulator answers for.
struct PhoneNumberInfo
{
    QString id;
    QString displayNumber;
    QString verifiedName;
    QString qualityRating = QStringLiteral("GREEN");
    QString countryCode; ///< prepended to recipients written without "+" (reference §8)
};

/// What the simulator accepts: tokens, numbers, WABA, template seeds, limits.
struct SimConfig
{
    QStringList tokens;
    QStringList expiredTokens;
    QList<PhoneNumberInfo> phoneNumbers;
    QString wabaId;
    /// WABAs whose webhooks the app receives from the start (subscribed_apps); the Sandbox's own
    /// is, so that a first run works, and a WABA set here by hand starts unsubscribed.
    QStringList subscribedWabas;
    QString appId = QStringLiteral("1493782561480275"); ///< the app that subscribed_apps names
    QString appName = QStringLiteral("waconsole Sandbox");
    QString templateSeed;
    qint64 maxMessageBytes = 5 * 1024 * 1024;
    QList<QUrl> webhooks; ///< callback URLs for status and inbound webhooks
    QByteArray appSecret; ///< signs webhooks (X-Hub-Signature-256)
    bool limits = true; ///< pair rate limit and throughput
    /// Uploaded and received files kept in memory at most (MediaStore: oldest evicted first).
    qint64 mediaBudgetBytes = 256LL * 1024 * 1024;
    /// A connection with no request under way is closed after this long without a byte.
    int idleTimeoutMs = 30'000;
    /// A request's head and body must all arrive within this long of its first byte (else 408).
    int requestTimeoutMs = 30'000;
    bool windowErrorsSync = false;
    /// How long a created or edited template stays PENDING before its review (0: at once).
    int templateReviewSeconds = 5;

    /// The built-in Sandbox: token "sandbox-token", one US number, the built-in templates.
    static SimConfig sandbox();
    const PhoneNumberInfo *phoneNumber(const QString &id) const;
};

} // namespace Wac::Sim

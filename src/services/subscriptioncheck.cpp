// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/subscriptioncheck.h"

#include "core/coretr.h"
#include "net/cloudapiclient.h"

#include "services/profileconfig.h"

using namespace Qt::StringLiterals;

namespace Wac {

QString SubscriptionCheck::Answer::text() const
{
    if (!subscription) {
        const ApiError &e = failure.error;
        return e.headline() + u' ' + e.message + u"\n"_s + e.hint();
    }
    if (!subscription->isSubscribed())
        return Tr::tr(
            "Not subscribed: Meta sends nothing to your callback URL until you subscribe.");
    QStringList names;
    for (const WabaSubscription::App &app : subscription->apps)
        names.append(app.name.isEmpty() ? app.id : app.name);
    QString text = names.size() == 1
        ? Tr::tr("Subscribed: the app “%1” receives this account's webhooks.").arg(names.first())
        : Tr::tr("Subscribed: the apps “%1” receive this account's webhooks.")
              .arg(names.join(u"”, “"_s));
    for (const WabaSubscription::App &app : subscription->apps) {
        // An override sends the account's webhooks elsewhere, whatever the dashboard says.
        if (!app.overrideCallbackUri.isEmpty())
            text += u' '
                + Tr::tr("They go to %1, which overrides the app's callback URL.")
                      .arg(app.overrideCallbackUri);
    }
    return text;
}

SubscriptionCheck::SubscriptionCheck(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{ }

SubscriptionCheck::~SubscriptionCheck() = default;

bool SubscriptionCheck::check(const Profile &profile, const QByteArray &token)
{
    return start(profile, token, false);
}

bool SubscriptionCheck::subscribe(const Profile &profile, const QByteArray &token)
{
    return start(profile, token, true);
}

void SubscriptionCheck::forget()
{
    ++m_run;
    m_busy = false;
}

bool SubscriptionCheck::start(const Profile &profile, const QByteArray &token, bool subscribe)
{
    if (m_busy)
        return false;
    m_busy = true;
    const quint64 run = ++m_run;
    // Later, not now: a slot of finished() may start the next check while the old client's job
    // is still emitting.
    if (m_client)
        m_client.release()->deleteLater();
    m_client = std::make_unique<CloudApiClient>(m_nam, apiConfig(profile, timeoutMs));
    m_client->setToken(token);
    SendJob *job = subscribe ? m_client->subscribeApp() : m_client->getSubscribedApps();
    connect(job, &SendJob::finished, this,
        [this, run, subscribe](const SendResult &result) { answered(run, subscribe, result); });
    return true;
}

void SubscriptionCheck::answered(quint64 run, bool subscribed, const SendResult &result)
{
    if (run != m_run)
        return;
    if (subscribed && result.outcome == SendResult::Outcome::Accepted) {
        // Then what Meta says now, with the app's name, rather than "success". The same client
        // asks: it outlives the job that is still emitting this answer.
        SendJob *job = m_client->getSubscribedApps();
        connect(job, &SendJob::finished, this,
            [this, run](const SendResult &checked) { answered(run, false, checked); });
        return;
    }
    m_busy = false;
    Answer answer;
    if (subscribed)
        answer.failure = result;
    else
        answer.subscription = WabaSubscription::read(result, &answer.failure);
    Q_EMIT finished(answer);
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/profilereceiver.h"

#include "storage/secretvault.h"

#include <QDateTime>

#include "services/inbox.h"

using namespace Qt::StringLiterals;

namespace Wac {

ProfileReceiver::ProfileReceiver(Inbox *inbox, SecretVault *vault, QObject *parent)
    : QObject(parent)
    , m_inbox(inbox)
    , m_vault(vault)
{
    // Without a history to keep it in, a delivery is answered 500: Meta sends it again later,
    // where a 200 would have lost it.
    m_receiver.setSink([this](const ReceivedDelivery &delivery) {
        return m_inbox && m_inbox->record(m_profile.name, delivery);
    });
    connect(
        &m_receiver, &WebhookReceiver::delivered, this, [this](const ReceivedDelivery &delivery) {
            m_state.lastDeliveryAt = delivery.receivedAt;
            m_state.lastVerified = true;
            m_state.lastResult = tr("200: accepted and recorded");
            ++m_state.accepted;
            publish();
            Q_EMIT accepted(delivery);
        });
    connect(&m_receiver, &WebhookReceiver::rejected, this,
        [this](int status, const QString &reason, const ReceivedDelivery &delivery) {
            m_state.lastDeliveryAt = delivery.receivedAt != 0 ? delivery.receivedAt
                                                              : QDateTime::currentMSecsSinceEpoch();
            m_state.lastVerified = delivery.verified;
            m_state.lastResult = u"%1: %2"_s.arg(status).arg(reason);
            if (status == 500) {
                const QString why = m_inbox
                    ? tr("The history file did not take it (%1): free disk space or close "
                         "what holds the file; Meta sends it again.")
                          .arg(m_inbox->lastError())
                    : tr("No history is open, so nothing could be kept; Meta sends it again.");
                m_state.lastResult += u' ' + why;
            }
            ++m_state.rejected;
            publish();
            Q_EMIT refused(status, reason);
        });
    connect(&m_receiver, &WebhookReceiver::handshake, this,
        [this](bool accepted, const QString &reason) {
            m_state.lastResult = accepted ? tr("Verification handshake answered")
                                          : tr("Verification handshake refused: %1").arg(reason);
            publish();
            if (!accepted)
                Q_EMIT refused(403, reason);
        });
}

bool ProfileReceiver::start(const Profile &profile, const WebhookReceiver::Options &options,
    const Secrets &given, QString *error)
{
    stop();
    ++m_generation;
    m_profile = profile;
    m_state = {};
    if (!m_receiver.listen(options, error)) {
        m_state.problem = *error;
        publish();
        return false;
    }
    m_state.listening = true;
    m_state.url = m_receiver.url();
    if (!m_inbox)
        m_state.problem = tr("The history could not be opened: deliveries are answered 500 so "
                             "that Meta sends them again later.");
    m_hasAppSecret = false;
    if (given.appSecret) {
        m_receiver.setAppSecret(*given.appSecret);
        m_hasAppSecret = !given.appSecret->isEmpty();
    } else {
        readSecret(SecretVault::appSecret, true);
    }
    if (given.verifyToken)
        m_receiver.setVerifyToken(*given.verifyToken);
    else
        readSecret(SecretVault::verifyToken, false);
    if (given.appSecret && !m_hasAppSecret)
        m_state.problem = tr("No app secret: every delivery is refused (403) until one is set.");
    publish();
    return true;
}

void ProfileReceiver::readSecret(const char *name, bool appSecret)
{
    if (!m_vault) {
        if (appSecret)
            m_state.problem = tr("No keychain: every delivery is refused (403) until an app "
                                 "secret is given.");
        return;
    }
    const int generation = m_generation;
    m_vault->read(m_profile.name, QLatin1String(name), this,
        [this, generation, appSecret](
            const QByteArray &secret, TokenStore::Error failure, const QString &detail) {
            if (generation != m_generation)
                return;
            if (appSecret) {
                m_receiver.setAppSecret(secret);
                m_hasAppSecret = !secret.isEmpty();
            } else {
                m_receiver.setVerifyToken(secret);
            }
            if (failure != TokenStore::Error::None && failure != TokenStore::Error::NotFound)
                setProblem(appSecret
                        ? tr("The keychain did not give the app secret of \"%1\" (%2): every "
                             "delivery is refused until it does.")
                              .arg(m_profile.name, detail)
                        : tr("The keychain did not give the verify token of \"%1\" (%2): Meta's "
                             "verification handshake is refused until it does.")
                              .arg(m_profile.name, detail));
            else if (appSecret && !m_hasAppSecret)
                setProblem(tr("\"%1\" has no app secret: every delivery is refused (403) until "
                              "one is saved in File → Profiles.")
                               .arg(m_profile.name));
            else if (!appSecret && secret.isEmpty())
                setProblem(tr("\"%1\" has no verify token: Meta's verification handshake is "
                              "refused until one is saved in File → Profiles.")
                               .arg(m_profile.name));
        });
}

void ProfileReceiver::setProblem(const QString &problem)
{
    if (m_state.problem.isEmpty()) // the first one, usually the app secret's, matters most
        m_state.problem = problem;
    publish();
}

void ProfileReceiver::stop()
{
    m_receiver.close();
    m_state.listening = false;
}

void ProfileReceiver::publish()
{
    Q_EMIT stateChanged(m_state);
}

} // namespace Wac

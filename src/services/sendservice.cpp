// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/sendservice.h"

#include "core/coretr.h"
#include "core/messagetype.h"
#include "net/cloudapiclient.h"
#include "storage/historystore.h"

#include <QDateTime>
#include <QJsonDocument>

#include "services/graphaccess.h"
#include "services/graphrequest.h"
#include "services/historylog.h"
#include "services/storeaccess.h"

using namespace Qt::StringLiterals;

namespace Wac {

SendService::SendService(GraphAccess *graph, QObject *parent)
    : QObject(parent)
    , m_request(new GraphRequest(graph, this))
{
    connect(m_request, &GraphRequest::progress, this, &SendService::progress);
    connect(m_request, &GraphRequest::finished, this, &SendService::done);
}

SendService::~SendService() = default;

bool SendService::isBusy() const
{
    return m_request->isBusy();
}

bool SendService::send(const Profile &profile, const QJsonObject &body)
{
    return m_request->run(
        profile, [body](CloudApiClient &client) { return client.sendMessage(body); },
        [this, profile, body](SendResult *refusal) {
            if (!m_history)
                return true;
            if (const QString elsewhere = storeMismatch(profile); !elsewhere.isEmpty()) {
                *refusal = GraphAccess::refusal(elsewhere);
                refusal->error.category = ApiError::Category::Refused;
                return false;
            }
            // Written before the request leaves, so that a crash from here on leaves a trace;
            // and nothing leaves that could not be recorded.
            m_historyId = m_history->addPending(historyEntry(profile, body));
            if (m_historyId > 0)
                return true;
            *refusal = GraphAccess::refusal(
                Tr::tr("The history could not record the send, so it was not sent: %1")
                    .arg(m_history->store()->lastError()));
            refusal->error.category = ApiError::Category::Refused;
            return false;
        });
}

QString SendService::storeMismatch(const Profile &profile) const
{
    const StoreLocation &open = m_history->store()->location();
    const QString wanted = StoreAccess::otherStore(profile, open);
    if (wanted.isEmpty())
        return {};
    return Tr::tr("Not sent: \"%1\" keeps its history in %2, but this console records into "
                  "%3, and nothing leaves without its record where the profile's team looks. "
                  "Start waconsole with --profile \"%1\" to use its store.")
        .arg(profile.name, wanted, StoreAccess::describe(open));
}

void SendService::cancel()
{
    m_request->cancel();
}

void SendService::done(const SendResult &result)
{
    const qint64 id = std::exchange(m_historyId, 0);
    const bool recorded = id <= 0 || m_history->finish(id, historyAnswer(result));
    Q_EMIT finished(result);
    if (recorded)
        return;
    Q_EMIT notRecorded(m_history->unfinished() > 0
            ? Tr::tr("The team store is unreachable, so the answer is not in the history yet: "
                     "it is kept, and recorded as soon as the server is back.")
            : Tr::tr("The history could not record the answer: %1")
                  .arg(m_history->store()->lastError()));
}

HistoryEntry SendService::historyEntry(const Profile &profile, const QJsonObject &body)
{
    HistoryEntry e;
    e.createdAt = QDateTime::currentMSecsSinceEpoch();
    e.profile = profile.name;
    e.phoneNumberId = profile.phoneNumberId;
    e.recipient = body.value(u"to").toString();
    e.type = messageTypeId(messageTypeOf(body));
    e.requestJson = QJsonDocument(body).toJson(QJsonDocument::Compact);
    e.callbackData = body.value(u"biz_opaque_callback_data").toString();
    e.repliedTo = body.value(u"context").toObject().value(u"message_id").toString();
    // In a team store every reply names its agent; a profile of its own file needs none.
    e.agent = profile.agentName.isEmpty() && profile.store.isPostgres() ? profile.name
                                                                        : profile.agentName;
    return e;
}

HistoryAnswer SendService::historyAnswer(const SendResult &result)
{
    HistoryAnswer a;
    switch (result.outcome) {
    case SendResult::Outcome::Accepted:
        a.outcome = HistoryOutcome::Accepted;
        break;
    case SendResult::Outcome::Unknown:
        a.outcome = HistoryOutcome::Unknown;
        break;
    case SendResult::Outcome::Rejected:
    case SendResult::Outcome::NotSent:
    case SendResult::Outcome::Cancelled:
        a.outcome = HistoryOutcome::Failed;
        break;
    }
    a.httpStatus = result.httpStatus;
    a.responseJson = result.body;
    a.wamid = result.wamid;
    a.waId = result.waId;
    a.messageStatus = result.messageStatus;
    if (result.outcome != SendResult::Outcome::Accepted) {
        const ApiError &e = result.error;
        a.errorCode = e.code;
        // The server's own words when it gave some; otherwise what happened on the way.
        a.errorMessage = e.message.isEmpty() || result.httpStatus == 0
            ? e.headline() + (e.message.isEmpty() ? QString() : u": "_s + e.message)
            : e.message;
        a.fbtraceId = e.fbtraceId;
    }
    return a;
}

} // namespace Wac

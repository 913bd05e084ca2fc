// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/conversations/threadlook.h"

#include "core/messagesummary.h"
#include "net/apierror.h"
#include "storage/historyrecord.h"

#include <QDateTime>
#include <QImageReader>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int pictureMaxSide = 720; ///< the widest a thread draws a picture, at 2× density

} // namespace

std::optional<ThreadLook::Reaction> ThreadLook::reactionOf(const ThreadItem &item)
{
    if (item.type != u"reaction"_s)
        return std::nullopt;
    if (item.inbound)
        return Reaction {item.contextId, item.text};
    if (item.outcome != int(HistoryOutcome::Accepted) || item.status == u"failed"_s)
        return std::nullopt;
    const QJsonObject reaction =
        QJsonDocument::fromJson(item.json).object().value(u"reaction").toObject();
    return Reaction {reaction.value(u"message_id").toString(), reaction.value(u"emoji").toString()};
}

PreviewIcon ThreadLook::ticksOf(const ThreadItem &item)
{
    switch (HistoryOutcome(item.outcome)) {
    case HistoryOutcome::Pending:
    case HistoryOutcome::Unknown:
        return PreviewIcon::Clock;
    case HistoryOutcome::Failed:
        return PreviewIcon::Failed;
    case HistoryOutcome::Accepted:
        break;
    }
    // Accepted is not sent: until a status comes, the clock stays.
    if (item.status == u"failed"_s)
        return PreviewIcon::Failed;
    if (item.status == u"read"_s || item.status == u"played"_s)
        return PreviewIcon::TicksRead;
    if (item.status == u"delivered"_s)
        return PreviewIcon::TicksSent;
    return item.status.isEmpty() ? PreviewIcon::Clock : PreviewIcon::TickSent;
}

QString ThreadLook::failureOf(const ThreadItem &item, bool whole)
{
    if (item.inbound)
        return {};
    if (item.outcome == int(HistoryOutcome::Unknown))
        return tr("Outcome unknown: no complete answer came back; check before sending again.");
    if (item.outcome != int(HistoryOutcome::Failed) && item.status != u"failed"_s)
        return {};
    if (item.errorCode == 0)
        return item.errorMessage.isEmpty() ? tr("Not sent.") : item.errorMessage;
    // Graph's code says what it means; its own words follow, verbatim: under the bubble only
    // their title ("Re-engagement message"), the details and what to do in the tooltip.
    ApiError error;
    error.code = item.errorCode;
    error.category = ApiError::categoryForCode(item.errorCode, 0);
    QString message = item.errorMessage;
    if (const QString prefix = u"(#%1) "_s.arg(item.errorCode); message.startsWith(prefix))
        message.remove(0, prefix.size());
    if (!whole)
        message = message.section(u": "_s, 0, 0);
    QString text = tr("%1 #%2 %3").arg(error.headline()).arg(item.errorCode).arg(message);
    if (whole && !error.hint().isEmpty())
        text += u"\n"_s + error.hint();
    return text.trimmed();
}

QString ThreadLook::textOf(const ThreadItem &item)
{
    return item.inbound ? item.text : messageSummary(QJsonDocument::fromJson(item.json).object());
}

ThreadBubble ThreadLook::bubbleOf(const ThreadItem &item)
{
    ThreadBubble b;
    b.inbound = item.inbound;
    b.time = QDateTime::fromMSecsSinceEpoch(item.at).toString(u"HH:mm"_s);
    b.json = QJsonDocument::fromJson(item.json).object();
    b.type = item.type;
    b.text = item.text;
    b.understood = item.understood;
    switch (item.media) {
    case InboundMedia::None:
        break;
    case InboundMedia::Pending:
        b.media = ThreadBubble::Media::Fetching;
        break;
    case InboundMedia::Fetched:
        // A team's row says some console has the file; this one may not (yet).
        b.media = item.mediaHere ? ThreadBubble::Media::Fetched : ThreadBubble::Media::Elsewhere;
        break;
    case InboundMedia::Failed:
        b.media = ThreadBubble::Media::Failed;
        break;
    }
    b.mediaError = item.mediaError;
    if (!item.inbound) {
        b.ticks = ticksOf(item);
        b.failure = failureOf(item);
        // In a team store the thread holds everyone's replies: each says who wrote it.
        if (!item.agent.isEmpty())
            b.time = tr("%1 · %2", "agent name, time").arg(item.agent, b.time);
    }
    return b;
}

PreviewOptions::Quote ThreadLook::quoteOf(const ThreadItem &quoted, const QString &customer)
{
    QString text = textOf(quoted);
    if (text.isEmpty())
        text = quoted.type;
    return {quoted.inbound ? customer : tr("You"), text};
}

QString ThreadLook::nameOf(const Conversation &c)
{
    if (!c.name.isEmpty())
        return c.name;
    if (!c.username.isEmpty())
        return u'@' + c.username;
    return c.address();
}

QImage ThreadLook::picture(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone photo stands as the phone shows it
    // Read once at the largest size drawn: a camera's 12 MP photo would cost every paint.
    const QSize size = reader.size();
    if (size.width() > pictureMaxSide || size.height() > pictureMaxSide)
        reader.setScaledSize(size.scaled(pictureMaxSide, pictureMaxSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (!image.isNull())
        image.convertTo(QImage::Format_ARGB32_Premultiplied);
    return image;
}

QString ThreadLook::dayText(QDate day, QDate today)
{
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

} // namespace Wac

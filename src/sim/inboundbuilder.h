// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "sim/mediastore.h"
#include "sim/simconfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Wac::Sim {

/**
 * What a simulated customer sends, from a `/_sim/inbound` request, in the shape of Meta's
 * inbound `messages[]` objects (reference §6.3): `type` is text (the default), image, document,
 * audio, sticker, location, button_reply, reaction, call_permission_reply or contact_info (the
 * answers of callreplies.h). A media file is stored in the MediaStore
 * (the request's base64 `data`, else a built-in sample), so that `GET /{media-id}` and its
 * download work, and the webhook's sha256 is the file's own, in base64 as Meta writes it.
 */
class InboundBuilder
{
public:
    /// `now` is the simulator's clock: a call permission granted now expires in 7 days.
    InboundBuilder(MediaStore &media, const PhoneNumberInfo &phone, const QDateTime &now)
        : m_media(media)
        , m_phone(phone)
        , m_now(now)
    { }

    /// The message's `type`, its object and its `context`, without from, id and timestamp;
    /// nullopt and `error` when the request is not one the simulator can send.
    std::optional<QJsonObject> build(const QJsonObject &request, QString *error);

private:
    std::optional<QJsonObject> media(
        const QString &type, const QJsonObject &request, QString *error);
    std::optional<QJsonObject> location(const QJsonObject &request, QString *error) const;
    std::optional<QJsonObject> buttonReply(const QJsonObject &request, QString *error) const;
    std::optional<QJsonObject> reaction(const QJsonObject &request, QString *error) const;
    QJsonObject context(const QString &wamid) const;

    MediaStore &m_media;
    const PhoneNumberInfo &m_phone;
    QDateTime m_now;
};

} // namespace Wac::Sim

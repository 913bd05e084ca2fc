// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Wac {

/// Every kind of message the console composes: the `type` field, refined by
/// `interactive.type`, plus the mark-as-read request (which has `status` instead of `type`).
enum class MessageType
{
    Text,
    Image,
    Audio,
    Video,
    Document,
    Sticker,
    Location,
    Contacts,
    InteractiveButton,
    InteractiveList,
    InteractiveCtaUrl,
    InteractiveFlow,
    InteractiveLocationRequest,
    InteractiveAddress,
    InteractiveProduct,
    InteractiveProductList,
    InteractiveCatalog,
    Template,
    Reaction,
    MarkAsRead,
    Unknown, ///< a type waconsole does not model; the payload is still kept and sent as is
};

QList<MessageType> allMessageTypes();

/// The `type` field's value ("interactive" for every interactive kind; empty for MarkAsRead).
QString wireType(MessageType type);
/// `interactive.type` for the interactive kinds, empty otherwise.
QString interactiveWireType(MessageType type);
/// A stable identifier for files and the command line: "text", "interactive.list", "read".
QString messageTypeId(MessageType type);
MessageType messageTypeFromId(const QString &id);

/// What a request body is, read from `type` (default "text"), `interactive.type` and `status`.
MessageType messageTypeOf(const QJsonObject &body);

bool isMedia(MessageType type);
bool isInteractive(MessageType type);

} // namespace Wac

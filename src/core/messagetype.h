// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Wac {

/// Every kind of message the console composes: the `type` field, refined by
/// `interactive.type`, plus the mark-as-read request (which has `status` instead of `type`).
/// A new value goes into the table of messagetype.cpp; every `switch` over it has no `default:`,
/// so the build (-Wswitch, an error with -Werror) names each layer that does not handle it yet.
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
    InteractiveCarousel,
    InteractiveVoiceCall,
    InteractiveCallPermissionRequest,
    InteractiveRequestContactInfo,
    InteractiveOrderDetails,
    InteractiveOrderStatus,
    Template,
    Reaction,
    Pin,
    MarkAsRead,
    Unknown, ///< a type waconsole does not model; the payload is still kept and sent as is
};

/// Where a type sits in the window's list: Text · Media · Location · Contacts · Interactive ·
/// Template · Reaction · Pin · Mark as read. Media and Interactive hold several types.
enum class MessageGroup
{
    Text,
    Media,
    Location,
    Contacts,
    Interactive,
    Template,
    Reaction,
    Pin,
    MarkAsRead,
    Unknown,
};

/// One modelled message type, as every layer names it.
struct MessageTypeInfo
{
    MessageType type;
    QStringView wire; ///< the `type` field ("interactive"; empty for mark-as-read)
    QStringView interactive; ///< `interactive.type`, empty for the other groups
    QStringView id; ///< stable, for files and the command line: "text", "interactive.list"
    MessageGroup group;
};

/// The one table of modelled types (not Unknown), in the window's order. The validator's lists,
/// the Examples (`resources/examples/<id>.json`) and the composer registry follow it.
const QList<MessageTypeInfo> &messageTypeTable();
/// The table's entry of `type`; nullptr for Unknown.
const MessageTypeInfo *messageTypeInfo(MessageType type);

QList<MessageType> allMessageTypes();

/// The `type` field's value ("interactive" for every interactive kind; empty for MarkAsRead).
QString wireType(MessageType type);
/// `interactive.type` for the interactive kinds, empty otherwise.
QString interactiveWireType(MessageType type);
/// A stable identifier for files and the command line: "text", "interactive.list", "read".
QString messageTypeId(MessageType type);
MessageType messageTypeFromId(const QString &id);
MessageGroup messageGroup(MessageType type);

/// Every distinct `type` value a message may have, in table order ("text" … "reaction").
QStringList wireTypes();
/// Every `interactive.type` waconsole models, in table order ("button" … "catalog_message").
QStringList interactiveWireTypes();
/// The interactive kind whose `interactive.type` is `kind`; Unknown when none is.
MessageType interactiveTypeOf(const QString &kind);

/// What a request body is, read from `type` (default "text"), `interactive.type` and `status`.
MessageType messageTypeOf(const QJsonObject &body);

bool isMedia(MessageType type);
bool isInteractive(MessageType type);

} // namespace Wac

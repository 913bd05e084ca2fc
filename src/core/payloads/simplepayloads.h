// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// The small payloads: each view reads its object with fromJson() and writes itself back over
// the object it came from with toJson(base), touching only what changed (see jsonfields.h).
namespace Wac {

/// `text`: body (1..4096 characters) and the optional link preview switch.
struct TextPayload
{
    QString body;
    std::optional<bool> previewUrl;

    static TextPayload fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

/// `reaction`: the WAMID reacted to and one emoji; an empty emoji removes the reaction.
struct ReactionPayload
{
    QString messageId;
    QString emoji;

    static ReactionPayload fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

/// A media object (message media, interactive header media, template media parameter):
/// an uploaded `id` or a public `link`, and what the kind allows of caption and file name.
struct MediaPayload
{
    std::optional<QString> id;
    std::optional<QString> link;
    std::optional<QString> caption;
    std::optional<QString> filename;
    std::optional<bool> voice; ///< audio only: send as a voice note

    static MediaPayload fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

/// `location`, also a template header's location parameter.
struct LocationPayload
{
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<QString> name;
    std::optional<QString> address;

    static LocationPayload fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

/// The mark-as-read request's own fields (it has no recipient and no `type`).
struct MarkReadPayload
{
    QString messageId;
    bool typingIndicator = false; ///< also show "typing…" (typing_indicator.type = "text")

    static MarkReadPayload fromJson(const QJsonObject &message);
    QJsonObject toJson(QJsonObject base = {}) const;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/payloads/simplepayloads.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The repeated parts of interactive messages. Views as in simplepayloads.h.
namespace Wac {

/// `interactive.header`: `type` text / image / video / document, and its text or media.
struct InteractiveHeader
{
    QString type = QStringLiteral("text");
    std::optional<QString> text;
    MediaPayload media; ///< under the key named by `type` when it is a media type

    static InteractiveHeader fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

/// A reply button: `{"type":"reply","reply":{"id","title"}}`.
struct ReplyButton
{
    QString id;
    QString title;

    static ReplyButton fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

struct ListRow
{
    QString id;
    QString title;
    std::optional<QString> description;

    static ListRow fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

struct ListSection
{
    std::optional<QString> title;
    QList<ListRow> rows;

    static ListSection fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

struct ProductItem
{
    QString productRetailerId;

    static ProductItem fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

/// A product-list section: a title and the retailer ids of its products.
struct ProductSection
{
    std::optional<QString> title;
    QList<ProductItem> items;

    static ProductSection fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

/// `action.parameters` of a flow message.
struct FlowParameters
{
    QString messageVersion = QStringLiteral("3");
    std::optional<QString> flowId;
    std::optional<QString> flowName;
    std::optional<QString> flowToken;
    QString flowCta;
    std::optional<QString> mode; ///< draft / published
    std::optional<QString> flowAction; ///< navigate / data_exchange
    std::optional<QString> screen; ///< flow_action_payload.screen
    std::optional<QJsonObject> data; ///< flow_action_payload.data, the first screen's input

    static FlowParameters fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

} // namespace Wac

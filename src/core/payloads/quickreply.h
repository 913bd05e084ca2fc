// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QString>

namespace Wac {

/// A carousel card's quick-reply button: `{"type":"quick_reply","quick_reply":{"id","title"}}`.
/// Not a ReplyButton: the keys differ (`reply` there), and a tap returns the same webhook.
struct QuickReply
{
    QString id;
    QString title;

    static QuickReply fromJson(const QJsonObject &object);
    QJsonObject toJson(QJsonObject base = {}) const;
};

} // namespace Wac

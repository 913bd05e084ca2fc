// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QString>

namespace Wac {

/**
 * What a request says, on one line, for a list of sent messages: a text's body, a media's
 * caption (a document's file name without one), an interactive message's body, a template's
 * name with its parameters, a reaction's emoji, a location's name, the contacts' names. Empty
 * when the message has no words of its own (an image without caption, a read receipt). Line
 * breaks and runs of spaces read as one space.
 */
QString messageSummary(const QJsonObject &body);

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/messagetype.h"

#include <QList>

#include <functional>

class QWidget;

namespace Wac {

class ComposerPage;

/// One message type the window offers: where it sits in the type list and its page.
struct ComposerEntry
{
    MessageType type;
    const char *group; ///< untranslated group title, or nullptr for a top-level type
    const char *title; ///< untranslated title (context "ComposerRegistry")
    std::function<ComposerPage *(QWidget *parent)> create;
};

/// Every type of the table of types (core/messagetype.h), in its order, which is the window's
/// list: Text · Media · Location · Contacts · Interactive · Template · Reaction · Mark as read.
const QList<ComposerEntry> &composerEntries();

/// The translated title of `type` ("Reply buttons").
QString composerTitle(MessageType type);

} // namespace Wac

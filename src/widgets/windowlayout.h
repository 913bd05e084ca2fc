// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QList>

#include <utility>

class QDockWidget;
class QMainWindow;
class QSplitter;

namespace Wac {

class ConversationsPane;
class HistoryPane;

/// What the user arranged in the window (its size, docks and splitters), kept across runs.
namespace WindowLayout {

struct Parts
{
    QMainWindow *window = nullptr;
    QSplitter *main = nullptr; ///< types · composer · views
    QSplitter *side = nullptr; ///< views · problems
    HistoryPane *history = nullptr; ///< may be missing
    ConversationsPane *conversations = nullptr; ///< missing too until the dock first shows
    /// Docks placed beside the first dock of each pair when the saved state does not know them
    /// (a state saved before they existed would put them side by side, wider than the screen).
    QList<std::pair<QDockWidget *, QDockWidget *>> tabbed;
};

/// Lays the window out as it was last time, over the defaults it sets first.
void restore(const Parts &parts);
/// Writes what `parts` hold; a missing pane's splitter keeps what was saved last.
void save(const Parts &parts);
/// Lays out a Conversations pane made after the window as it was last time.
void restoreConversations(ConversationsPane *pane);

} // namespace WindowLayout

} // namespace Wac

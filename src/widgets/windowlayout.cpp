// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/windowlayout.h"

#include "storage/settings.h"
#include "widgets/conversations/conversationspane.h"
#include "widgets/history/historypane.h"

#include <QDataStream>
#include <QDockWidget>
#include <QIODevice>
#include <QMainWindow>
#include <QSplitter>

namespace Wac::WindowLayout {

namespace {

/// Whether `state` (QMainWindow::saveState) places the dock `name`: it holds each dock's
/// object name as QDataStream writes a string, in UTF-16 big-endian.
bool knows(const QByteArray &state, const QString &name)
{
    QByteArray utf16;
    for (const QChar c : name)
        utf16.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    return state.contains(utf16);
}

} // namespace

void restore(const Parts &p)
{
    p.main->setStretchFactor(0, 0);
    p.main->setStretchFactor(1, 5);
    p.main->setStretchFactor(2, 4);
    p.main->setSizes({170, 560, 480});
    p.side->setStretchFactor(0, 3);
    p.side->setStretchFactor(1, 1);
    p.side->setSizes({460, 170});
    // What the user arranged last time wins over the defaults above.
    p.window->restoreGeometry(Settings::value(Settings::Key::WindowGeometry).toByteArray());
    const QByteArray state = Settings::value(Settings::Key::WindowState).toByteArray();
    p.window->restoreState(state);
    for (const auto &[beside, dock] : p.tabbed) {
        if (!state.isEmpty() && !knows(state, dock->objectName())) {
            p.window->tabifyDockWidget(beside, dock);
            beside->raise();
        }
    }
    p.main->restoreState(Settings::value(Settings::Key::MainSplitter).toByteArray());
    p.side->restoreState(Settings::value(Settings::Key::SideSplitter).toByteArray());
    if (p.history)
        p.history->restoreSplitterState(
            Settings::value(Settings::Key::HistorySplitter).toByteArray());
    if (p.conversations)
        restoreConversations(p.conversations);
}

void restoreConversations(ConversationsPane *pane)
{
    pane->restoreSplitterState(Settings::value(Settings::Key::ConversationsSplitter).toByteArray());
}

void save(const Parts &p)
{
    QList<std::pair<Settings::Key, QVariant>> values {
        {Settings::Key::WindowGeometry, p.window->saveGeometry()},
        {Settings::Key::WindowState, p.window->saveState()},
        {Settings::Key::MainSplitter, p.main->saveState()},
        {Settings::Key::SideSplitter, p.side->saveState()},
        {Settings::Key::HistorySplitter,
            p.history ? p.history->saveSplitterState() : QByteArray()}};
    // A pane never made this run (its dock stayed behind the History) keeps its last layout.
    if (p.conversations)
        values.append({Settings::Key::ConversationsSplitter, p.conversations->saveSplitterState()});
    Settings::setValues(values);
}

} // namespace Wac::WindowLayout

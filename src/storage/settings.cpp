// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/settings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant fallback;
};

const QList<Entry> &table()
{
    // The names are what older versions wrote: renaming one loses the user's choice.
    static const QList<Entry> entries = {
        {Settings::Key::Theme, "view/theme", QString()},
        {Settings::Key::HistoryKeepDays, "history/keepDays", 0},
        {Settings::Key::SendAnywayEverywhere, "send/anywayEverywhere", false},
        // Fixed so that scripts find the Sandbox where they found it last time; a free port is
        // taken only when this one is busy.
        {Settings::Key::SandboxPort, "sandbox/port", 8808},
        {Settings::Key::LastFolder, "files/lastFolder", QString()},
        {Settings::Key::WindowGeometry, "window/geometry", QVariant()},
        {Settings::Key::WindowState, "window/state", QVariant()},
        {Settings::Key::MainSplitter, "window/mainSplitter", QVariant()},
        {Settings::Key::SideSplitter, "window/sideSplitter", QVariant()},
        {Settings::Key::HistorySplitter, "window/historySplitter", QVariant()},
        {Settings::Key::ConversationsSplitter, "window/conversationsSplitter", QVariant()},
        {Settings::Key::ConversationsNotify, "conversations/notify", true},
    };
    return entries;
}

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : table()) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

/// The file every waconsole program shares, whatever the application name of the process.
/// Instances share one cache in Qt, so a fresh one per call costs nothing and never goes stale.
QSettings store()
{
    return QSettings(u"waconsole"_s, u"waconsole"_s);
}

} // namespace

QVariant Settings::value(Key key)
{
    const Entry &e = entry(key);
    return store().value(QLatin1String(e.name), e.fallback);
}

void Settings::setValue(Key key, const QVariant &value)
{
    store().setValue(QLatin1String(entry(key).name), value);
}

void Settings::setValues(const QList<std::pair<Key, QVariant>> &values)
{
    QSettings settings = store();
    for (const auto &[key, value] : values)
        settings.setValue(QLatin1String(entry(key).name), value);
}

void Settings::reset(Key key)
{
    store().remove(QLatin1String(entry(key).name));
}

} // namespace Wac

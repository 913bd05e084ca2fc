// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/dialogs/openprofiles.h"

#include "storage/profilestore.h"
#include "widgets/dialogs/profiledialog.h"
#include "widgets/windowservices.h"

#include <memory>

#include "services/graphaccess.h"
#include "services/receivers.h"

namespace Wac {

namespace {

void followReceivers(ProfileDialog *dialog, Receivers *receivers, ProfileStore *profiles)
{
    auto shown = std::make_shared<QString>();
    QObject::connect(dialog, &ProfileDialog::profileShown, dialog,
        [dialog, receivers, shown](const QString &name) {
            *shown = name;
            dialog->setReceiverState(receivers->state(name));
        });
    QObject::connect(receivers, &Receivers::stateChanged, dialog,
        [dialog, shown](const QString &profile, const ReceiverState &state) {
            if (profile == *shown)
                dialog->setReceiverState(state);
        });
    // A port, an app secret or a verify token saved: the receivers start again with them.
    QObject::connect(dialog, &ProfileDialog::profilesChanged, receivers,
        [receivers, profiles] { receivers->sync(profiles->profiles()); });
}

} // namespace

void openProfiles(QWidget *window, const WindowServices &services, const QString &selected,
    const std::function<void()> &changed)
{
    auto *dialog = new ProfileDialog(
        services.profiles, services.graph->vault(), services.graph->nam(), window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Followed before the first profile is shown: wired after it, the dialog said "Not
    // running" of the window's own profile whatever its receiver did, until another was picked.
    if (services.receivers)
        followReceivers(dialog, services.receivers, services.profiles);
    QObject::connect(dialog, &ProfileDialog::profilesChanged, dialog, changed);
    dialog->selectProfile(selected);
    dialog->open();
}

} // namespace Wac

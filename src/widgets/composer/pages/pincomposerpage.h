// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/composerpage.h"

#include <memory>

namespace Ui {
class PinComposerPage;
}

namespace Wac {

/// Pin or unpin a message of a group: which message, and for how many days (pin only).
class PinComposerPage : public ComposerPage
{
    Q_OBJECT

public:
    explicit PinComposerPage(QWidget *parent = nullptr);
    ~PinComposerPage() override;

protected:
    void load(const OutgoingMessage &message) override;
    void store(OutgoingMessage &message) const override;
    void describeFields(FieldMap &fields) const override;

private:
    void updateDays();

    std::unique_ptr<Ui::PinComposerPage> m_ui;
    QString m_loadedOperation;
    /// What was loaded, written back while the days field is untouched: the spin box cannot
    /// show 45 or Meta's quoted "7", and neither may change by being looked at.
    std::optional<double> m_loadedDays;
    bool m_daysChosen = false; ///< the user set the days since the last load
};

} // namespace Wac

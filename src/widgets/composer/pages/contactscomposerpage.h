// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/composerpage.h"

#include <memory>

namespace Ui {
class ContactsComposerPage;
}

namespace Wac {

/// Contacts: one or more contact cards, each with its repeated phones, emails, sites, addresses.
class ContactsComposerPage : public ComposerPage
{
    Q_OBJECT

public:
    explicit ContactsComposerPage(QWidget *parent = nullptr);
    ~ContactsComposerPage() override;

protected:
    void load(const OutgoingMessage &message) override;
    void store(OutgoingMessage &message) const override;
    void describeFields(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::ContactsComposerPage> m_ui;
};

} // namespace Wac

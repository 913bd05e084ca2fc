// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/composerpage.h"

namespace Wac {

class InteractiveFields;

/**
 * The frame of the interactive pages: the shared header, body and footer live in an
 * InteractiveFields; a subclass adds its action's fields.
 */
class InteractiveComposerPage : public ComposerPage
{
    Q_OBJECT

public:
    using ComposerPage::ComposerPage;

protected:
    /// Call after setupUi() with the page's InteractiveFields.
    void setCommonFields(InteractiveFields *fields);

    virtual void loadAction(const OutgoingMessage &message, const InteractivePayload &payload) = 0;
    /// Writes the action's single values; repeated parts go in storeLists().
    virtual void storeAction(InteractivePayload &payload) const = 0;

    virtual void storeLists(OutgoingMessage &message) const { Q_UNUSED(message) }

    virtual void describeAction(FieldMap &fields) const = 0;

    /// The array under `interactive.action` named `key`.
    static QJsonArray actionArray(const OutgoingMessage &message, const QString &key);

private:
    void load(const OutgoingMessage &message) final;
    void store(OutgoingMessage &message) const final;
    void describeFields(FieldMap &fields) const final;

    InteractiveFields *m_common = nullptr;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/interactivecomposerpage.h"

#include <memory>

namespace Ui {
class FlowComposerPage;
}

namespace Wac {

/// Flow: every parameter of a flow message, the first screen's data as checked JSON.
class FlowComposerPage : public InteractiveComposerPage
{
    Q_OBJECT

public:
    explicit FlowComposerPage(QWidget *parent = nullptr);
    ~FlowComposerPage() override;

    QList<Diagnostic> formProblems() const override;

protected:
    void loadAction(const OutgoingMessage &message, const InteractivePayload &payload) override;
    void storeAction(InteractivePayload &payload) const override;
    void describeAction(FieldMap &fields) const override;

private:
    std::unique_ptr<Ui::FlowComposerPage> m_ui;

    void updateRows();

    bool m_showBoth = false; ///< loaded with both flow_id and flow_name
};

} // namespace Wac

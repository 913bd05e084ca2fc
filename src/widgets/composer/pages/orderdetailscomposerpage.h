// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/interactivecomposerpage.h"

#include <QJsonArray>

#include <memory>

namespace Ui {
class OrderDetailsComposerPage;
}

namespace Wac {

/// Review and pay: the order's reference, currency and payment configuration, its items, and
/// the amounts, with what they add up to shown live beside what will be sent.
class OrderDetailsComposerPage : public InteractiveComposerPage
{
    Q_OBJECT

public:
    explicit OrderDetailsComposerPage(QWidget *parent = nullptr);
    ~OrderDetailsComposerPage() override;

    QList<Diagnostic> formProblems() const override;

protected:
    void loadAction(const OutgoingMessage &message, const InteractivePayload &payload) override;
    void storeAction(InteractivePayload &payload) const override;
    void storeLists(OutgoingMessage &message) const override;
    void describeAction(FieldMap &fields) const override;

private:
    struct Sums
    {
        std::optional<double> items; ///< the items' line totals: what the subtotal must be
        std::optional<double> total; ///< subtotal + tax + shipping − discount as typed
    };

    Sums sums() const;
    void showPaymentSettings(const QJsonArray &settings);
    void updateTotals();
    void fillTotals();

    std::unique_ptr<Ui::OrderDetailsComposerPage> m_ui;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/payloads/carouselcard.h"
#include "widgets/composer/composerpage.h"

#include <memory>

namespace Ui {
class CarouselComposerPage;
}

namespace Wac {

/**
 * Carousel: the body and two to ten cards. The page chooses the kind of every card (media or
 * product) and, for media cards, their buttons (one URL button or quick replies), so that the
 * form keeps the cards alike; product cards share the page's one catalog ID.
 */
class CarouselComposerPage : public ComposerPage
{
    Q_OBJECT

public:
    explicit CarouselComposerPage(QWidget *parent = nullptr);
    ~CarouselComposerPage() override;

protected:
    void load(const OutgoingMessage &message) override;
    void store(OutgoingMessage &message) const override;
    void describeFields(FieldMap &fields) const override;

private:
    bool productCards() const;
    CarouselCard::Buttons cardButtons() const;
    /// Gives every card the kind and buttons the page shows.
    void applyKind();
    void updateRows();
    QJsonObject finishCard(QJsonObject card, int index) const;

    std::unique_ptr<Ui::CarouselComposerPage> m_ui;
    bool m_renumber = false; ///< cards were added, moved or removed since the load
    bool m_catalogEdited = false;
    bool m_kindApplied = false; ///< the user chose the cards' kind or buttons
};

} // namespace Wac

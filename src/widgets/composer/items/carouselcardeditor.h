// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/payloads/carouselcard.h"
#include "widgets/composer/itemeditor.h"

#include <memory>

namespace Ui {
class CarouselCardEditor;
}

namespace Wac {

/**
 * One card of a carousel. A media card shows its header (image or video, by MediaSourceEditor),
 * its text and its button(s): one URL button or quick replies; a product card its retailer ID.
 * The page decides the kind for every card (setKind()); a loaded card keeps its own until then,
 * so that a pasted carousel of mixed cards stays as written for the validator to name.
 */
class CarouselCardEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit CarouselCardEditor(QWidget *parent = nullptr);
    ~CarouselCardEditor() override;

    void setKind(bool product, CarouselCard::Buttons buttons);

    bool isProduct() const { return m_product; }

    CarouselCard::Buttons buttons() const { return m_buttons; }

    int quickReplyCount() const;

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    void storeMedia(CarouselCard &card) const;
    void updateRows();

    std::unique_ptr<Ui::CarouselCardEditor> m_ui;
    bool m_product = false;
    CarouselCard::Buttons m_buttons = CarouselCard::Buttons::Url;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/itemeditor.h"
#include "widgets/composer/repeatedlist.h"

#include <memory>

namespace Ui {
class SectionEditor;
}

namespace Wac {

/// One section of a list (its rows) or of a product list (its products): a title and the
/// repeated items under `itemsKey`.
class SectionEditor : public ItemEditor
{
    Q_OBJECT

public:
    struct Kind
    {
        QString itemsKey; ///< "rows" or "product_items"
        QString heading; ///< above the items: "Rows"
        QString titlePlaceholder;
        QString itemTitle; ///< "Row %1"
        QString addText; ///< "Add &row"
        bool compactItems = false;
        RepeatedList::Factory factory;
    };

    explicit SectionEditor(const Kind &kind, QWidget *parent = nullptr);
    ~SectionEditor() override;

    int itemCount() const;

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    std::unique_ptr<Ui::SectionEditor> m_ui;
    QString m_itemsKey;
};

} // namespace Wac

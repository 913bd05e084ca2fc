// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/itemeditor.h"

#include <memory>

class QLineEdit;

namespace Ui {
class BuilderCardEditor;
}

namespace Wac {

/**
 * One card of a carousel template being designed: its components, a header (IMAGE, VIDEO or
 * PRODUCT, with the sample's upload handle), optional text with an example for each of its
 * variables, and up to two buttons. What no field shows stays in the card as it was.
 */
class BuilderCardEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit BuilderCardEditor(QWidget *parent = nullptr);
    ~BuilderCardEditor() override;

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    QJsonObject storeHeader(QJsonObject header) const;
    QJsonObject storeBody(QJsonObject body) const;
    /// One example field per variable of the card's text, keeping what was typed.
    void updateExamples(const QStringList &values);

    std::unique_ptr<Ui::BuilderCardEditor> m_ui;
    QList<QLineEdit *> m_examples;
    QString m_shownFormat;
    bool m_examplesEdited = false;
};

} // namespace Wac

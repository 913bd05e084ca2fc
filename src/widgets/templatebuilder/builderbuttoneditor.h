// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/itemeditor.h"

#include <QStringList>

#include <memory>

namespace Ui {
class BuilderButtonEditor;
}

namespace Wac {

/**
 * One button of a template being designed, as POST message_templates takes it: a type and the
 * fields of that type only. The element keeps every key no field shows; a field untouched
 * keeps its value as loaded (and a type spelled "quick_reply" stays so) until the user edits
 * it. Choosing another type drops the old type's keys, not the unknown ones.
 */
class BuilderButtonEditor : public ItemEditor
{
    Q_OBJECT

public:
    explicit BuilderButtonEditor(QWidget *parent = nullptr);
    ~BuilderButtonEditor() override;

    /// The types the type box offers ("QUICK_REPLY", "URL", ...), in that order; the first is
    /// a new button's. A loaded button of another type shows and keeps its own.
    void setTypes(const QStringList &types);
    /// Disables, in the type box, each type the other buttons already use up (`full`, with the
    /// reason as the item's tooltip); the button's own type stays choosable.
    void setFullTypes(const QHash<QString, QString> &full);

    QString type() const { return currentType(); }

    void describeFields(FieldMap &fields, const QString &pointer) const override;
    QWidget *firstField() const override;

protected:
    void load(const QJsonObject &element) override;
    QJsonObject store(QJsonObject element) const override;

private:
    QString currentType() const;
    void storeFields(QJsonObject &element, bool all) const;
    void storeOtp(QJsonObject &element, bool all) const;
    void updateRows();
    void updateCounts();

    std::unique_ptr<Ui::BuilderButtonEditor> m_ui;
    QStringList m_types;
    QString m_shownType; ///< the type box's value after load()
    QString m_shownOtp; ///< the otp_type box's value after load()
    QString m_shownAction; ///< the flow_action box's value after load()
    int m_shownTtl = 0; ///< the ttl spin box's value after load()
    bool m_loading = false; ///< load() shows a button: what a user's choice adds is not added
};

} // namespace Wac

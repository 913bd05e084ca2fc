// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/payloads/interactivepayload.h"

#include <QWidget>

#include <memory>

namespace Ui {
class InteractiveFields;
}

namespace Wac {

class FieldMap;

/**
 * The parts every interactive page shares: the header (text or media, as far as the kind
 * allows one), the body and the footer.
 */
class InteractiveFields : public QWidget
{
    Q_OBJECT

public:
    explicit InteractiveFields(QWidget *parent = nullptr);
    ~InteractiveFields() override;

    /// `headerTypes` the kind allows ("text", "image", "video", "document"); none hides the
    /// header, unless a loaded payload has one.
    void setHeaderTypes(const QStringList &headerTypes);
    void setBodyPlaceholder(const QString &text);
    /// A kind without a footer (a call permission request) hides its row, unless a loaded
    /// payload has one: then it stays, for the validator's finding to stand beside.
    void setFooterAllowed(bool allowed);

    void load(const InteractivePayload &payload);
    void store(InteractivePayload &payload) const;
    void describeFields(FieldMap &fields) const;

private:
    void updateHeaderRows();
    QString headerType() const;

    std::unique_ptr<Ui::InteractiveFields> m_ui;
    QStringList m_headerTypes;
    bool m_headerLoaded = false;
    bool m_footerAllowed = true;
    bool m_footerLoaded = false;
};

} // namespace Wac

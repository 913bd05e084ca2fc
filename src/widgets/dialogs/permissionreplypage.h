// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Wac {

/**
 * The customer's answer to a call permission request, in the Simulate a customer message
 * dialog: allow or decline, once or always, in reply to the request's WAMID (the webhook
 * quotes it, so it is required).
 */
class PermissionReplyPage : public QWidget
{
    Q_OBJECT

public:
    explicit PermissionReplyPage(QWidget *parent = nullptr);

    /// Adds the answer's keys of the simulator's /_sim/inbound request to `request`.
    void addTo(QJsonObject &request) const;
    /// What stops the answer from being sent, or an empty string.
    QString problem() const;

private:
    QComboBox *m_response;
    QCheckBox *m_permanent;
    QLineEdit *m_context;
};

} // namespace Wac

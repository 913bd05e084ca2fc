// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Wac {

class PermissionReplyPage;
class Sandbox;

/**
 * Tools → Simulate a customer message…: writes to the Sandbox as a customer would (a number,
 * a name, and a text, a photo, a location, a tap on a reply button, an answer to a call
 * permission request or a shared contact info), through the simulator, so
 * that the message arrives by webhook like any other and opens the customer's 24-hour window.
 */
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerDialog(Sandbox *sandbox, QWidget *parent = nullptr);

    /// Writes as this customer.
    void setCustomer(const QString &number, const QString &name);

    /// The simulator's /_sim/inbound request the form makes.
    QJsonObject request() const;

Q_SIGNALS:
    /// The simulator took it: `wamid` is the customer's message.
    void sent(const QString &wamid);

private:
    void send();
    void answered(const QJsonObject &answer, const QString &error);
    QString problem() const;

    Sandbox *m_sandbox;
    QLineEdit *m_from;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QLineEdit *m_text;
    QLineEdit *m_caption;
    QDoubleSpinBox *m_latitude;
    QDoubleSpinBox *m_longitude;
    QLineEdit *m_placeName;
    QLineEdit *m_address;
    QLineEdit *m_buttonTitle;
    QLineEdit *m_buttonId;
    QLineEdit *m_context;
    PermissionReplyPage *m_permission;
    QLineEdit *m_userId;
    QLabel *m_status;
    QPushButton *m_send;
};

} // namespace Wac

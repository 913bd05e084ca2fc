// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Wac {

class DeliveryStore;

/**
 * Tools → Webhook deliveries…: every delivery the receivers accepted, newest first, with its
 * time, profile, verification and what it held, and its body exactly as it arrived (pretty
 * printed when it is JSON) to read and copy. Pages of 200, more on request.
 */
class DeliveriesDialog : public QDialog
{
    Q_OBJECT

public:
    DeliveriesDialog(const DeliveryStore *store, QWidget *parent = nullptr);

    /// Reads the newest deliveries again (a new one came).
    void reload();

private:
    void loadMore();
    void showSelected();

    const DeliveryStore *m_store;
    QTreeWidget *m_list;
    QPlainTextEdit *m_body;
    QLabel *m_count;
    QPushButton *m_more;
    QPushButton *m_copy;
    qint64 m_oldest = 0;
};

} // namespace Wac

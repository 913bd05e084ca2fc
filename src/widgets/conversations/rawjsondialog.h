// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Wac {

/// A message's JSON as it was received or sent, read-only, to read and copy whole.
class RawJsonDialog : public QDialog
{
    Q_OBJECT

public:
    RawJsonDialog(const QString &title, const QByteArray &json, QWidget *parent = nullptr);

    QString text() const;

private:
    QPlainTextEdit *m_view;
};

} // namespace Wac

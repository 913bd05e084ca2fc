// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QFrame>

namespace Wac {

/// A popup grid of the emoji people react with most; Tab moves between them, Return picks.
class EmojiPicker : public QFrame
{
    Q_OBJECT

public:
    explicit EmojiPicker(QWidget *parent = nullptr);

    /// Opens under `anchor`.
    void popup(QWidget *anchor);

Q_SIGNALS:
    void picked(const QString &emoji);
};

} // namespace Wac

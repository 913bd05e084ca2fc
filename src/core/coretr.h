// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QCoreApplication>

namespace Wac {

/// Translation context for code without a QObject (Qt Creator's cpastertr.h pattern).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wac)
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QString>

namespace Wac {

struct StoreLocation;

/// A team store's name for what this computer keeps of it (the customers' files, answers not
/// written yet): 16 hex digits of the server, port and database, the same for every role and
/// password that reaches it.
QString storeKey(const StoreLocation &store);

} // namespace Wac

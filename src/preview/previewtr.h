// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QCoreApplication>

namespace Wac {

/// The translation context of the preview's own words ("View items", "Send location"): what
/// the phone itself writes, in the user's language.
struct PreviewTr
{
    Q_DECLARE_TR_FUNCTIONS(Preview)
};

} // namespace Wac

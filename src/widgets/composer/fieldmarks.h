// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

namespace Wac {

/**
 * The fields a form has marked with findings (the composer's pages, the template builder's).
 * Each check names the fields it found something in; a field named last time and not now is
 * cleared, so that a mended field loses its frame without the form keeping score itself.
 */
class FieldMarks
{
public:
    /// Marks each field with its findings, errors before warnings, and clears the others.
    void mark(QHash<QWidget *, QList<Diagnostic>> byField);

private:
    QList<QPointer<QWidget>> m_marked;
};

} // namespace Wac

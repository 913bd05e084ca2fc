// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace Wac {

class BuilderPage;

/// One page of the builder with its title in the list, and the categories it is shown for.
struct BuilderPageEntry
{
    BuilderPage *page = nullptr;
    QString title;
    /// Whether a template of `category` has this part (authentication has its own body).
    std::function<bool(const QString &category)> shownFor;
};

/// The builder's pages in the order they are listed, each made as a child of `parent`. A new
/// kind of page is added here and nowhere else.
QList<BuilderPageEntry> builderPages(QWidget *parent);

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/templates/templatedefinition.h"

#include <QAbstractTableModel>

namespace Wac {

/// A library's templates that pass the browser's filter: name, language, category, status.
class TemplateListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        LanguageColumn,
        CategoryColumn,
        StatusColumn,
        ColumnCount
    };

    struct Filter
    {
        QString text; ///< words the name contains
        QString status; ///< empty for any
        QString category;
        QString language;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setDefinitions(QList<TemplateDefinition> definitions);
    void setFilter(const Filter &filter);

    /// The distinct values of a column across the whole library, sorted (for the filter combos).
    QStringList distinct(Column column) const;
    const TemplateDefinition *definitionAt(int row) const;

    int totalCount() const { return int(m_all.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    bool passes(const TemplateDefinition &d) const;
    void apply();

    QList<TemplateDefinition> m_all;
    QList<int> m_shown; ///< indexes into m_all
    Filter m_filter;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templates/templatelistmodel.h"

#include "widgets/theme.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QString columnValue(const TemplateDefinition &d, int column)
{
    switch (column) {
    case TemplateListModel::NameColumn:
        return d.name;
    case TemplateListModel::LanguageColumn:
        return d.language;
    case TemplateListModel::CategoryColumn:
        return d.category;
    default:
        return d.status;
    }
}

Theme::Tone statusTone(const QString &status)
{
    if (status == u"APPROVED"_s)
        return Theme::Tone::Good;
    if (status == u"PENDING"_s || status == u"IN_APPEAL"_s || status == u"FLAGGED"_s)
        return Theme::Tone::Uncertain;
    return Theme::Tone::Bad;
}

} // namespace

void TemplateListModel::setDefinitions(QList<TemplateDefinition> definitions)
{
    m_all = std::move(definitions);
    apply();
}

void TemplateListModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    apply();
}

bool TemplateListModel::passes(const TemplateDefinition &d) const
{
    if (!m_filter.status.isEmpty() && d.status != m_filter.status)
        return false;
    if (!m_filter.category.isEmpty() && d.category != m_filter.category)
        return false;
    if (!m_filter.language.isEmpty() && d.language != m_filter.language)
        return false;
    // Every word must be in the name; "_" and spaces are the same to someone typing.
    const QString name = QString(d.name).replace(u'_', u' ');
    const QStringList words =
        m_filter.text.simplified().replace(u'_', u' ').split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
        [&name](const QString &w) { return name.contains(w, Qt::CaseInsensitive); });
}

void TemplateListModel::apply()
{
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (passes(m_all.at(i)))
            m_shown.append(i);
    }
    endResetModel();
}

QStringList TemplateListModel::distinct(Column column) const
{
    QStringList out;
    for (const TemplateDefinition &d : m_all)
        out.append(columnValue(d, column));
    out.removeDuplicates();
    out.sort();
    return out;
}

const TemplateDefinition *TemplateListModel::definitionAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_all.at(m_shown.at(row)) : nullptr;
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int TemplateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    const TemplateDefinition *d = definitionAt(index.row());
    if (!d)
        return {};
    if (role == Qt::DisplayRole)
        return columnValue(*d, index.column());
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return Theme::toneColor(statusTone(d->status), QGuiApplication::palette());
    if (role == Qt::ToolTipRole && !d->json.value(u"rejected_reason").toString().isEmpty()
        && d->json.value(u"rejected_reason").toString() != u"NONE"_s)
        return tr("Rejected: %1").arg(d->json.value(u"rejected_reason").toString());
    return {};
}

QVariant TemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LanguageColumn:
        return tr("Language");
    case CategoryColumn:
        return tr("Category");
    default:
        return tr("Status");
    }
}

} // namespace Wac

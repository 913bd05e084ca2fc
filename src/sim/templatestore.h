// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace Wac::Sim {

/**
 * The WABA's template library, loaded from a JSON file of Graph template objects
 * (`{"data": [...]}`, reference §5.1), and served page by page with Graph cursors.
 * An optional `sim_message_status` on a template makes its sends paced.
 */
class TemplateStore
{
public:
    static constexpr auto builtInSeed = ":/sim/templates.json";

    bool load(const QString &path, QString *error);

    const QList<QJsonObject> &templates() const { return m_templates; }

    std::optional<QJsonObject> find(const QString &name, const QString &language) const;
    std::optional<QJsonObject> findById(const QString &id) const;

    /// Adds a created template under a fresh numeric id, which it returns.
    QString add(QJsonObject tpl);
    /// Replaces the template of `tpl`'s id; false when there is none.
    bool replace(const QJsonObject &tpl);
    /// Removes every language of `name`, or only the one of `id` when it is set; how many.
    int remove(const QString &name, const QString &id = {});

    /// One page of `GET /{waba-id}/message_templates`: filters name (substring), status,
    /// category, language; `fields`; `limit` (default 25, at most 100); `after`/`before`.
    /// `pageUrl` is the request URL without query, for `paging.next` / `previous`.
    QJsonObject page(const QUrlQuery &query, const QString &pageUrl) const;
    /// What is wrong with a page request's `limit`, `after` or `before` (Graph answers such a
    /// request with error 100), or an empty string.
    static QString pagingProblem(const QUrlQuery &query);

private:
    QList<QJsonObject> m_templates;
    qint64 m_nextId = 0;
};

} // namespace Wac::Sim

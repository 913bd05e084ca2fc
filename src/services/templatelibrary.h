// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "core/templates/templatedefinition.h"
#include "net/sendresult.h"
#include "net/templatefetch.h"
#include "storage/profile.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Wac {

class CloudApiClient;
class GraphAccess;
class TemplateCache;

/**
 * The template libraries of the profiles (the window's and the CLI's): read from the cache on first
 * use (so they work offline), refreshed from Graph on demand. One refresh runs at a time; it
 * replaces the cached library only when every page arrived.
 */
class TemplateLibrary : public QObject
{
    Q_OBJECT

public:
    TemplateLibrary(TemplateCache *cache, GraphAccess *graph, QObject *parent = nullptr);
    ~TemplateLibrary() override;

    /// `profile`'s templates as last fetched (empty when never fetched).
    const QList<TemplateDefinition> &definitions(const QString &profile);
    /// When `profile`'s library was fetched; invalid when never.
    QDateTime fetchedAt(const QString &profile);
    std::optional<TemplateDefinition> find(
        const QString &profile, const QString &name, const QString &language);

    /// The Sandbox's own library (the simulator's), used until its first refresh.
    using SandboxLookup =
        std::function<std::optional<QJsonObject>(const QString &name, const QString &language)>;

    void setSandboxLookup(SandboxLookup lookup) { m_sandbox = std::move(lookup); }

    /// `profile`'s definition of a template: its library's, or the Sandbox's own before the
    /// Sandbox's library was ever read.
    std::optional<TemplateDefinition> definition(
        const Profile &profile, const QString &name, const QString &language);
    /// How the template message `body` differs from its definition in `profile`'s library,
    /// at the fields (none when nothing is known to compare with).
    QList<Diagnostic> findings(const Profile &profile, const QJsonObject &body);

    /**
     * Applies a `message_template_status_update` webhook's value to `profile`'s library and its
     * cache: the named template's status becomes the event's (REINSTATED: APPROVED again;
     * FLAGGED only warns, the status stays). False when the library has no such template.
     */
    bool applyStatusUpdate(const QString &profile, const QJsonObject &value);

    /**
     * Puts `definition` into `profile`'s library (a template just created or edited, PENDING
     * until Graph's review), in place of the one with its id, or its name and language, and
     * into the cache when the library was ever read: a library never read stays so, not one
     * of a single template, which would make every other template look unknown. False when
     * the cache could not be written (cacheError() says why); the library has it anyway.
     */
    bool put(const QString &profile, const TemplateDefinition &definition);
    /// Drops the template `name` from `profile`'s library and its cache: every language, or
    /// with `templateId` only that one (as Graph's delete by name, or by name and hsm_id).
    /// False as for put().
    bool drop(const QString &profile, const QString &name, const QString &templateId = {});

    /// Fetches `profile`'s whole library; false (nothing started) while a refresh runs.
    bool refresh(const Profile &profile);
    void cancel();

    bool isBusy() const { return m_fetching.has_value(); }

    /// Why the last put() or drop() could not write the cache.
    QString cacheError() const;

    /// Graph's page size for refreshes (tests use small pages to see paging).
    void setPageSize(int size) { m_pageSize = size; }

Q_SIGNALS:
    void progress(int templates, int pages);
    /// Once per refresh(): `ok` when the library was replaced; otherwise what went wrong.
    void refreshed(const QString &profile, bool ok, const Wac::SendResult &failure);
    /// `profile`'s library changed other than by this library's refresh: put(), drop(), a status
    /// update, or another console's refresh on the team store.
    void changed(const QString &profile);
    /// One template's status changed by webhook.
    void statusUpdated(const QString &profile, const QString &name, const QString &language,
        const QString &status);

private:
    struct Entry
    {
        QList<TemplateDefinition> definitions;
        QDateTime fetchedAt;
    };

    Entry &entry(const QString &profile);
    /// Another console (on the team store) replaced or removed `profile`'s library.
    void changedElsewhere(const QString &profile);
    bool keep(const QString &profile, const Entry &e);
    void start(const std::shared_ptr<CloudApiClient> &client, const SendResult &refusal);
    void fetched(bool ok, const SendResult &failure);

    TemplateCache *m_cache;
    GraphAccess *m_graph;
    QHash<QString, Entry> m_entries;
    std::shared_ptr<CloudApiClient> m_client;
    QPointer<TemplateFetch> m_fetch;
    std::optional<QString> m_fetching; ///< the profile being refreshed
    SandboxLookup m_sandbox;
    int m_pageSize;
    bool m_cancelled = false;
};

} // namespace Wac

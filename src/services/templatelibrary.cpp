// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/templatelibrary.h"

#include "core/templates/templatecheck.h"
#include "net/cloudapiclient.h"
#include "net/templatefetch.h"
#include "storage/templatecache.h"

#include <algorithm>

#include "services/graphaccess.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QList<TemplateDefinition> definitionsOf(const QList<QJsonObject> &templates)
{
    QList<TemplateDefinition> out;
    out.reserve(templates.size());
    for (const QJsonObject &json : templates)
        out.append(TemplateDefinition::fromJson(json));
    return out;
}

} // namespace

TemplateLibrary::TemplateLibrary(TemplateCache *cache, GraphAccess *graph, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_graph(graph)
    , m_pageSize(TemplateFetch::defaultPageSize)
{
    if (m_cache)
        m_cache->watch([this](const QString &profile) { changedElsewhere(profile); });
}

TemplateLibrary::~TemplateLibrary()
{
    if (m_cache)
        m_cache->watch({});
}

void TemplateLibrary::changedElsewhere(const QString &profile)
{
    // A refresh of our own replaces it in a moment anyway; otherwise the library is read
    // again when next asked for, and whoever shows it is told now.
    if (m_fetching == profile)
        return;
    m_entries.remove(profile);
    Q_EMIT changed(profile);
}

TemplateLibrary::Entry &TemplateLibrary::entry(const QString &profile)
{
    auto it = m_entries.find(profile);
    if (it != m_entries.end())
        return *it;
    Entry loaded;
    if (m_cache && m_cache->available()) {
        const TemplateCache::Library library = m_cache->load(profile);
        loaded.fetchedAt = library.fetchedAt;
        loaded.definitions = definitionsOf(library.templates);
    }
    return *m_entries.insert(profile, loaded);
}

const QList<TemplateDefinition> &TemplateLibrary::definitions(const QString &profile)
{
    return entry(profile).definitions;
}

QDateTime TemplateLibrary::fetchedAt(const QString &profile)
{
    return entry(profile).fetchedAt;
}

std::optional<TemplateDefinition> TemplateLibrary::find(
    const QString &profile, const QString &name, const QString &language)
{
    for (const TemplateDefinition &d : entry(profile).definitions) {
        if (d.name == name && d.language == language)
            return d;
    }
    return std::nullopt;
}

std::optional<TemplateDefinition> TemplateLibrary::definition(
    const Profile &profile, const QString &name, const QString &language)
{
    if (fetchedAt(profile.name).isValid())
        return find(profile.name, name, language);
    // The Sandbox's library is known before its first refresh: it is the simulator's own.
    if (profile.isSandbox() && m_sandbox) {
        if (const std::optional<QJsonObject> json = m_sandbox(name, language))
            return TemplateDefinition::fromJson(*json);
    }
    return std::nullopt;
}

QList<Diagnostic> TemplateLibrary::findings(const Profile &profile, const QJsonObject &body)
{
    QList<Diagnostic> out;
    const QJsonObject tpl = body.value(u"template").toObject();
    const QString name = tpl.value(u"name").toString();
    const QString language = tpl.value(u"language").toObject().value(u"code").toString();
    if (body.value(u"type").toString() != u"template"_s || name.isEmpty())
        return out;
    const std::optional<TemplateDefinition> d = definition(profile, name, language);
    // Without a library there is nothing to compare with; "not in the library" only counts
    // once the library was read.
    if (!d && definitions(profile.name).isEmpty())
        return out;
    if (const auto status = TemplateCheck::status(d ? &*d : nullptr, name, language))
        out.append(status->toDiagnostic());
    if (d) {
        for (const TemplateMismatch &m : TemplateCheck::parameters(*d, tpl))
            out.append(m.toDiagnostic());
    }
    return out;
}

bool TemplateLibrary::refresh(const Profile &profile)
{
    if (m_fetching.has_value())
        return false;
    m_fetching = profile.name;
    m_cancelled = false;
    m_graph->openClient(
        profile, this, [this](std::unique_ptr<CloudApiClient> client, const SendResult &refusal) {
            // The token may be known at once (the Sandbox, WACONSOLE_TOKEN) and a fetch can be
            // refused at once (no WABA ID): through the event loop, refreshed() never comes
            // before refresh() has returned.
            std::shared_ptr<CloudApiClient> ready(std::move(client));
            QMetaObject::invokeMethod(
                this, [this, ready, refusal] { start(ready, refusal); }, Qt::QueuedConnection);
        });
    return true;
}

void TemplateLibrary::start(
    const std::shared_ptr<CloudApiClient> &client, const SendResult &refusal)
{
    if (m_cancelled) {
        fetched(false, SendResult::cancelled());
        return;
    }
    if (!client) {
        fetched(false, refusal);
        return;
    }
    m_client = client;
    m_fetch = new TemplateFetch(m_client.get(), this);
    m_fetch->setPageSize(m_pageSize);
    connect(m_fetch, &TemplateFetch::progress, this, &TemplateLibrary::progress);
    connect(m_fetch, &TemplateFetch::finished, this, &TemplateLibrary::fetched);
    m_fetch->start();
}

void TemplateLibrary::cancel()
{
    m_cancelled = true;
    if (m_fetch)
        m_fetch->cancel();
}

void TemplateLibrary::fetched(bool ok, const SendResult &failure)
{
    TemplateFetch *fetch = m_fetch;
    m_fetch = nullptr;
    const QString profile = m_fetching.value_or(QString());
    m_fetching.reset();
    SendResult problem = failure;
    if (ok) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_cache && m_cache->available() && !m_cache->store(profile, fetch->templates(), now)) {
            ok = false;
            problem.outcome = SendResult::Outcome::NotSent;
            problem.error.category = ApiError::Category::Other;
            problem.error.message =
                tr("The templates arrived but could not be saved: %1").arg(m_cache->lastError());
        }
        Entry &e = m_entries[profile];
        e.fetchedAt = now;
        e.definitions = definitionsOf(fetch->templates());
    }
    if (fetch)
        fetch->deleteLater();
    Q_EMIT refreshed(profile, ok, problem);
}

bool TemplateLibrary::applyStatusUpdate(const QString &profile, const QJsonObject &value)
{
    const QString event = value.value(u"event").toString();
    const QString name = value.value(u"message_template_name").toString();
    const QString language = value.value(u"message_template_language").toString();
    if (event.isEmpty() || name.isEmpty() || event == u"FLAGGED"_s)
        return false;
    const QString status = event == u"REINSTATED"_s ? u"APPROVED"_s : event;
    // The library in memory first: a template submitted before the library was ever read is
    // there and not in the cache, and its review must show all the same.
    Entry e = entry(profile);
    bool found = false;
    for (TemplateDefinition &d : e.definitions) {
        if (d.name != name || (!language.isEmpty() && d.language != language))
            continue;
        QJsonObject json = d.json;
        json.insert(u"status"_s, status);
        // The reason is what the Templates window says of a rejection; an approval after
        // an appeal clears it as Graph's own list does ("NONE").
        const QString reason = value.value(u"reason").toString();
        if (status == u"REJECTED"_s && !reason.isEmpty())
            json.insert(u"rejected_reason"_s, reason);
        else if (json.contains(u"rejected_reason"))
            json.insert(u"rejected_reason"_s, u"NONE"_s);
        d = TemplateDefinition::fromJson(json);
        found = true;
    }
    if (!found)
        return false;
    keep(profile, e);
    Q_EMIT statusUpdated(profile, name, language, status);
    return true;
}

bool TemplateLibrary::put(const QString &profile, const TemplateDefinition &definition)
{
    Entry e = entry(profile);
    const auto same = [&definition](const TemplateDefinition &d) {
        return (!definition.id.isEmpty() && d.id == definition.id)
            || (d.name == definition.name && d.language == definition.language);
    };
    const auto it = std::find_if(e.definitions.begin(), e.definitions.end(), same);
    if (it != e.definitions.end())
        *it = definition;
    else
        e.definitions.append(definition);
    return keep(profile, e);
}

bool TemplateLibrary::drop(const QString &profile, const QString &name, const QString &templateId)
{
    Entry e = entry(profile);
    e.definitions.removeIf([&](const TemplateDefinition &d) {
        return d.name == name && (templateId.isEmpty() || d.id == templateId);
    });
    return keep(profile, e);
}

bool TemplateLibrary::keep(const QString &profile, const Entry &e)
{
    m_entries[profile] = e;
    bool stored = true;
    if (e.fetchedAt.isValid() && m_cache && m_cache->available()) {
        QList<QJsonObject> templates;
        for (const TemplateDefinition &d : e.definitions)
            templates.append(d.json);
        stored = m_cache->store(profile, templates, e.fetchedAt);
    }
    Q_EMIT changed(profile);
    return stored;
}

QString TemplateLibrary::cacheError() const
{
    return m_cache ? m_cache->lastError() : QString();
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templates/templatelibrary.h"

#include "net/cloudapiclient.h"
#include "net/templatefetch.h"
#include "storage/secretvault.h"
#include "storage/templatecache.h"

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

TemplateLibrary::TemplateLibrary(
    TemplateCache *cache, SecretVault *vault, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_vault(vault)
    , m_nam(nam)
    , m_pageSize(TemplateFetch::defaultPageSize)
{ }

TemplateLibrary::~TemplateLibrary() = default;

TemplateLibrary::Entry &TemplateLibrary::entry(const QString &profile)
{
    auto it = m_entries.find(profile);
    if (it != m_entries.end())
        return *it;
    Entry loaded;
    if (m_cache && m_cache->isOpen()) {
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

bool TemplateLibrary::refresh(const Profile &profile)
{
    if (m_fetch)
        return false;
    m_fetching = profile.name;
    m_cancelled = false;
    ApiConfig config;
    config.baseUrl = profile.baseUrl;
    config.apiVersion = profile.apiVersion;
    config.phoneNumberId = profile.phoneNumberId;
    config.wabaId = profile.wabaId;
    m_client = std::make_unique<CloudApiClient>(m_nam, config);
    m_fetch = new TemplateFetch(m_client.get(), this);
    m_fetch->setPageSize(m_pageSize);
    connect(m_fetch, &TemplateFetch::progress, this, &TemplateLibrary::progress);
    connect(m_fetch, &TemplateFetch::finished, this, &TemplateLibrary::fetched);
    m_vault->readAccessToken(
        profile, this, [this](const QByteArray &token, TokenStore::Error, const QString &) {
            if (!m_fetch)
                return;
            // A missing token is refused by the client as "not sent", with the reason.
            m_client->setToken(token);
            if (!m_cancelled) {
                m_fetch->start();
                return;
            }
            fetched(false, SendResult::cancelled());
        });
    return true;
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
    const QString profile = std::exchange(m_fetching, QString());
    SendResult problem = failure;
    if (ok) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_cache && m_cache->isOpen() && !m_cache->store(profile, fetch->templates(), now)) {
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
    fetch->deleteLater();
    Q_EMIT refreshed(profile, ok, problem);
}

} // namespace Wac

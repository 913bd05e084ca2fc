// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/templatesubmission.h"

#include "core/coretr.h"
#include "core/templates/templatecreation.h"
#include "core/templates/templatecreationerror.h"
#include "net/cloudapiclient.h"

#include "services/graphaccess.h"
#include "services/templatelibrary.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr auto pending = "PENDING";

/// An id as Graph writes it: a string, or now and then a bare number.
QString idOf(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString();
}

} // namespace

TemplateSubmission::TemplateSubmission(
    GraphAccess *graph, TemplateLibrary *library, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_library(library)
{ }

TemplateSubmission::~TemplateSubmission() = default;

bool TemplateSubmission::submit(
    const Profile &profile, const QJsonObject &definition, const QString &templateId)
{
    if (m_busy)
        return false;
    TemplateSubmissionResult result;
    result.edit = !templateId.isEmpty();
    result.templateId = templateId;
    result.name = definition.value(u"name").toString();
    result.language = definition.value(u"language").toString();
    result.findings = TemplateCreation::check(definition);
    if (hasErrors(result.findings)) {
        m_busy = true;
        ++m_run;
        result.result.error.category = ApiError::Category::InvalidParameter;
        result.result.error.message =
            Tr::tr("The template has errors; nothing was sent. Correct the fields marked.");
        // Queued: the caller hears the answer after submit() returned, as for a request.
        QMetaObject::invokeMethod(
            this,
            [this, name = profile.name, definition, result] { answered(name, definition, result); },
            Qt::QueuedConnection);
        return true;
    }
    const QString name = profile.name;
    request(
        profile,
        [definition, templateId](CloudApiClient &client) {
            return templateId.isEmpty() ? client.createTemplate(definition)
                                        : client.editTemplate(templateId, definition);
        },
        [this, name, definition, result](const SendResult &answer) mutable {
            result.result = answer;
            answered(name, definition, result);
        });
    return true;
}

bool TemplateSubmission::remove(
    const Profile &profile, const QString &name, const QString &templateId)
{
    if (m_busy)
        return false;
    const QString profileName = profile.name;
    request(
        profile,
        [name, templateId](
            CloudApiClient &client) { return client.deleteTemplate(name, templateId); },
        [this, profileName, name, templateId](const SendResult &answer) {
            m_busy = false;
            const bool ok = answer.outcome == SendResult::Outcome::Accepted;
            SendResult failure = answer;
            if (ok && !m_library->drop(profileName, name, templateId)) {
                failure.error.message = Tr::tr("The template was deleted, but the library's "
                                               "cache could not be written: %1")
                                            .arg(m_library->cacheError());
            }
            Q_EMIT removed(profileName, name, ok, failure);
        });
    return true;
}

void TemplateSubmission::request(const Profile &profile, JobMaker makeJob, Answer answer)
{
    m_busy = true;
    m_cancelled = false;
    const quint64 run = ++m_run;
    m_graph->openClient(profile, this,
        [this, run, makeJob, answer](
            std::unique_ptr<CloudApiClient> client, const SendResult &refusal) {
            if (run != m_run)
                return;
            if (!client || m_cancelled) {
                // The token may be refused at once (inside submit()): the answer still comes
                // after submit() returned.
                const SendResult why = client ? SendResult::cancelled() : refusal;
                QMetaObject::invokeMethod(
                    this, [answer, why] { answer(why); }, Qt::QueuedConnection);
                return;
            }
            // Deleted later, never here: a slot of the answer may submit again while the old
            // client's job is still emitting.
            m_client = std::shared_ptr<CloudApiClient>(
                client.release(), [](CloudApiClient *c) { c->deleteLater(); });
            m_job = makeJob(*m_client);
            connect(m_job, &SendJob::finished, this, [this, run, answer](const SendResult &r) {
                if (run == m_run)
                    answer(r);
            });
        });
}

void TemplateSubmission::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

void TemplateSubmission::answered(
    const QString &profile, const QJsonObject &definition, TemplateSubmissionResult result)
{
    m_busy = false;
    m_job = nullptr;
    const SendResult &answer = result.result;
    if (answer.outcome == SendResult::Outcome::Rejected) {
        if (answer.response.value(u"error").isObject())
            result.findings = {TemplateCreationError::diagnostic(answer.response, definition)};
    } else if (answer.outcome == SendResult::Outcome::Accepted) {
        result.ok = true;
        if (!result.edit)
            result.templateId = idOf(answer.response.value(u"id"));
        const QJsonObject json = libraryJson(profile, definition, result);
        result.status = json.value(u"status").toString();
        result.name = json.value(u"name").toString();
        result.language = json.value(u"language").toString();
        if (!m_library->put(profile, TemplateDefinition::fromJson(json))) {
            result.findings.append({Severity::Warning, QString(), u"library.cache"_s,
                Tr::tr("Graph took the template, but the library's cache could not be "
                       "written: %1")
                    .arg(m_library->cacheError())});
        }
    }
    Q_EMIT submitted(profile, result);
}

QJsonObject TemplateSubmission::libraryJson(const QString &profile, const QJsonObject &definition,
    const TemplateSubmissionResult &result) const
{
    QJsonObject json = definition;
    if (result.edit) {
        // An edit sends only what may change: the rest is the library's template as it was.
        for (const TemplateDefinition &d : m_library->definitions(profile)) {
            if (d.id == result.templateId) {
                json = d.json;
                for (auto it = definition.begin(); it != definition.end(); ++it) {
                    if (it.key() != u"name"_s && it.key() != u"language"_s)
                        json.insert(it.key(), it.value());
                }
                break;
            }
        }
    }
    const QJsonObject &answer = result.result.response;
    json.insert(u"id"_s, result.templateId);
    // Graph reviews every creation and every edit again; its answer may say otherwise.
    json.insert(u"status"_s, answer.value(u"status").toString(QLatin1String(pending)));
    if (answer.value(u"category").isString())
        json.insert(u"category"_s, answer.value(u"category"));
    json.remove(u"rejected_reason"_s);
    return json;
}

} // namespace Wac

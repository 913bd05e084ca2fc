// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "net/sendresult.h"
#include "storage/profile.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

#include "services/templatesubmissionresult.h"

namespace Wac {

class CloudApiClient;
class GraphAccess;
class SendJob;
class TemplateLibrary;

/**
 * Creates, edits and deletes a profile's templates on Graph, for the builder window and the
 * CLI alike, and keeps the profile's library in step: a template Graph took is in the library
 * (and its cache) as PENDING at once, before any refresh; a deleted one is gone. A definition
 * with creation errors (TemplateCreation::check) is refused without a request, its findings
 * returned to be shown at their fields; Graph's own refusal comes back decoded at its field.
 * One request at a time.
 */
class TemplateSubmission : public QObject
{
    Q_OBJECT

public:
    TemplateSubmission(GraphAccess *graph, TemplateLibrary *library, QObject *parent = nullptr);
    ~TemplateSubmission() override;

    /// Creates the template `definition` (a `message_templates` creation body), or with
    /// `templateId` edits that template. False (nothing started) while a request runs;
    /// otherwise submitted() follows, never before this returns.
    bool submit(
        const Profile &profile, const QJsonObject &definition, const QString &templateId = {});
    /// Deletes the template `name` (every language; with `templateId` only that one). False
    /// while a request runs; otherwise removed() follows.
    bool remove(const Profile &profile, const QString &name, const QString &templateId = {});

    bool isBusy() const { return m_busy; }

    /// Stops the request in flight; its signal then says cancelled (or unknown, when the
    /// request had left and Graph may have acted on it).
    void cancel();

Q_SIGNALS:
    void submitted(const QString &profile, const Wac::TemplateSubmissionResult &result);
    void removed(
        const QString &profile, const QString &name, bool ok, const Wac::SendResult &failure);

private:
    using JobMaker = std::function<SendJob *(CloudApiClient &client)>;
    using Answer = std::function<void(const SendResult &result)>;

    void request(const Profile &profile, JobMaker makeJob, Answer answer);
    void answered(
        const QString &profile, const QJsonObject &definition, TemplateSubmissionResult result);
    QJsonObject libraryJson(const QString &profile, const QJsonObject &definition,
        const TemplateSubmissionResult &result) const;

    GraphAccess *m_graph;
    TemplateLibrary *m_library;
    std::shared_ptr<CloudApiClient> m_client;
    QPointer<SendJob> m_job;
    quint64 m_run = 0; ///< which request a late callback belongs to
    bool m_busy = false;
    bool m_cancelled = false;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/templatedesigner.h"

#include "widgets/dialogs/confirm.h"
#include "widgets/templatebuilder/templatebuilder.h"

#include "services/templatelibrary.h"
#include "services/templatesubmission.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QString failureText(const SendResult &failure)
{
    if (failure.outcome == SendResult::Outcome::Cancelled)
        return TemplateDesigner::tr("cancelled");
    const QString message = failure.error.message;
    return failure.error.headline() + (message.isEmpty() ? QString() : u": "_s + message);
}

} // namespace

TemplateDesigner::TemplateDesigner(
    GraphAccess *graph, TemplateLibrary *library, CurrentProfile currentProfile, QWidget *window)
    : QObject(window)
    , m_submission(new TemplateSubmission(graph, library, this))
    , m_library(library)
    , m_currentProfile(std::move(currentProfile))
    , m_window(window)
{
    connect(m_submission, &TemplateSubmission::submitted, this, &TemplateDesigner::submitted);
    connect(m_submission, &TemplateSubmission::removed, this, &TemplateDesigner::removed);
    connect(library, &TemplateLibrary::changed, this, &TemplateDesigner::followReview);
    connect(library, &TemplateLibrary::refreshed, this, [this](const QString &profile, bool ok) {
        if (ok)
            followReview(profile);
    });
}

TemplateDesigner::~TemplateDesigner() = default;

TemplateBuilder *TemplateDesigner::builder() const
{
    return m_builder;
}

TemplateBuilder *TemplateDesigner::newTemplate()
{
    return open(TemplateBuilder::blank(), QString());
}

TemplateBuilder *TemplateDesigner::edit(const TemplateDefinition &definition)
{
    return open(definition.json, definition.id);
}

TemplateBuilder *TemplateDesigner::open(QJsonObject definition, QString templateId)
{
    const std::optional<Profile> profile = m_currentProfile();
    if (!profile) {
        Q_EMIT statusMessage(tr("Choose a profile to design its templates."), 0);
        return nullptr;
    }
    if (m_submission->isBusy() && m_builder) {
        // The open builder's submission is still out: it stays as it is.
        m_builder->raise();
        return m_builder;
    }
    if (m_builder && !m_builder->confirmDiscard()) {
        m_builder->raise();
        return m_builder;
    }
    if (m_submission->isBusy() && m_builder)
        return m_builder; // a submission began while the question was open
    m_profile = *profile;
    if (!m_builder) {
        m_builder = new TemplateBuilder(m_window);
        m_builder->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_builder, &TemplateBuilder::submitRequested, this, &TemplateDesigner::submit);
        connect(m_builder, &TemplateBuilder::cancelRequested, m_submission,
            &TemplateSubmission::cancel);
    }
    m_builder->setDefinition(definition, templateId);
    m_shownReview = reviewText();
    m_builder->setState(m_builder->stateText().isEmpty()
            ? tr("Profile %1.").arg(m_profile.name)
            : tr("Profile %1 · %2").arg(m_profile.name, m_builder->stateText()));
    m_builder->show();
    m_builder->raise();
    m_builder->activateWindow();
    return m_builder;
}

void TemplateDesigner::submit()
{
    if (!m_builder)
        return;
    if (m_submission->isBusy()) {
        // A closed builder's request is still out; its answer still reaches the library.
        m_builder->setState(tr("A template request is still running; submit again when it ends."));
        return;
    }
    const bool edit = !m_builder->templateId().isEmpty();
    if (m_submission->submit(m_profile, m_builder->definition(), m_builder->templateId())) {
        m_submitter = m_builder;
        m_builder->setBusy(true,
            edit ? tr("Sending the edit of template ID %1…").arg(m_builder->templateId())
                 : tr("Submitting the template for review…"));
    }
}

void TemplateDesigner::submitted(const QString &, const TemplateSubmissionResult &result)
{
    TemplateBuilder *builder = m_submitter;
    m_submitter = nullptr;
    if (result.ok) {
        const QString state =
            tr("Submitted: %1 review · template ID %2").arg(result.status, result.templateId);
        Q_EMIT statusMessage(
            tr("Template %1 (%2): %3").arg(result.name, result.language, state), 0);
        if (!builder)
            return;
        // Another Submit now edits the template Graph just made.
        builder->setTemplateId(result.templateId);
        m_shownReview = reviewText();
        builder->setBusy(false, state);
        return;
    }
    if (!builder) {
        Q_EMIT statusMessage(tr("Template %1 (%2) was not submitted: %3")
                                 .arg(result.name, result.language, failureText(result.result)),
            0);
        return;
    }
    QList<Diagnostic> refusal;
    for (const Diagnostic &d : result.findings) {
        if (d.isError())
            refusal.append(d);
    }
    builder->setBusy(false,
        result.refusedLocally() ? tr("Not sent: fix the errors in the Problems list.")
                                : tr("Refused: %1").arg(failureText(result.result)));
    // Local findings are the rules' own: only Graph's are kept beside them.
    builder->setRefusal(result.refusedLocally() ? QList<Diagnostic>() : refusal);
}

QString TemplateDesigner::reviewText() const
{
    if (!m_builder || m_builder->templateId().isEmpty())
        return {};
    const QJsonObject &d = m_builder->definition();
    const std::optional<TemplateDefinition> listed = m_library->find(
        m_profile.name, d.value(u"name").toString(), d.value(u"language").toString());
    if (!listed || listed->id != m_builder->templateId())
        return {};
    const QString reason = listed->json.value(u"rejected_reason").toString();
    return reason.isEmpty() || reason == u"NONE"_s
        ? tr("Review: %1 · template ID %2").arg(listed->status, listed->id)
        : tr("Review: %1 (%2) · template ID %3").arg(listed->status, reason, listed->id);
}

void TemplateDesigner::followReview(const QString &profile)
{
    if (!m_builder || profile != m_profile.name || m_submission->isBusy())
        return;
    // Only news: another template's webhook, or a refresh that changed nothing here, leaves
    // a refusal or an error on the line as it is.
    const QString review = reviewText();
    if (review.isEmpty() || review == m_shownReview)
        return;
    m_shownReview = review;
    m_builder->setState(tr("Profile %1 · %2").arg(m_profile.name, review)
        + (m_builder->isModified() ? u' ' + tr("(as submitted; changed since)") : QString()));
}

void TemplateDesigner::remove(const TemplateDefinition &chosen, QWidget *asker)
{
    // A copy: the question's event loop may let a webhook reload the list `chosen` lives in.
    const TemplateDefinition definition = chosen;
    const std::optional<Profile> profile = m_currentProfile();
    if (!profile)
        return;
    if (m_submission->isBusy()) {
        Q_EMIT statusMessage(
            tr("A template request is still running; try again when it ends."), 5000);
        return;
    }
    if (!Confirm::ask(asker, tr("Delete template %1?").arg(definition.name),
            tr("Delete the template %1 (%2) from the account? Messages can no longer be sent "
               "with it; this cannot be undone.")
                .arg(definition.name, definition.language),
            tr("Delete")))
        return;
    if (m_submission->remove(*profile, definition.name, definition.id))
        Q_EMIT statusMessage(tr("Deleting template %1…").arg(definition.name), 0);
}

void TemplateDesigner::removed(
    const QString &, const QString &name, bool ok, const SendResult &failure)
{
    Q_EMIT statusMessage(ok ? tr("Template %1 deleted.").arg(name)
                            : tr("Template %1 was not deleted: %2").arg(name, failureText(failure)),
        0);
}

} // namespace Wac

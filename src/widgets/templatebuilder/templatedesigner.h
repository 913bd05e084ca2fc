// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/templates/templatedefinition.h"
#include "storage/profile.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace Wac {

class GraphAccess;
class TemplateBuilder;
class TemplateLibrary;
class TemplateSubmission;
struct TemplateSubmissionResult;
struct SendResult;

/**
 * File → New template… and the Templates window's Edit template… and Delete template…: the
 * builder window on a new or existing definition, its Submit sent through TemplateSubmission
 * for the profile the builder was opened for, and deletions asked first.
 */
class TemplateDesigner : public QObject
{
    Q_OBJECT

public:
    using CurrentProfile = std::function<std::optional<Profile>()>;

    TemplateDesigner(GraphAccess *graph, TemplateLibrary *library, CurrentProfile currentProfile,
        QWidget *window);
    ~TemplateDesigner() override;

    /// Opens the builder on a blank template (none without a profile).
    TemplateBuilder *newTemplate();
    /// Opens the builder on `definition`; its Submit edits that template by id.
    TemplateBuilder *edit(const TemplateDefinition &definition);
    /// Asks, then deletes `definition` (this language only, by its id) from the account.
    void remove(const TemplateDefinition &definition, QWidget *asker);

    TemplateBuilder *builder() const;

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    /// By value: the discard question's event loop may let a webhook reload the list the
    /// caller's definition lives in.
    TemplateBuilder *open(QJsonObject definition, QString templateId);
    void submit();
    void submitted(const QString &profile, const TemplateSubmissionResult &result);
    void removed(const QString &profile, const QString &name, bool ok, const SendResult &failure);
    /// The open builder's state line follows its template's review in the library.
    void followReview(const QString &profile);
    /// What the library says of the open builder's template ("Review: APPROVED · …").
    QString reviewText() const;

    TemplateSubmission *m_submission;
    TemplateLibrary *m_library;
    CurrentProfile m_currentProfile;
    QWidget *m_window;
    QPointer<TemplateBuilder> m_builder;
    /// The builder whose submission is out: its answer goes to it only, never to a builder
    /// opened after it was closed (which would then edit the wrong template).
    QPointer<TemplateBuilder> m_submitter;
    Profile m_profile; ///< the builder's: a profile switched in the main window does not move it
    QString m_shownReview; ///< the review followReview() last showed, so it shows each once
};

} // namespace Wac

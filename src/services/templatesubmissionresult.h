// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "net/sendresult.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Wac {

/// The end of one template submission (a creation or an edit), as TemplateSubmission reports it.
struct TemplateSubmissionResult
{
    bool ok = false; ///< Graph took it: the library holds it as `status`
    bool edit = false; ///< an edit of `templateId` rather than a creation
    QString templateId; ///< the new template's id (creation), or the one edited
    QString name;
    QString language;
    QString status; ///< what the library shows now: PENDING until Graph's review
    /// Graph's answer; NotSent when nothing was sent (creation errors, no token, no WABA).
    SendResult result;
    /**
     * The findings at their fields: when the definition has creation errors, all of its
     * findings (nothing was sent); when Graph refused it, its refusal decoded at the field it
     * names; when taken, the warnings that did not block it.
     */
    QList<Diagnostic> findings;

    /// Refused before any request, for the definition's own creation errors.
    bool refusedLocally() const
    {
        return !ok && result.outcome == SendResult::Outcome::NotSent && hasErrors(findings);
    }
};

} // namespace Wac

Q_DECLARE_METATYPE(Wac::TemplateSubmissionResult)

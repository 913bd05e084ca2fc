// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/keptcomposerpage.h"

#include "core/largevalue.h"

using namespace Qt::StringLiterals;

namespace Wac {

KeptComposerPage::KeptComposerPage(QWidget *parent)
    : UnknownComposerPage(parent)
{
    setObjectName(u"KeptComposerPage"_s);
}

void KeptComposerPage::keep(const OutgoingMessage &message, const QString &pointer)
{
    keepWith(message, pointer,
        tr("The form cannot show this payload exactly: it would change %1.")
            .arg(pointer.isEmpty() ? tr("the whole message") : pointer),
        tr("It is kept exactly as loaded: edit, validate and send it in the JSON tab. An edit "
           "there that the form can show brings the form back."));
}

void KeptComposerPage::keepTooLarge(
    const OutgoingMessage &message, const QString &pointer, qsizetype utf8Bytes)
{
    keepWith(message, pointer,
        tr("%1 holds %2 bytes, too large for the form (its limit is %3 bytes).")
            .arg(pointer)
            .arg(utf8Bytes)
            .arg(LargeValue::formLimitBytes),
        tr("It is kept exactly as loaded and is validated, saved and sent whole; the JSON tab "
           "shows only its start, read-only."));
}

void KeptComposerPage::keepWith(const OutgoingMessage &message, const QString &pointer,
    const QString &reason, const QString &where)
{
    m_pointer = pointer;
    m_reason = reason;
    setMessage(message);
    setNote(reason + u' ' + where);
}

QList<Diagnostic> KeptComposerPage::formProblems() const
{
    return {{Severity::Warning, m_pointer, u"form.inexact"_s,
        m_reason + u' ' + tr("The payload is kept as loaded, in the JSON tab.")}};
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/keptcomposerpage.h"

using namespace Qt::StringLiterals;

namespace Wac {

KeptComposerPage::KeptComposerPage(QWidget *parent)
    : UnknownComposerPage(parent)
{
    setObjectName(u"KeptComposerPage"_s);
}

void KeptComposerPage::keep(const OutgoingMessage &message, const QString &pointer)
{
    m_pointer = pointer;
    setMessage(message);
    setNote(reason() + u' '
        + tr("It is kept exactly as loaded: edit, validate and send it in the JSON tab. An edit "
             "there that the form can show brings the form back."));
}

QString KeptComposerPage::reason() const
{
    return tr("The form cannot show this payload exactly: it would change %1.")
        .arg(m_pointer.isEmpty() ? tr("the whole message") : m_pointer);
}

QList<Diagnostic> KeptComposerPage::formProblems() const
{
    return {{Severity::Warning, m_pointer, u"form.inexact"_s,
        reason() + u' ' + tr("The payload is kept as loaded, in the JSON tab.")}};
}

} // namespace Wac

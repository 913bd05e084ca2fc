// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/pages/unknowncomposerpage.h"

namespace Wac {

/**
 * A payload that the form of its type cannot show exactly (a number where the form has text,
 * a null element, an empty string the form leaves out): loading never changes a payload, so it
 * is kept here as it was given, for the JSON tab, and one finding says why the form is not
 * used. ComposerController decides, by comparing what the form gives back with the payload, or
 * before the form sees it, when one value is too large for it (LargeValue).
 */
class KeptComposerPage : public UnknownComposerPage
{
    Q_OBJECT

public:
    explicit KeptComposerPage(QWidget *parent = nullptr);

    /// Keeps `message`; `pointer` is the first value the form would have changed.
    void keep(const OutgoingMessage &message, const QString &pointer);
    /// Keeps `message` without showing it in the form: the value at `pointer`, of `utf8Bytes`,
    /// is too large for it.
    void keepTooLarge(const OutgoingMessage &message, const QString &pointer, qsizetype utf8Bytes);

    /// A warning at that value: the payload can still be sent as it is.
    QList<Diagnostic> formProblems() const override;

private:
    void keepWith(const OutgoingMessage &message, const QString &pointer, const QString &reason,
        const QString &where);

    QString m_pointer;
    QString m_reason;
};

} // namespace Wac

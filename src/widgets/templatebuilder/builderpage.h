// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"

#include <QJsonObject>
#include <QList>
#include <QWidget>

namespace Wac {

/**
 * One page of the template builder: it shows and edits its own part of the template being
 * designed (a component kind, or the template's identity). The builder holds the whole
 * definition as JSON; a page reads its part from it and writes its part back, leaving every
 * other key and component as it was, so that what the form does not show is never lost.
 */
class BuilderPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Shows what `definition` holds for this page's part.
    virtual void load(const QJsonObject &definition) = 0;
    /// Writes this page's part into `definition`: its component(s) replaced or added in
    /// Meta's order (HEADER, BODY, FOOTER, BUTTONS; CAROUSEL / LIMITED_TIME_OFFER where Meta
    /// puts them), removed when the page is empty; everything else untouched.
    virtual void store(QJsonObject &definition) const = 0;
    /// The findings of the whole definition: the page marks those inside its part at their
    /// fields (tooltip + red/yellow frame, as the composer pages do) and ignores the rest.
    virtual void showFindings(const QList<Diagnostic> &findings, const QJsonObject &definition) = 0;
    /// Focuses the field of `pointer` when it is inside this page's part; false otherwise.
    virtual bool focusPointer(const QString &pointer, const QJsonObject &definition) = 0;

Q_SIGNALS:
    /// The user changed something: the builder calls store() and checks again.
    void changed();
};

} // namespace Wac

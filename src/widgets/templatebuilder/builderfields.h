// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "widgets/composer/fieldmap.h"

#include <QJsonObject>

namespace Wac {

/**
 * The fields of one builder page by their pointer inside the page's part (a component's
 * "/text", or the template's "/name"): the creation findings shown under them and the field a
 * finding focuses. The part is found anew each time, as a component moves when another one is
 * added before it.
 */
class BuilderFields
{
public:
    /// `type` is the component's (HEADER, BODY, ...), or empty for the template's own keys,
    /// where a finding belongs to the page only at a registered field.
    explicit BuilderFields(QString type = {});

    void add(const QString &relative, QWidget *editor) { m_map.add(relative, editor); }

    /// Shows under each field the findings inside it (or its nearest registered ancestor);
    /// clears the others.
    void show(const QList<Diagnostic> &findings, const QJsonObject &definition) const;
    /// The field of `pointer` in this part, or nullptr.
    QWidget *fieldFor(const QString &pointer, const QJsonObject &definition) const;
    /// Focuses the field of `pointer`; false when it is outside the part.
    bool focus(const QString &pointer, const QJsonObject &definition) const;

private:
    QString m_type;
    FieldMap m_map;
};

} // namespace Wac

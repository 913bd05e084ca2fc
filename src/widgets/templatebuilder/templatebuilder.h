// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/diagnostic.h"
#include "widgets/templatebuilder/builderpageset.h"

#include <QDialog>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace Ui {
class TemplateBuilder;
}

namespace Wac {

class ProblemList;

/**
 * The template builder: the parts of a template on pages (identity, header, body, footer, and
 * the pages builderPages() adds), the phone drawing it with its examples, and the findings of
 * Meta's creation rules, checked shortly after each change. The definition's JSON is the one
 * source: each page writes its part into it and reads it back, so what no page shows is kept.
 */
class TemplateBuilder : public QDialog
{
    Q_OBJECT

public:
    explicit TemplateBuilder(QWidget *parent = nullptr);
    ~TemplateBuilder() override;

    /// Shows `definition` on the pages; `templateId` is the template it edits (empty: a new one).
    void setDefinition(const QJsonObject &definition, const QString &templateId = {});

    const QJsonObject &definition() const { return m_definition; }

    const QString &templateId() const { return m_templateId; }

    /// After a creation: the new template's id, which the next Submit edits.
    void setTemplateId(const QString &templateId);
    /// The definition as the shown pages write it, each storing into it in turn: what a
    /// change on every page would give (the form's round trip).
    QJsonObject storedByPages() const;

    /// The findings shown now: the rules' and the last refusal's.
    const QList<Diagnostic> &findings() const { return m_findings; }

    /// Checks and draws now instead of after the pause.
    void checkNow();
    /// A finding Graph gave for the definition as submitted, shown until the next change.
    void setRefusal(const QList<Diagnostic> &refusal);
    /// Busy (a submission runs): the pages are read-only and Submit offers Cancel.
    void setBusy(bool busy, const QString &state = {});
    void setState(const QString &text);
    QString stateText() const;
    /// Shows the page holding the field of `pointer` and focuses it; false when none has it.
    bool focusPointer(const QString &pointer);
    /// A definition to start from: a marketing template with an empty body.
    static QJsonObject blank();

    /// Whether the definition changed since it was shown or last accepted by Graph.
    bool isModified() const;
    /// True when nothing would be lost, or the user chose to discard the changes.
    bool confirmDiscard();

    /// Close, Esc and the window's close button ask first when there are changes.
    void reject() override;

Q_SIGNALS:
    /// Submit (or Ctrl+Return) with no error left; while busy, Cancel.
    void submitRequested();
    void cancelRequested();

private:
    void pageChanged(BuilderPage *page);
    void categoryChanged(const QString &from);
    void reload();
    void showPages();
    void updateSubmit();

    std::unique_ptr<Ui::TemplateBuilder> m_ui;
    QList<BuilderPageEntry> m_pages;
    ProblemList *m_problems;
    QJsonObject m_definition;
    /// What isModified() compares with.
    QJsonObject m_baseline;
    /// The components a category switch made (nothing of the user's yet): switching again
    /// replaces them without asking.
    QJsonValue m_freshComponents;
    QString m_templateId;
    QList<Diagnostic> m_findings;
    QList<Diagnostic> m_refusal;
    QTimer m_check;
    bool m_busy = false;
};

} // namespace Wac

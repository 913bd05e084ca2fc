// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/messageviews.h"

#include "core/validation/validator.h"
#include "widgets/composer/composercontroller.h"
#include "widgets/composer/composerundo.h"
#include "widgets/jsonpane.h"
#include "widgets/previewwidget.h"
#include "widgets/problemlist.h"

#include <QPlainTextEdit>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace Wac {

MessageViews::MessageViews(const Widgets &widgets, Findings findings, QObject *parent)
    : QObject(parent)
    , m_w(widgets)
    , m_findings(std::move(findings))
    , m_problems(new ProblemList(widgets.problems, widgets.problemsLabel, this))
{
    m_check.setSingleShot(true);
    m_check.setInterval(0);
    connect(&m_check, &QTimer::timeout, this, &MessageViews::checkNow);
    connect(m_w.composer, &ComposerController::changed, this, &MessageViews::scheduleCheck);
    connect(m_w.json, &JsonPane::edited, this, &MessageViews::jsonEdited);
    connect(m_w.json, &JsonPane::validityChanged, this, &MessageViews::scheduleCheck);
    connect(m_w.json, &JsonPane::revertRequested, this,
        [this] { m_w.json->reset(m_w.composer->message().toJson()); });
    connect(m_problems, &ProblemList::activated, this, &MessageViews::problemActivated);
    // Edit > Undo / Redo: the message's earlier states, Ctrl+Z in the composer's fields too.
    auto *undo = new ComposerUndo(m_w.composer, this);
    undo->setActions(m_w.undo, m_w.redo);
    connect(undo, &ComposerUndo::restored, this, [this] {
        m_w.json->reset(m_w.composer->message().toJson());
        checkNow();
    });
}

void MessageViews::setMessage(const OutgoingMessage &message)
{
    m_w.composer->setMessage(message);
    m_w.json->reset(message.toJson());
    checkNow();
}

void MessageViews::scheduleCheck()
{
    m_check.start();
}

void MessageViews::checkNow()
{
    m_check.stop();
    m_message = m_w.composer->message();
    const QJsonObject body = m_message.toJson();
    FieldLimits limits;
    QList<Diagnostic> diagnostics = m_w.composer->formProblems();
    diagnostics += validate(body, &limits);
    if (m_findings)
        diagnostics += m_findings(body);
    m_w.composer->showDiagnostics(diagnostics, limits);
    m_w.json->setBody(body);
    m_w.json->setFindings(diagnostics);
    m_w.preview->setMessage(m_message);
    if (!m_w.json->isValid()) {
        diagnostics.prepend({Severity::Error, QString(), u"json.unparsed"_s,
            tr("The JSON tab holds an edit that does not parse (%1); fix it or discard it.")
                .arg(m_w.json->error())});
    }
    m_diagnostics = diagnostics;
    m_problems->show(diagnostics, body);
    Q_EMIT checked(hasErrors(diagnostics));
}

void MessageViews::settle()
{
    m_w.json->flush();
    m_w.composer->revealAll();
    checkNow();
}

void MessageViews::problemActivated(const QString &pointer)
{
    if (pointer.isEmpty() && !m_w.json->isValid()) {
        m_w.tabs->setCurrentWidget(m_w.json);
        m_w.json->editor()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_w.composer->focusField(pointer))
        return;
    // No field shows it (an unknown key, say): show it in the JSON.
    m_w.tabs->setCurrentWidget(m_w.json);
    m_w.json->focusPointer(pointer);
}

void MessageViews::jsonEdited(const QJsonObject &body)
{
    const OutgoingMessage edited = OutgoingMessage::fromJson(body);
    if (edited == m_w.composer->message())
        return;
    m_w.composer->setMessage(edited);
    m_w.composer->revealAll();
    checkNow();
}

} // namespace Wac

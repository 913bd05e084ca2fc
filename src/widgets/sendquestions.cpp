// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/sendquestions.h"

#include "storage/historystore.h"
#include "widgets/dialogs/confirm.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

#include "services/historylog.h"
#include "services/templatelibrary.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

/// The same message to the same customer within this long asks first.
constexpr qint64 repeatWindowMs = 10 * 60 * 1000;
constexpr int errorsNamed = 5;

QString errorList(const QList<Diagnostic> &diagnostics)
{
    QStringList lines;
    int errors = 0;
    for (const Diagnostic &d : diagnostics) {
        if (!d.isError())
            continue;
        if (++errors <= errorsNamed)
            lines.append(u"• "_s + d.message);
    }
    if (errors > errorsNamed)
        lines.append(SendQuestions::tr("…and %n more.", nullptr, errors - errorsNamed));
    return lines.join(u'\n');
}

} // namespace

SendQuestions::SendQuestions(
    QWidget *window, TemplateLibrary *templates, HistoryLog *history, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_templates(templates)
    , m_history(history)
{ }

bool SendQuestions::allow(const Profile &profile, const QJsonObject &body,
    const QList<Diagnostic> &diagnostics, bool anyway)
{
    if (anyway && hasErrors(diagnostics)
        && !Confirm::ask(m_window, tr("Send a message with errors?"),
            tr("The server will most likely refuse it:\n%1").arg(errorList(diagnostics)),
            tr("Send anyway"))) {
        return false;
    }
    if (m_templates) {
        for (const Diagnostic &d : m_templates->findings(profile, body)) {
            if (d.pointer == u"/template/name"_s
                && !Confirm::ask(m_window, tr("Send a template that is not approved?"), d.message,
                    tr("Send anyway"))) {
                return false;
            }
        }
    }
    if (!m_history)
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString to = body.value(u"to").toString();
    const std::optional<HistoryRecord> same = m_history->store()->findRecentSame(
        profile.name, to, QJsonDocument(body).toJson(QJsonDocument::Compact), now - repeatWindowMs);
    if (!same)
        return true;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(same->entry.createdAt);
    const int minutes = int((now - same->entry.createdAt) / 60000);
    return Confirm::ask(m_window, tr("Send the same message again?"),
        tr("This exact message went to %1 at %2 (%n minutes ago). Send it a second time?", nullptr,
            minutes)
            .arg(to, QLocale().toString(at.time(), QLocale::ShortFormat)),
        tr("Send again"));
}

} // namespace Wac

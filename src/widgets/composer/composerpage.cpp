// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/composerpage.h"

#include "core/jsonpointer.h"
#include "core/textlength.h"
#include "widgets/composer/fieldassist.h"
#include "widgets/composer/fieldtext.h"
#include "widgets/composer/focuschain.h"
#include "widgets/composer/formstyle.h"
#include "widgets/composer/repeatedlist.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Wac {

ComposerPage::ComposerPage(MessageType type, QWidget *parent)
    : QWidget(parent)
    , m_type(type)
    , m_base(OutgoingMessage::create(type))
{ }

void ComposerPage::setMessage(const OutgoingMessage &message)
{
    m_loading = true;
    m_base = message;
    load(message);
    m_loading = false;
    refreshFields();
    Q_EMIT loaded();
}

OutgoingMessage ComposerPage::message() const
{
    OutgoingMessage message = m_base;
    store(message);
    return message;
}

void ComposerPage::clear()
{
    setMessage(OutgoingMessage::create(m_type));
    m_revealAll = false;
}

void ComposerPage::showDiagnostics(const QList<Diagnostic> &diagnostics, const FieldLimits &limits)
{
    QHash<QWidget *, QList<Diagnostic>> byField;
    for (const Diagnostic &d : diagnostics) {
        QWidget *field = m_fields.find(d.pointer);
        if (field && FieldAssist::isShown(d, field, m_revealAll))
            byField[field].append(d);
    }
    m_marks.mark(std::move(byField));
    // A field may stand for several pointers (a body for "/interactive/body" and its text):
    // its counter uses whichever of them has a limit.
    QHash<QWidget *, std::optional<qsizetype>> counted;
    const auto &editors = m_fields.editors();
    for (auto it = editors.cbegin(); it != editors.cend(); ++it) {
        if (!it.value())
            continue;
        std::optional<qsizetype> &limit = counted[it.value()];
        if (const auto found = limits.find(it.key()); found != limits.cend())
            limit = *found;
    }
    for (auto it = counted.cbegin(); it != counted.cend(); ++it)
        FieldAssist::setCount(
            it.key(), TextLength::graphemes(FieldText::currentText(it.key())), it.value());
}

QWidget *ComposerPage::fieldFor(const QString &pointer) const
{
    return m_fields.find(pointer);
}

void ComposerPage::watchFields()
{
    FormStyle::polish(this);
    FormStyle::alignForms(this);
    FieldText::watchEdits(this, this, [this] { edited(); });
}

void ComposerPage::watchList(RepeatedList *list)
{
    connect(list, &RepeatedList::changed, this, &ComposerPage::edited);
    connect(list, &RepeatedList::structureChanged, this, &ComposerPage::refreshFields);
}

void ComposerPage::setTabEntry(QWidget *before)
{
    m_tabEntry = before;
    FocusChain::arrange(before, this);
}

void ComposerPage::refreshFields()
{
    m_fields.clear();
    describeFields(m_fields);
    // Every change of the fields comes here: elements added, moved or removed, a template's
    // form rebuilt. Their widgets joined the window's chain at its end meanwhile.
    if (m_tabEntry)
        FocusChain::arrange(m_tabEntry, this);
    Q_EMIT fieldsChanged();
}

void ComposerPage::writeArray(
    OutgoingMessage &message, const QString &pointer, const QJsonArray &items)
{
    QJsonValue json = message.toJson();
    const QJsonValue old = JsonPointer::resolve(json, pointer);
    if (old == QJsonValue(items) || (items.isEmpty() && !old.isArray()))
        return;
    if (JsonPointer::assign(json, pointer, items))
        message = OutgoingMessage::fromJson(json.toObject());
}

void ComposerPage::addProblem(QList<Diagnostic> &out, const QString &pointer, const QString &error)
{
    if (!error.isEmpty())
        out.append(
            {Severity::Error, pointer, JsonPointer::codePath(pointer) + u".unreadable"_s, error});
}

void ComposerPage::edited()
{
    if (!m_loading)
        Q_EMIT changed();
}

} // namespace Wac

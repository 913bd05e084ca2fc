// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/outgoingmessage.h"
#include "core/templates/templatedefinition.h"
#include "core/validation/validator.h"
#include "widgets/composer/envelopefields.h"
#include "widgets/composer/mediasourceeditor.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QStackedWidget;
class QTreeWidget;

namespace Wac {

class ComposerPage;
class TypeList;
class KeptComposerPage;
class TemplateComposerPage;

/**
 * The composer: the type list, the page of the chosen type and the envelope fields around it
 * (EnvelopeFields), which keep their values when the type changes.
 * Each page keeps its own content, so switching away and back loses nothing.
 */
class ComposerController : public QObject
{
    Q_OBJECT

public:
    struct Widgets
    {
        QTreeWidget *types = nullptr;
        QStackedWidget *stack = nullptr; ///< holds each page in a scroll area of its own
        QLabel *title = nullptr;
        EnvelopeFields::Widgets envelope;
    };

    ComposerController(const Widgets &widgets, QObject *parent = nullptr);

    /// The current page's message with the envelope written over it.
    OutgoingMessage message() const;
    /// Shows `message` on the page of its type, and its envelope; when that form would give
    /// back anything but `message`, keeps `message` as it is instead (isKeptAsLoaded()).
    void setMessage(const OutgoingMessage &message);
    /// The last message set could not be shown exactly by its form: it is kept as loaded, for
    /// the JSON tab, until another is set or a type is chosen.
    bool isKeptAsLoaded() const;
    /// Switches to the page of `type`, keeping the envelope (as a click in the type list does).
    void selectType(MessageType type);
    MessageType currentType() const;
    ComposerPage *currentPage() const;
    /// The page of `type`, created on first use.
    ComposerPage *page(MessageType type);

    /// The template page, which draws its form from the template library (made on first use).
    TemplateComposerPage *templatePage();
    /// Where the template page finds definitions, now or once it is made.
    void setTemplateLookup(std::function<std::optional<TemplateDefinition>(
            const QString &name, const QString &language)>
            lookup);

    /// What a reply quotes, by WAMID: the chip then names the customer's words, not the ID.
    void setQuoteLookup(EnvelopeFields::QuoteLookup lookup);

    /// Empties every page and the envelope (File → New message); the type stays.
    void clearAll();

    /// The current page's form problems (see ComposerPage::formProblems()).
    QList<Diagnostic> formProblems() const;
    void showDiagnostics(const QList<Diagnostic> &diagnostics, const FieldLimits &limits);
    /// Shows every finding beside its field from now on (after an attempt to send, or for a
    /// payload loaded from outside).
    void revealAll();
    /// Focuses the field of `pointer` (scrolling it into view); false when no field shows it.
    bool focusField(const QString &pointer);
    /// Whether `widget` is part of the composer: the type list, a page, an envelope field.
    bool holds(const QWidget *widget) const;

Q_SIGNALS:
    /// The user changed the message (never emitted by setMessage()).
    void changed();
    /// The message was replaced as a whole: by setMessage(), or by a page cleared.
    void loaded();
    void uploadRequested(Wac::MediaSourceEditor *editor);
    /// The template page's Choose… was pressed.
    void templateChooserRequested();

private:
    /// Connects the Upload button of every media field on `page` (they come and go with
    /// repeated parts and template forms).
    void connectUploads(ComposerPage *page);
    /// Puts a new page in the stack, in a scroll area of its own, and listens to it.
    void addPage(ComposerPage *created);
    /// The "Kept as loaded" page, made the first time a payload needs it.
    KeptComposerPage *keptPage();
    void showPage(ComposerPage *page);
    /// Disables in the type list the types a group cannot receive, when `group`.
    void offerTypes(bool group);

    Widgets m_w;
    EnvelopeFields *m_envelope;
    TypeList *m_types;
    QHash<MessageType, ComposerPage *> m_pages;
    ComposerPage *m_current = nullptr;
    TemplateComposerPage *m_templatePage = nullptr;
    KeptComposerPage *m_kept = nullptr; ///< made on first use
    std::function<std::optional<TemplateDefinition>(const QString &, const QString &)>
        m_templateLookup;
    bool m_revealAll = false; ///< for the envelope fields
    bool m_settingMessage = false;
};

} // namespace Wac

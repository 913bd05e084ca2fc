// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/composerregistry.h"

#include "widgets/composer/pages/addresscomposerpage.h"
#include "widgets/composer/pages/buttonscomposerpage.h"
#include "widgets/composer/pages/catalogcomposerpage.h"
#include "widgets/composer/pages/contactscomposerpage.h"
#include "widgets/composer/pages/ctaurlcomposerpage.h"
#include "widgets/composer/pages/flowcomposerpage.h"
#include "widgets/composer/pages/listcomposerpage.h"
#include "widgets/composer/pages/locationcomposerpage.h"
#include "widgets/composer/pages/locationrequestcomposerpage.h"
#include "widgets/composer/pages/markreadcomposerpage.h"
#include "widgets/composer/pages/mediacomposerpage.h"
#include "widgets/composer/pages/productcomposerpage.h"
#include "widgets/composer/pages/productlistcomposerpage.h"
#include "widgets/composer/pages/reactioncomposerpage.h"
#include "widgets/composer/pages/templatecomposerpage.h"
#include "widgets/composer/pages/textcomposerpage.h"

#include <QCoreApplication>

namespace Wac {

namespace {

template <typename Page> ComposerEntry entry(MessageType type, const char *group, const char *title)
{
    return {type, group, title, [](QWidget *parent) { return new Page(parent); }};
}

ComposerEntry media(MessageType type, const char *title)
{
    return {type, QT_TRANSLATE_NOOP("ComposerRegistry", "Media"), title,
        [type](QWidget *parent) { return new MediaComposerPage(type, parent); }};
}

constexpr const char *interactive = QT_TRANSLATE_NOOP("ComposerRegistry", "Interactive");

} // namespace

const QList<ComposerEntry> &composerEntries()
{
    using T = MessageType;
    static const QList<ComposerEntry> entries = {
        entry<TextComposerPage>(T::Text, nullptr, QT_TRANSLATE_NOOP("ComposerRegistry", "Text")),
        media(T::Image, QT_TRANSLATE_NOOP("ComposerRegistry", "Image")),
        media(T::Audio, QT_TRANSLATE_NOOP("ComposerRegistry", "Audio")),
        media(T::Video, QT_TRANSLATE_NOOP("ComposerRegistry", "Video")),
        media(T::Document, QT_TRANSLATE_NOOP("ComposerRegistry", "Document")),
        media(T::Sticker, QT_TRANSLATE_NOOP("ComposerRegistry", "Sticker")),
        entry<LocationComposerPage>(
            T::Location, nullptr, QT_TRANSLATE_NOOP("ComposerRegistry", "Location")),
        entry<ContactsComposerPage>(
            T::Contacts, nullptr, QT_TRANSLATE_NOOP("ComposerRegistry", "Contacts")),
        entry<ButtonsComposerPage>(T::InteractiveButton, interactive,
            QT_TRANSLATE_NOOP("ComposerRegistry", "Reply buttons")),
        entry<ListComposerPage>(
            T::InteractiveList, interactive, QT_TRANSLATE_NOOP("ComposerRegistry", "List")),
        entry<CtaUrlComposerPage>(T::InteractiveCtaUrl, interactive,
            QT_TRANSLATE_NOOP("ComposerRegistry", "Call-to-action URL")),
        entry<FlowComposerPage>(
            T::InteractiveFlow, interactive, QT_TRANSLATE_NOOP("ComposerRegistry", "Flow")),
        entry<LocationRequestComposerPage>(T::InteractiveLocationRequest, interactive,
            QT_TRANSLATE_NOOP("ComposerRegistry", "Location request")),
        entry<AddressComposerPage>(
            T::InteractiveAddress, interactive, QT_TRANSLATE_NOOP("ComposerRegistry", "Address")),
        entry<ProductComposerPage>(
            T::InteractiveProduct, interactive, QT_TRANSLATE_NOOP("ComposerRegistry", "Product")),
        entry<ProductListComposerPage>(T::InteractiveProductList, interactive,
            QT_TRANSLATE_NOOP("ComposerRegistry", "Product list")),
        entry<CatalogComposerPage>(
            T::InteractiveCatalog, interactive, QT_TRANSLATE_NOOP("ComposerRegistry", "Catalog")),
        entry<TemplateComposerPage>(
            T::Template, nullptr, QT_TRANSLATE_NOOP("ComposerRegistry", "Template")),
        entry<ReactionComposerPage>(
            T::Reaction, nullptr, QT_TRANSLATE_NOOP("ComposerRegistry", "Reaction")),
        entry<MarkReadComposerPage>(
            T::MarkAsRead, nullptr, QT_TRANSLATE_NOOP("ComposerRegistry", "Mark as read")),
    };
    return entries;
}

QString composerTitle(MessageType type)
{
    for (const ComposerEntry &e : composerEntries()) {
        if (e.type == type)
            return QCoreApplication::translate("ComposerRegistry", e.title);
    }
    return QCoreApplication::translate("ComposerRegistry", "Other type");
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/composerregistry.h"

#include "widgets/composer/pages/addresscomposerpage.h"
#include "widgets/composer/pages/buttonscomposerpage.h"
#include "widgets/composer/pages/callpermissioncomposerpage.h"
#include "widgets/composer/pages/carouselcomposerpage.h"
#include "widgets/composer/pages/catalogcomposerpage.h"
#include "widgets/composer/pages/contactinfocomposerpage.h"
#include "widgets/composer/pages/contactscomposerpage.h"
#include "widgets/composer/pages/ctaurlcomposerpage.h"
#include "widgets/composer/pages/flowcomposerpage.h"
#include "widgets/composer/pages/listcomposerpage.h"
#include "widgets/composer/pages/locationcomposerpage.h"
#include "widgets/composer/pages/locationrequestcomposerpage.h"
#include "widgets/composer/pages/markreadcomposerpage.h"
#include "widgets/composer/pages/mediacomposerpage.h"
#include "widgets/composer/pages/orderdetailscomposerpage.h"
#include "widgets/composer/pages/orderstatuscomposerpage.h"
#include "widgets/composer/pages/pincomposerpage.h"
#include "widgets/composer/pages/productcomposerpage.h"
#include "widgets/composer/pages/productlistcomposerpage.h"
#include "widgets/composer/pages/reactioncomposerpage.h"
#include "widgets/composer/pages/templatecomposerpage.h"
#include "widgets/composer/pages/textcomposerpage.h"
#include "widgets/composer/pages/unknowncomposerpage.h"
#include "widgets/composer/pages/voicecallcomposerpage.h"

#include <QCoreApplication>

namespace Wac {

namespace {

using Create = std::function<ComposerPage *(QWidget *parent)>;

template <typename Page> Create page()
{
    return [](QWidget *parent) { return new Page(parent); };
}

Create mediaPage(MessageType type)
{
    return [type](QWidget *parent) { return new MediaComposerPage(type, parent); };
}

/// The group's title in the type list; nullptr for the groups of one type, shown at the top.
const char *groupTitle(MessageGroup group)
{
    switch (group) {
    case MessageGroup::Media:
        return QT_TRANSLATE_NOOP("ComposerRegistry", "Media");
    case MessageGroup::Interactive:
        return QT_TRANSLATE_NOOP("ComposerRegistry", "Interactive");
    case MessageGroup::Text:
    case MessageGroup::Location:
    case MessageGroup::Contacts:
    case MessageGroup::Template:
    case MessageGroup::Reaction:
    case MessageGroup::Pin:
    case MessageGroup::MarkAsRead:
    case MessageGroup::Unknown:
        break;
    }
    return nullptr;
}

// Every type in the enum, with no default: a new type stops the build here until it has a page.
ComposerEntry entryOf(MessageType type)
{
    using T = MessageType;
    const char *group = groupTitle(messageGroup(type));
    const auto entry = [type, group](const char *title, Create create) {
        return ComposerEntry {type, group, title, std::move(create)};
    };
    switch (type) {
    case T::Text:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Text"), page<TextComposerPage>());
    case T::Image:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Image"), mediaPage(type));
    case T::Audio:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Audio"), mediaPage(type));
    case T::Video:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Video"), mediaPage(type));
    case T::Document:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Document"), mediaPage(type));
    case T::Sticker:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Sticker"), mediaPage(type));
    case T::Location:
        return entry(
            QT_TRANSLATE_NOOP("ComposerRegistry", "Location"), page<LocationComposerPage>());
    case T::Contacts:
        return entry(
            QT_TRANSLATE_NOOP("ComposerRegistry", "Contacts"), page<ContactsComposerPage>());
    case T::InteractiveButton:
        return entry(
            QT_TRANSLATE_NOOP("ComposerRegistry", "Reply buttons"), page<ButtonsComposerPage>());
    case T::InteractiveList:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "List"), page<ListComposerPage>());
    case T::InteractiveCtaUrl:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Call-to-action URL"),
            page<CtaUrlComposerPage>());
    case T::InteractiveFlow:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Flow"), page<FlowComposerPage>());
    case T::InteractiveLocationRequest:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Location request"),
            page<LocationRequestComposerPage>());
    case T::InteractiveAddress:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Address"), page<AddressComposerPage>());
    case T::InteractiveProduct:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Product"), page<ProductComposerPage>());
    case T::InteractiveProductList:
        return entry(
            QT_TRANSLATE_NOOP("ComposerRegistry", "Product list"), page<ProductListComposerPage>());
    case T::InteractiveCatalog:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Catalog"), page<CatalogComposerPage>());
    case T::InteractiveCarousel:
        return entry(
            QT_TRANSLATE_NOOP("ComposerRegistry", "Carousel"), page<CarouselComposerPage>());
    case T::InteractiveVoiceCall:
        return entry(
            QT_TRANSLATE_NOOP("ComposerRegistry", "Voice call"), page<VoiceCallComposerPage>());
    case T::InteractiveCallPermissionRequest:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Call permission request"),
            page<CallPermissionComposerPage>());
    case T::InteractiveRequestContactInfo:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Contact info request"),
            page<ContactInfoComposerPage>());
    case T::InteractiveOrderDetails:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Order details"),
            page<OrderDetailsComposerPage>());
    case T::InteractiveOrderStatus:
        return entry(
            QT_TRANSLATE_NOOP("ComposerRegistry", "Order status"), page<OrderStatusComposerPage>());
    case T::Template:
        return entry(
            QT_TRANSLATE_NOOP("ComposerRegistry", "Template"), page<TemplateComposerPage>());
    case T::Reaction:
        return entry(
            QT_TRANSLATE_NOOP("ComposerRegistry", "Reaction"), page<ReactionComposerPage>());
    case T::Pin:
        return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Pin"), page<PinComposerPage>());
    case T::MarkAsRead:
        return entry(
            QT_TRANSLATE_NOOP("ComposerRegistry", "Mark as read"), page<MarkReadComposerPage>());
    case T::Unknown:
        break;
    }
    return entry(QT_TRANSLATE_NOOP("ComposerRegistry", "Other type"), page<UnknownComposerPage>());
}

} // namespace

const QList<ComposerEntry> &composerEntries()
{
    static const QList<ComposerEntry> entries = [] {
        QList<ComposerEntry> all;
        for (const MessageTypeInfo &info : messageTypeTable())
            all.append(entryOf(info.type));
        return all;
    }();
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

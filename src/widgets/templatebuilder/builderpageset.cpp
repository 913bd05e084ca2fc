// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/builderpageset.h"

#include "widgets/templatebuilder/builderauthenticationpage.h"
#include "widgets/templatebuilder/builderbodypage.h"
#include "widgets/templatebuilder/builderbuttonspage.h"
#include "widgets/templatebuilder/buildercarouselpage.h"
#include "widgets/templatebuilder/builderfooterpage.h"
#include "widgets/templatebuilder/builderheaderpage.h"
#include "widgets/templatebuilder/builderidentitypage.h"
#include "widgets/templatebuilder/builderofferpage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

bool always(const QString &)
{
    return true;
}

bool notAuthentication(const QString &category)
{
    return category != u"AUTHENTICATION"_s;
}

bool authentication(const QString &category)
{
    return category == u"AUTHENTICATION"_s;
}

QString title(const char *text)
{
    return QCoreApplication::translate("Wac::TemplateBuilder", text);
}

} // namespace

QList<BuilderPageEntry> builderPages(QWidget *parent)
{
    return {
        {new BuilderIdentityPage(parent),
            title(QT_TRANSLATE_NOOP("Wac::TemplateBuilder", "Identity")), always},
        {new BuilderHeaderPage(parent), title(QT_TRANSLATE_NOOP("Wac::TemplateBuilder", "Header")),
            notAuthentication},
        {new BuilderBodyPage(parent), title(QT_TRANSLATE_NOOP("Wac::TemplateBuilder", "Body")),
            notAuthentication},
        {new BuilderFooterPage(parent), title(QT_TRANSLATE_NOOP("Wac::TemplateBuilder", "Footer")),
            notAuthentication},
        {new BuilderButtonsPage(parent),
            title(QT_TRANSLATE_NOOP("Wac::TemplateBuilder", "Buttons")), notAuthentication},
        {new BuilderCarouselPage(parent),
            title(QT_TRANSLATE_NOOP("Wac::TemplateBuilder", "Carousel")), notAuthentication},
        {new BuilderOfferPage(parent),
            title(QT_TRANSLATE_NOOP("Wac::TemplateBuilder", "Limited-time offer")),
            notAuthentication},
        {new BuilderAuthenticationPage(parent),
            title(QT_TRANSLATE_NOOP("Wac::TemplateBuilder", "Authentication")), authentication},
    };
}

} // namespace Wac

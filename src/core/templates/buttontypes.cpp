// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/templates/buttontypes.h"

#include "core/coretr.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Wac::ButtonTypes {

QStringList all()
{
    return {u"QUICK_REPLY"_s, u"URL"_s, u"PHONE_NUMBER"_s, u"COPY_CODE"_s, u"FLOW"_s, u"OTP"_s,
        u"CATALOG"_s, u"MPM"_s, u"VOICE_CALL"_s, u"REQUEST_CONTACT_INFO"_s};
}

QString title(const QString &type)
{
    const QHash<QString, QString> names = {{u"QUICK_REPLY"_s, Tr::tr("Quick reply")},
        {u"URL"_s, Tr::tr("Visit website")}, {u"PHONE_NUMBER"_s, Tr::tr("Call phone number")},
        {u"COPY_CODE"_s, Tr::tr("Copy offer code")}, {u"FLOW"_s, Tr::tr("Open a flow")},
        {u"OTP"_s, Tr::tr("One-time password")}, {u"CATALOG"_s, Tr::tr("View catalog")},
        {u"MPM"_s, Tr::tr("View products (multi-product)")}, {u"SPM"_s, Tr::tr("View product")},
        {u"VOICE_CALL"_s, Tr::tr("Call on WhatsApp")},
        {u"REQUEST_CONTACT_INFO"_s, Tr::tr("Request contact info")}};
    return names.value(type, type);
}

QString note(const QString &type)
{
    if (type == u"COPY_CODE"_s)
        return Tr::tr("WhatsApp labels this button itself (\"Copy offer code\"); the example is "
                      "the code shown to the reviewer.");
    if (type == u"REQUEST_CONTACT_INFO"_s)
        return Tr::tr("WhatsApp labels this button itself (\"Share contact info\"); utility and "
                      "marketing templates only.");
    if (type == u"CATALOG"_s || type == u"MPM"_s)
        return Tr::tr("The products are chosen when the template is sent.");
    return {};
}

} // namespace Wac::ButtonTypes

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simconfig.h"

#include "sim/templatestore.h"

using namespace Qt::StringLiterals;

namespace Wac::Sim {

SimConfig SimConfig::sandbox()
{
    SimConfig config;
    config.tokens = {u"sandbox-token"_s};
    config.expiredTokens = {u"expired-token"_s};
    // The ids of Meta's own examples, so that commands pasted from the docs work as they are.
    config.phoneNumbers = {
        {u"106540352242922"_s, u"+1 555-078-3881"_s, u"waconsole Sandbox"_s, u"GREEN"_s, u"1"_s}};
    config.wabaId = u"102290129340398"_s;
    config.subscribedWabas = {config.wabaId};
    config.templateSeed = QString::fromLatin1(TemplateStore::builtInSeed);
    return config;
}

const PhoneNumberInfo *SimConfig::phoneNumber(const QString &id) const
{
    for (const PhoneNumberInfo &info : phoneNumbers) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

} // namespace Wac::Sim

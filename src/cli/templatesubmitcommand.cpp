// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "templatesubmitcommand.h"

#include "core/coretr.h"
#include "storage/keychaintokenstore.h"
#include "storage/secretvault.h"
#include "storage/templatecache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

#include "clicommands.h"
#include "sendcommand.h"
#include "services/graphaccess.h"
#include "services/storeaccess.h"
#include "services/templatelibrary.h"
#include "services/templatesubmission.h"

using namespace Qt::StringLiterals;

namespace Wac::Cli {

namespace {

constexpr auto submitCommand = "template-submit";
constexpr auto deleteCommand = "template-delete";

void print(const QList<Diagnostic> &findings, QTextStream &stream)
{
    for (const Diagnostic &d : findings) {
        stream << d.pointer << u": "_s << severityKeyword(d.severity) << u": "_s << d.message
               << u" ["_s << d.code << u']' << Qt::endl;
    }
}

int exitFor(const SendResult &result)
{
    return result.error.category == ApiError::Category::NoCredentials ? Unreadable
                                                                      : exitCodeFor(result.outcome);
}

int submit(const QString &path, const QString &templateId, TemplateSubmission &submission,
    const Profile &profile, QTextStream &out, QTextStream &err)
{
    const auto json = readJson(path, err);
    if (!json)
        return Unreadable;
    if (!json->isObject()) {
        err << Tr::tr("waconsole-cli: the input is JSON, but not a template definition object.")
            << Qt::endl;
        return Unreadable;
    }
    TemplateSubmissionResult result;
    QObject::connect(&submission, &TemplateSubmission::submitted, &submission,
        [&result](const QString &, const TemplateSubmissionResult &r) {
            result = r;
            QCoreApplication::quit();
        });
    submission.submit(profile, json->toObject(), templateId);
    QCoreApplication::exec();
    if (result.refusedLocally()) {
        print(result.findings, out);
        err << Tr::tr("Not sent: the template has errors.") << Qt::endl;
        return Invalid;
    }
    if (!result.ok) {
        // Graph's refusal at the field it names, in validate's format, then the whole answer.
        print(result.findings, out);
        describe(result.result, err);
        return exitFor(result.result);
    }
    print(result.findings, err); // warnings that did not block it
    out << result.templateId << u' ' << result.status << Qt::endl;
    err << (result.edit ? Tr::tr("Edited %1 (%2): %3 until Meta's review.")
                        : Tr::tr("Created %1 (%2): %3 until Meta's review."))
               .arg(result.name, result.language, result.status)
        << Qt::endl;
    return Ok;
}

int remove(const QString &name, TemplateSubmission &submission, const Profile &profile,
    QTextStream &out, QTextStream &err)
{
    bool ok = false;
    SendResult failure;
    QObject::connect(&submission, &TemplateSubmission::removed, &submission,
        [&](const QString &, const QString &, bool done, const SendResult &result) {
            ok = done;
            failure = result;
            QCoreApplication::quit();
        });
    submission.remove(profile, name);
    QCoreApplication::exec();
    if (!failure.error.message.isEmpty() && ok)
        err << failure.error.message << Qt::endl; // deleted, but the cache kept it
    if (!ok) {
        describe(failure, err);
        return exitFor(failure);
    }
    out << Tr::tr("Deleted %1.").arg(name) << Qt::endl;
    return Ok;
}

} // namespace

void addTemplateSubmitOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(u"edit"_s,
        Tr::tr("template-submit: edit this template (its ID) instead of creating one."),
        u"TEMPLATE_ID"_s));
}

bool isTemplateSubmitCommand(const QString &command)
{
    return command == QLatin1String(submitCommand) || command == QLatin1String(deleteCommand);
}

int templateSubmitCommand(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList args = parser.positionalArguments();
    const bool deleting = args.value(0) == QLatin1String(deleteCommand);
    if (args.size() != 2 || !parser.isSet(u"profile"_s)) {
        err << (deleting ? Tr::tr("Usage: waconsole-cli template-delete --profile NAME "
                                  "TEMPLATE_NAME")
                         : Tr::tr("Usage: waconsole-cli template-submit --profile NAME "
                                  "[--edit TEMPLATE_ID] FILE|-"))
            << Qt::endl;
        return Unreadable;
    }
    if (deleting && parser.isSet(u"edit"_s)) {
        err << Tr::tr("template-delete: --edit is for template-submit.") << Qt::endl;
        return Unreadable;
    }
    SendOptions options;
    if (!useProfile(parser.value(u"profile"_s), options, err))
        return Unreadable;
    const std::optional<int> limit = timeoutMs(parser.value(u"timeout"_s), err);
    if (!limit)
        return Unreadable;
    options.timeoutMs = *limit;
    QNetworkAccessManager nam;
    KeychainTokenStore keychain;
    SecretVault vault(&keychain);
    GraphAccess graph(&vault, &nam);
    if (!prepareToken(graph, options, err))
        return Unreadable;
    // The window's cache: the template shows there (and in `templates --cached`) at once.
    const std::optional<StoreLocation> store = storeOf(options.profile, err);
    TemplateCache cache(TemplateCache::beside(store.value_or(StoreAccess::defaultFile())));
    if (store && !cache.open())
        err << Tr::tr("waconsole-cli: the template cache cannot be opened: %1")
                   .arg(cache.lastError())
            << Qt::endl;
    TemplateLibrary library(store && cache.isOpen() ? &cache : nullptr, &graph);
    TemplateSubmission submission(&graph, &library);
    if (deleting)
        return remove(args.at(1), submission, options.profile, out, err);
    return submit(args.at(1), parser.value(u"edit"_s), submission, options.profile, out, err);
}

} // namespace Wac::Cli

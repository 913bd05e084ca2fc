// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "templatescommand.h"

#include "core/coretr.h"
#include "storage/keychaintokenstore.h"
#include "storage/secretvault.h"
#include "storage/templatecache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

#include "clicommands.h"
#include "services/graphaccess.h"
#include "services/templatelibrary.h"

using namespace Qt::StringLiterals;

namespace Wac::Cli {

namespace {

void print(const QList<QJsonObject> &templates, const QString &format, QTextStream &out)
{
    if (format == u"json"_s) {
        QJsonArray data;
        for (const QJsonObject &t : templates)
            data.append(t);
        out << QString::fromUtf8(QJsonDocument(QJsonObject {{u"data"_s, data}}).toJson());
        return;
    }
    const QStringList keys {u"name"_s, u"language"_s, u"status"_s, u"category"_s, u"id"_s};
    QList<qsizetype> widths;
    for (const QString &key : keys) {
        qsizetype w = key.size();
        for (const QJsonObject &t : templates)
            w = qMax(w, t.value(key).toString().size());
        widths.append(w);
    }
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += cells.at(i).leftJustified(widths.at(i) + 2);
        out << text.trimmed() << Qt::endl;
    };
    line(keys);
    for (const QJsonObject &t : templates) {
        QStringList cells;
        for (const QString &key : keys)
            cells.append(t.value(key).toString());
        line(cells);
    }
}

} // namespace

int templates(const SendOptions &options, const QString &format, bool cached, QTextStream &out,
    QTextStream &err)
{
    if (format != u"table"_s && format != u"json"_s) {
        err << Tr::tr("templates: --format is table or json.") << Qt::endl;
        return Unreadable;
    }
    // A saved profile's libraries are where its history is: a team's are shared on its server.
    const std::optional<StoreLocation> store =
        storeOf(options.savedProfile ? std::optional(options.profile) : std::nullopt, err);
    if (!store)
        return Unreadable;
    TemplateCache cache(TemplateCache::beside(*store));
    if (cached) {
        if (!options.savedProfile || !cache.open()) {
            err << Tr::tr("templates --cached needs --profile and the template cache.") << Qt::endl;
            return Unreadable;
        }
        const TemplateCache::Library library = cache.load(options.profile.name);
        if (!library.fetchedAt.isValid()) {
            err << Tr::tr("The library of \"%1\" was never read; run without --cached.")
                       .arg(options.profile.name)
                << Qt::endl;
            return NotSent;
        }
        print(library.templates, format, out);
        return Ok;
    }
    QNetworkAccessManager nam;
    KeychainTokenStore keychain;
    SecretVault vault(&keychain);
    GraphAccess graph(&vault, &nam);
    if (!prepareToken(graph, options, err))
        return Unreadable;
    // With a saved profile the window's cache is refreshed too; without one nothing is kept.
    const bool keep = options.savedProfile && cache.open();
    TemplateLibrary library(keep ? &cache : nullptr, &graph);
    QObject::connect(&library, &TemplateLibrary::progress, &library, [&err](int count, int pages) {
        err << Tr::tr("page %1: %L2 templates").arg(pages).arg(count) << Qt::endl;
    });
    bool ok = false;
    SendResult failure;
    QObject::connect(&library, &TemplateLibrary::refreshed, &library,
        [&](const QString &, bool done, const SendResult &result) {
            ok = done;
            failure = result;
            QCoreApplication::quit();
        });
    library.refresh(options.profile);
    QCoreApplication::exec();
    if (!ok) {
        describe(failure, err);
        return failure.error.category == ApiError::Category::NoCredentials
            ? Unreadable
            : exitCodeFor(failure.outcome);
    }
    QList<QJsonObject> templates;
    for (const TemplateDefinition &d : library.definitions(options.profile.name))
        templates.append(d.json);
    print(templates, format, out);
    return Ok;
}

} // namespace Wac::Cli

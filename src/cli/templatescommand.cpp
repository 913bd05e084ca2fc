// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "templatescommand.h"

#include "core/coretr.h"
#include "net/cloudapiclient.h"
#include "net/templatefetch.h"
#include "storage/templatecache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

#include "clicommands.h"

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
    TemplateCache cache(TemplateCache::defaultPath());
    if (cached) {
        if (options.profile.isEmpty() || !cache.open()) {
            err << Tr::tr("templates --cached needs --profile and the template cache.") << Qt::endl;
            return Unreadable;
        }
        const TemplateCache::Library library = cache.load(options.profile);
        if (!library.fetchedAt.isValid()) {
            err << Tr::tr("The library of \"%1\" was never read; run without --cached.")
                       .arg(options.profile)
                << Qt::endl;
            return NotSent;
        }
        print(library.templates, format, out);
        return Ok;
    }
    const QByteArray token = resolveToken(options.profile, err);
    if (token.isEmpty())
        return Unreadable;
    QNetworkAccessManager nam;
    CloudApiClient client(&nam, options.config);
    client.setToken(token);
    TemplateFetch fetch(&client);
    bool ok = false;
    bool finished = false;
    SendResult failure;
    QObject::connect(&fetch, &TemplateFetch::progress, &fetch, [&err](int count, int pages) {
        err << Tr::tr("page %1: %L2 templates").arg(pages).arg(count) << Qt::endl;
    });
    QObject::connect(
        &fetch, &TemplateFetch::finished, &fetch, [&](bool done, const SendResult &result) {
            ok = done;
            finished = true;
            failure = result;
            QCoreApplication::quit();
        });
    fetch.start();
    if (!finished) // a fetch refused at once (no WABA ID) has finished already
        QCoreApplication::exec();
    if (!ok) {
        describe(failure, err);
        return exitCodeFor(failure.outcome);
    }
    if (!options.profile.isEmpty() && cache.open())
        cache.store(options.profile, fetch.templates());
    print(fetch.templates(), format, out);
    return Ok;
}

} // namespace Wac::Cli

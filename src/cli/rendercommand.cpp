// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "rendercommand.h"

#include "core/coretr.h"
#include "core/jsoninput.h"
#include "core/payloadimport.h"
#include "preview/previewrenderer.h"

#include <QFile>
#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

#include "clicommands.h"

using namespace Qt::StringLiterals;

namespace Wac::Cli {

namespace {

std::optional<QByteArray> readBytes(const QString &path, QTextStream &err)
{
    QFile file;
    const bool ok = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok) {
        err << Tr::tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
        return std::nullopt;
    }
    return file.readAll();
}

// A definition file is one template, or a message_templates answer ({"data": [...]}) from
// which the message's name and language pick one.
std::optional<QJsonObject> definitionFor(
    const QJsonObject &file, const TemplatePayload &sent, QTextStream &err)
{
    if (!file.contains(u"data"))
        return file;
    for (const QJsonValue &value : file.value(u"data").toArray()) {
        const QJsonObject t = value.toObject();
        if (t.value(u"name").toString() == sent.name
            && t.value(u"language").toString() == sent.languageCode)
            return t;
    }
    err << Tr::tr("The definitions hold no template %1 in %2.").arg(sent.name, sent.languageCode)
        << Qt::endl;
    return std::nullopt;
}

} // namespace

int render(const QString &path, const RenderOptions &options, QTextStream &err)
{
    const std::optional<QByteArray> text = readBytes(path, err);
    if (!text)
        return Unreadable;
    const PayloadImport imported = PayloadImport::fromBytes(*text);
    if (!imported.ok()) {
        err << imported.error << Qt::endl;
        return Unreadable;
    }
    const OutgoingMessage message = OutgoingMessage::fromJson(imported.body);
    PreviewOptions preview = options.preview;
    // Definitions matter only to templates; other messages are drawn as they are.
    if (!options.templateDefinitions.isEmpty() && message.type() == MessageType::Template) {
        const std::optional<QByteArray> defs = readBytes(options.templateDefinitions, err);
        if (!defs)
            return Unreadable;
        const JsonInput input = JsonInput::parse(*defs);
        if (!input.ok() || !input.value.isObject()) {
            err << Tr::tr("%1 is not a template definition: %2")
                       .arg(options.templateDefinitions,
                           input.ok() ? Tr::tr("not a JSON object") : input.error)
                << Qt::endl;
            return Unreadable;
        }
        preview.templateDefinition =
            definitionFor(input.value.toObject(), message.templatePayload(), err);
        if (!preview.templateDefinition)
            return Unreadable;
    }
    const QImage image = renderPreviewImage(message, preview);
    if (!image.save(options.output, "PNG")) {
        err << Tr::tr("Cannot write %1.").arg(options.output) << Qt::endl;
        return Unreadable;
    }
    return Ok;
}

} // namespace Wac::Cli

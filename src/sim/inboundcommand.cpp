// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/inboundcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

// The translation context of the simulator's own command-line texts (lupdate reads Sim::tr).
struct Sim
{
    Q_DECLARE_TR_FUNCTIONS(waconsole_sim)
};

QCommandLineOption option(const QString &name, const QString &help, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
}

} // namespace

InboundCommand::InboundCommand()
    : m_url(option(u"url"_s, Sim::tr("inbound: the running simulator's URL."), u"URL"_s))
    , m_from(option(u"from"_s, Sim::tr("inbound: the customer's phone number."), u"NUMBER"_s))
    , m_name(option(u"name"_s, Sim::tr("inbound: the customer's profile name."), u"NAME"_s))
    , m_type(option(u"type"_s,
          Sim::tr("inbound: text (default), image, document, audio, sticker, location, "
                  "button_reply, reaction, call_permission_reply or contact_info."),
          u"TYPE"_s))
    , m_text(option(u"text"_s, Sim::tr("inbound: the message text."), u"TEXT"_s))
    , m_file(option(u"file"_s,
          Sim::tr("inbound: the file an image, document, audio or sticker sends (default: a "
                  "built-in sample)."),
          u"FILE"_s))
    , m_mimeType(option(u"mime-type"_s,
          Sim::tr("inbound: the file's MIME type (default: guessed from --file)."), u"TYPE"_s))
    , m_caption(
          option(u"caption"_s, Sim::tr("inbound: an image's or document's caption."), u"TEXT"_s))
    , m_fileName(option(u"filename"_s, Sim::tr("inbound: a document's file name."), u"NAME"_s))
    , m_voice(option(u"voice"_s, Sim::tr("inbound: the audio is a voice note.")))
    , m_latitude(option(u"latitude"_s, Sim::tr("inbound: a location's latitude."), u"DEG"_s))
    , m_longitude(option(u"longitude"_s, Sim::tr("inbound: a location's longitude."), u"DEG"_s))
    , m_placeName(option(u"location-name"_s, Sim::tr("inbound: a location's name."), u"NAME"_s))
    , m_address(option(u"address"_s, Sim::tr("inbound: a location's address."), u"TEXT"_s))
    , m_replyId(
          option(u"reply-id"_s, Sim::tr("inbound: the ID of the reply button tapped."), u"ID"_s))
    , m_title(
          option(u"title"_s, Sim::tr("inbound: the title of the reply button tapped."), u"TEXT"_s))
    , m_context(option(
          u"context"_s, Sim::tr("inbound: the WAMID of the message replied to."), u"WAMID"_s))
    , m_messageId(
          option(u"message-id"_s, Sim::tr("inbound: the WAMID a reaction is to."), u"WAMID"_s))
    , m_emoji(option(u"emoji"_s,
          Sim::tr("inbound: a reaction's emoji (none: the reaction is removed)."), u"EMOJI"_s))
    , m_cardIndex(option(u"card-index"_s,
          Sim::tr("inbound: button_reply: the card of the carousel (--context) whose quick reply "
                  "is tapped."),
          u"N"_s))
    , m_buttonIndex(option(u"button-index"_s,
          Sim::tr("inbound: button_reply: that card's quick reply tapped (default 0)."), u"N"_s))
    , m_response(option(u"response"_s,
          Sim::tr("inbound: call_permission_reply: accept or reject the request (--context)."),
          u"ANSWER"_s))
    , m_permanent(option(
          u"permanent"_s, Sim::tr("inbound: call_permission_reply: the permission is permanent.")))
    , m_responseSource(option(u"response-source"_s,
          Sim::tr("inbound: call_permission_reply: user_action (default) or automatic."),
          u"SOURCE"_s))
    , m_userId(option(u"user-id"_s,
          Sim::tr("inbound: contact_info: the customer's business-scoped user ID."), u"BSUID"_s))
{ }

QList<QCommandLineOption> InboundCommand::all() const
{
    return {m_url, m_from, m_name, m_type, m_text, m_file, m_mimeType, m_caption, m_fileName,
        m_voice, m_latitude, m_longitude, m_placeName, m_address, m_replyId, m_title, m_context,
        m_messageId, m_emoji, m_cardIndex, m_buttonIndex, m_response, m_permanent, m_responseSource,
        m_userId};
}

QJsonObject InboundCommand::body(const QCommandLineParser &parser, QString *error) const
{
    QJsonObject body {{u"from"_s, parser.value(m_from)}};
    const QList<QPair<const QCommandLineOption *, QString>> strings = {{&m_name, u"name"_s},
        {&m_type, u"type"_s}, {&m_text, u"text"_s}, {&m_mimeType, u"mime_type"_s},
        {&m_caption, u"caption"_s}, {&m_fileName, u"filename"_s},
        {&m_placeName, u"location_name"_s}, {&m_address, u"address"_s}, {&m_replyId, u"id"_s},
        {&m_title, u"title"_s}, {&m_context, u"context_id"_s}, {&m_messageId, u"message_id"_s},
        {&m_emoji, u"emoji"_s}, {&m_response, u"response"_s},
        {&m_responseSource, u"response_source"_s}, {&m_userId, u"user_id"_s}};
    for (const auto &[option, key] : strings) {
        if (parser.isSet(*option))
            body.insert(key, parser.value(*option));
    }
    for (const auto &[option, key] :
        {std::pair(&m_voice, u"voice"_s), std::pair(&m_permanent, u"is_permanent"_s)}) {
        if (parser.isSet(*option))
            body.insert(key, true);
    }
    if (!addNumbers(parser, body, error) || !addFile(parser, body, error))
        return {};
    return body;
}

bool InboundCommand::addNumbers(
    const QCommandLineParser &parser, QJsonObject &body, QString *error) const
{
    for (const auto &[option, key] :
        {std::pair(&m_latitude, u"latitude"_s), std::pair(&m_longitude, u"longitude"_s)}) {
        bool ok = true;
        if (parser.isSet(*option))
            body.insert(key, parser.value(*option).toDouble(&ok));
        if (!ok) {
            *error = Sim::tr("--%1 must be a number").arg(option->names().first());
            return false;
        }
    }
    // The simulator reads the indexes as JSON numbers: "2" as a string would name no card.
    for (const auto &[option, key] :
        {std::pair(&m_cardIndex, u"card_index"_s), std::pair(&m_buttonIndex, u"button_index"_s)}) {
        bool ok = true;
        const int index = parser.isSet(*option) ? parser.value(*option).toInt(&ok) : 0;
        if (!ok || index < 0) {
            *error = Sim::tr("--%1 must be a whole number from 0").arg(option->names().first());
            return false;
        }
        if (parser.isSet(*option))
            body.insert(key, index);
    }
    return true;
}

bool InboundCommand::addFile(
    const QCommandLineParser &parser, QJsonObject &body, QString *error) const
{
    if (!parser.isSet(m_file))
        return true;
    QFile input(parser.value(m_file));
    if (!input.open(QIODevice::ReadOnly)) {
        *error = Sim::tr("cannot read %1: %2").arg(input.fileName(), input.errorString());
        return false;
    }
    body.insert(u"data"_s, QString::fromLatin1(input.readAll().toBase64()));
    if (!parser.isSet(m_mimeType))
        body.insert(u"mime_type"_s, QMimeDatabase().mimeTypeForFile(input.fileName()).name());
    if (!parser.isSet(m_fileName))
        body.insert(u"filename"_s, QFileInfo(input.fileName()).fileName());
    return true;
}

int InboundCommand::run(const QCommandLineParser &parser) const
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.isSet(m_url) || !parser.isSet(m_from)) {
        err << Sim::tr("Usage: waconsole-sim inbound --url URL --from NUMBER [--type TYPE] "
                       "[--text TEXT] [--name NAME] … (see --help)")
            << Qt::endl;
        return 2;
    }
    QString error;
    const QJsonObject request = body(parser, &error);
    if (!error.isEmpty()) {
        err << Sim::tr("waconsole-sim: %1").arg(error) << Qt::endl;
        return 2;
    }
    QNetworkAccessManager nam;
    QNetworkRequest post(QUrl(parser.value(m_url)).resolved(QUrl(u"/_sim/inbound"_s)));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    post.setTransferTimeout(10000);
    QNetworkReply *reply = nam.post(post, QJsonDocument(request).toJson(QJsonDocument::Compact));
    QObject::connect(
        reply, &QNetworkReply::finished, QCoreApplication::instance(), &QCoreApplication::quit);
    QCoreApplication::exec();
    const QByteArray answer = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && answer.isEmpty()) {
        err << Sim::tr("waconsole-sim: %1").arg(reply->errorString()) << Qt::endl;
        return 2;
    }
    out << QString::fromUtf8(answer) << Qt::endl;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? 0 : 1;
}

} // namespace Wac::Sim

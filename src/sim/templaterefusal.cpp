// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/templaterefusal.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wac::Sim {

namespace {

/// "components.buttons.text.tooLong" → "too long": the finding's kind in plain words.
QString kindInWords(const QString &code)
{
    const QString last = code.section(u'.', -1);
    QString words;
    for (const QChar c : last) {
        if (c.isUpper() && !words.isEmpty())
            words.append(u' ');
        words.append(c.toLower());
    }
    return words;
}

} // namespace

QString TemplateRefusal::paramPath(const QString &pointer)
{
    static const QRegularExpression index(u"^(0|[1-9][0-9]*)$"_s);
    QString path;
    const QStringList segments = pointer.split(u'/', Qt::SkipEmptyParts);
    for (QString segment : segments) {
        // RFC 6901 escapes, undone in this order so that "~01" stays "~1".
        segment.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (path.isEmpty())
            path = segment;
        else if (index.match(segment).hasMatch())
            path += u'[' + segment + u']';
        else
            path += u"['"_s + segment + u"']"_s;
    }
    return path;
}

HttpReply TemplateRefusal::fromFinding(const Diagnostic &finding)
{
    // The finding's own message is translated (the console's language, not Graph's): the
    // English says what is wrong by the finding's stable code instead.
    const QString path = paramPath(finding.pointer);
    const QString what = kindInWords(finding.code);
    const QString message = path.isEmpty()
        ? u"The template is invalid: %1 (%2)."_s.arg(what, finding.code)
        : u"Param %1 is invalid: %2 (%3)."_s.arg(path, what, finding.code);
    return invalid(u"Message template is invalid"_s, message, ruleSubcode);
}

HttpReply TemplateRefusal::exists(const QString &name, const QString &language)
{
    return invalid(u"Message template already exists"_s,
        u"There is already %1 content for the template name %2. Create a template under another "
        "name and try again."_s.arg(language, name),
        existsSubcode);
}

HttpReply TemplateRefusal::invalid(
    const QString &userTitle, const QString &userMessage, int subcode)
{
    HttpReply reply = HttpReply::graphError(400, 100, u"Invalid parameter"_s, userMessage, subcode);
    // Graph's template errors carry the text for people in error_user_*, and their message is
    // the bare title, without the "(#100)" of the message endpoints.
    QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    QJsonObject error = body.value(u"error").toObject();
    error.insert(u"message"_s, u"Invalid parameter"_s);
    error.insert(u"is_transient"_s, false);
    error.insert(u"error_user_title"_s, userTitle);
    error.insert(u"error_user_msg"_s, userMessage);
    error.remove(u"error_data"_s);
    body.insert(u"error"_s, error);
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

} // namespace Wac::Sim

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/heldanswers.h"

#include "core/coretr.h"
#include "storage/datafolders.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "services/storekey.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;

QJsonObject toJson(const HeldAnswers::Held &held)
{
    const HistoryAnswer &a = held.second;
    return {{u"row"_s, held.first}, {u"outcome"_s, int(a.outcome)}, {u"httpStatus"_s, a.httpStatus},
        // The body as it came, which need not be UTF-8.
        {u"response"_s, QString::fromLatin1(a.responseJson.toBase64())}, {u"wamid"_s, a.wamid},
        {u"waId"_s, a.waId}, {u"messageStatus"_s, a.messageStatus}, {u"errorCode"_s, a.errorCode},
        {u"errorMessage"_s, a.errorMessage}, {u"fbtraceId"_s, a.fbtraceId},
        {u"errorReason"_s, a.errorReason}};
}

/// An entry as toJson() wrote it; nullopt for anything else (a hand-edited or damaged file
/// gives no row an answer it never had).
std::optional<HeldAnswers::Held> fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const qint64 row = o.value(u"row").toInteger();
    const int outcome = o.value(u"outcome").toInt(-1);
    if (row <= 0 || outcome < int(HistoryOutcome::Accepted)
        || outcome > int(HistoryOutcome::Unknown))
        return std::nullopt;
    HistoryAnswer a;
    a.outcome = HistoryOutcome(outcome);
    a.httpStatus = o.value(u"httpStatus").toInt();
    a.responseJson = QByteArray::fromBase64(o.value(u"response").toString().toLatin1());
    a.wamid = o.value(u"wamid").toString();
    a.waId = o.value(u"waId").toString();
    a.messageStatus = o.value(u"messageStatus").toString();
    a.errorCode = o.value(u"errorCode").toInt();
    a.errorMessage = o.value(u"errorMessage").toString();
    a.fbtraceId = o.value(u"fbtraceId").toString();
    a.errorReason = o.value(u"errorReason").toString();
    return HeldAnswers::Held {row, a};
}

} // namespace

QString HeldAnswers::pathFor(const StoreLocation &store)
{
    return DataFolders::data() + u"/held-answers-"_s + storeKey(store) + u".json"_s;
}

bool HeldAnswers::keepIn(const QString &path)
{
    m_path = path;
    m_error.clear();
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = Tr::tr("%1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    const QJsonArray earlier = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : earlier) {
        if (const std::optional<Held> held = fromJson(value))
            m_held.append(*held);
    }
    return true;
}

void HeldAnswers::append(qint64 id, const HistoryAnswer &answer)
{
    m_held.append({id, answer});
    save();
}

void HeldAnswers::removeFirst()
{
    m_held.removeFirst();
    save();
}

void HeldAnswers::save()
{
    if (m_path.isEmpty())
        return;
    if (m_held.isEmpty()) {
        QFile::remove(m_path);
        return;
    }
    QJsonArray all;
    for (const Held &held : std::as_const(m_held))
        all.append(toJson(held));
    QDir().mkpath(QFileInfo(m_path).path());
    QSaveFile file(m_path);
    // Customers' numbers and our answers to them: this user's only, from the first byte.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly)
        || file.write(QJsonDocument(all).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        m_error = Tr::tr("%1 cannot be written: %2").arg(m_path, file.errorString());
    else
        m_error.clear();
}

} // namespace Wac

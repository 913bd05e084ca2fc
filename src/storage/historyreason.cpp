// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/historyreason.h"

#include "core/coretr.h"

using namespace Qt::StringLiterals;

namespace Wac::HistoryReason {

QString text(const QString &code)
{
    if (code == interrupted)
        return Tr::tr("waconsole stopped before the answer came: the message may have been sent.");
    return code; // written by a newer build: its code says more than nothing
}

QString errorText(const HistoryAnswer &answer)
{
    return answer.errorReason.isEmpty() ? answer.errorMessage : text(answer.errorReason);
}

QString errorLine(const HistoryAnswer &answer)
{
    QString message = errorText(answer);
    if (answer.errorCode == 0)
        return message;
    const QString code = u'#' + QString::number(answer.errorCode);
    if (const QString prefix = u'(' + code + u") "_s; message.startsWith(prefix))
        message.remove(0, prefix.size());
    return message.isEmpty() ? code : code + u' ' + message;
}

} // namespace Wac::HistoryReason

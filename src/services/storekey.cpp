// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "services/storekey.h"

#include "storage/storelocation.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Wac {

QString storeKey(const StoreLocation &store)
{
    const QByteArray key =
        u"%1:%2/%3"_s.arg(store.host).arg(store.port).arg(store.database).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace Wac

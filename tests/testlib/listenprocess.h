// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QTest>
#include <QUrl>

namespace Wac::Test {

/// Starts `waconsole-cli listen --profile PROFILE` (the program `cli`) in `process` on a port of
/// its choosing, as a team runs it on a server: the address it listens on once it says so;
/// an empty URL (what it said instead in `said`) when it does not within 15 seconds.
inline QUrl startListening(
    QProcess &process, const QString &cli, const QString &profile, QByteArray *said)
{
    process.start(cli,
        {QStringLiteral("listen"), QStringLiteral("--profile"), profile, QStringLiteral("--port"),
            QStringLiteral("0")});
    said->clear();
    const bool spoke = QTest::qWaitFor(
        [&] {
            *said += process.readAllStandardError();
            return said->contains('\n') || process.state() == QProcess::NotRunning;
        },
        15000);
    if (!spoke || !said->startsWith("waconsole-cli listening on http://"))
        return {};
    return QUrl(QString::fromLatin1(said->left(said->indexOf('\n')).mid(said->indexOf("http"))));
}

} // namespace Wac::Test

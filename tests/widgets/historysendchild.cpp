// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// A process that sends one message as the window does (SendService with the history) and says
// when its pending row is written; tst_historycrash kills it there, as a crash would.
#include "storage/historystore.h"
#include "storage/memorytokenstore.h"
#include "storage/secretvault.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include "services/graphaccess.h"
#include "services/historylog.h"
#include "services/sendservice.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    Wac::HistoryStore history(args.at(1));
    if (!history.open())
        return 3;
    QNetworkAccessManager nam;
    Wac::MemoryTokenStore secrets;
    Wac::SecretVault vault(&secrets);
    Wac::GraphAccess graph(&vault, &nam);
    Wac::HistoryLog log(&history);
    Wac::SendService sender(&graph);
    sender.setHistory(&log);
    QObject::connect(&log, &Wac::HistoryLog::recordChanged,
        [](qint64 id) { QTextStream(stdout) << "pending " << id << Qt::endl; });
    QObject::connect(&sender, &Wac::SendService::finished, &app, [] {
        QTextStream(stdout) << "finished" << Qt::endl;
        QCoreApplication::exit(0);
    });
    Wac::Profile sandbox;
    sandbox.name = QString::fromLatin1(Wac::Profile::sandboxName);
    sandbox.baseUrl = QUrl(args.at(2));
    sandbox.apiVersion = u"v25.0"_s;
    sandbox.phoneNumberId = u"106540352242922"_s;
    const QJsonObject body {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, u"+1 555-0100"_s},
        {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, u"crash me"_s}}}};
    sender.send(sandbox, body);
    return QCoreApplication::exec();
}

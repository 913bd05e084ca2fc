// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors

// Raw bytes sent to the Cloud API simulator over a real loopback connection: the HTTP request
// as Qt's server reads it, then the simulator's own reading of it (its routes, the token, the
// JSON and multipart bodies, the control endpoints). Each input gets a fresh simulator, so that
// a fault or an option one input sets cannot change how the next one is read.

#include "sim/simulatorserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <cstdint>
#include <cstdio>

#include <sys/socket.h>

using namespace Wac::Sim;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SimConfig config = SimConfig::sandbox();
    config.limits = false; // the pair limit would make an input's answer depend on the last
    SimulatorServer server(config);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "the simulator did not start: %s\n", qPrintable(error));
        std::abort();
    }
    QTcpSocket client;
    client.connectToHost(server.baseUrl().host(), quint16(server.baseUrl().port()));
    if (!client.waitForConnected(2000))
        return 0;
    client.write(reinterpret_cast<const char *>(data), qint64(size));
    client.flush();
    // The end of the request: what a client that sent everything and stopped looks like.
    ::shutdown(int(client.socketDescriptor()), SHUT_WR);
    // A hang or delay fault the input asked for answers late or never: wait a little only.
    QEventLoop loop;
    QObject::connect(&client, &QTcpSocket::readyRead, &loop, [&client] { client.readAll(); });
    QObject::connect(&client, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(150, &loop, &QEventLoop::quit);
    if (client.state() == QAbstractSocket::ConnectedState)
        loop.exec();
    client.abort();
    QCoreApplication::processEvents();
    return 0;
}

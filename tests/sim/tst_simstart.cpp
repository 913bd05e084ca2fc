// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "sim/simulatorserver.h"

#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

/// The console's Sandbox keeps its port between starts, and still starts when it is taken.
class TestSimStart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freePreferredPortIsUsed();
    void takenPreferredPortFallsBackToAFreeOne();
};

namespace {

/// A port that was free a moment ago.
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

void TestSimStart::freePreferredPortIsUsed()
{
    const quint16 port = freePort();
    Wac::Sim::SimulatorServer sim(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(sim.startPreferring(port, &error), qPrintable(error));
    QCOMPARE(sim.baseUrl().port(), int(port));
}

void TestSimStart::takenPreferredPortFallsBackToAFreeOne()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    Wac::Sim::SimulatorServer sim(Wac::Sim::SimConfig::sandbox());
    QString error;
    QVERIFY2(sim.startPreferring(holder.serverPort(), &error), qPrintable(error));
    QVERIFY(sim.baseUrl().port() > 0);
    QVERIFY(sim.baseUrl().port() != int(holder.serverPort()));
}

QTEST_GUILESS_MAIN(TestSimStart)
#include "tst_simstart.moc"

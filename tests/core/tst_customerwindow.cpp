// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The 24-hour customer-service window: open to the last millisecond of the day after the
// customer wrote, closed from then on, unknown for a customer who never wrote; its words; and
// the error a free-form message gets while it is closed.
#include "core/customerwindow.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Wac::CustomerWindow;

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
constexpr qint64 wrote = 1714510003000; // the customer's message

QJsonObject body(const QString &type)
{
    return {
        {u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, u"+16505551234"_s}, {u"type"_s, type}};
}

} // namespace

class TestCustomerWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundaries_data();
    void boundaries();
    void words_data();
    void words();
    void closedWindowTakesOnlyTemplates_data();
    void closedWindowTakesOnlyTemplates();
    void aTimestampAheadOfOurClockOpensADay();
};

void TestCustomerWindow::boundaries_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<qint64>("closedFor");
    using S = CustomerWindow::State;
    QTest::newRow("at once") << qint64(0) << int(S::Open) << day << qint64(0);
    QTest::newRow("23:59:59") << day - second << int(S::Open) << second << qint64(0);
    QTest::newRow("23:59:59.999") << day - 1 << int(S::Open) << qint64(1) << qint64(0);
    QTest::newRow("24:00:00") << day << int(S::Closed) << qint64(0) << qint64(0);
    QTest::newRow("24:00:01") << day + second << int(S::Closed) << qint64(0) << second;
    QTest::newRow("3 days") << 3 * day << int(S::Closed) << qint64(0) << 2 * day;
}

void TestCustomerWindow::boundaries()
{
    QFETCH(qint64, elapsed);
    QFETCH(int, state);
    QFETCH(qint64, remaining);
    QFETCH(qint64, closedFor);
    const CustomerWindow w = CustomerWindow::at(wrote, wrote + elapsed);
    QCOMPARE(int(w.state()), state);
    QCOMPARE(w.remainingMs(), remaining);
    QCOMPARE(w.closedForMs(), closedFor);
    QCOMPARE(w.closesAt(), wrote + day);
}

void TestCustomerWindow::words_data()
{
    QTest::addColumn<qint64>("lastInbound");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<QString>("text");
    QTest::newRow("open, hours and minutes")
        << wrote << day - (3 * hour + 12 * minute + 30 * second) << u"open · 3 h 12 min left"_s;
    QTest::newRow("23:59:59 left, rounded down") << wrote << second << u"open · 23 h 59 min left"_s;
    QTest::newRow("an hour left") << wrote << day - hour << u"open · 1 h 0 min left"_s;
    QTest::newRow("minutes only") << wrote << day - 42 * minute << u"open · 42 min left"_s;
    QTest::newRow("one minute") << wrote << day - minute << u"open · 1 min left"_s;
    QTest::newRow("seconds left") << wrote << day - second << u"open · less than a minute left"_s;
    QTest::newRow("closed this second") << wrote << day << u"closed just now: only templates"_s;
    QTest::newRow("closed minutes ago")
        << wrote << day + 5 * minute << u"closed 5 min ago: only templates"_s;
    QTest::newRow("closed hours ago")
        << wrote << day + 7 * hour << u"closed 7 h ago: only templates"_s;
    QTest::newRow("closed a day ago") << wrote << 2 * day << u"closed 1 day ago: only templates"_s;
    QTest::newRow("closed 2 days ago")
        << wrote << 3 * day + hour << u"closed 2 days ago: only templates"_s;
    QTest::newRow("never wrote") << qint64(0) << qint64(0)
                                 << u"unknown: this customer has not written to the console"_s;
}

void TestCustomerWindow::words()
{
    QFETCH(qint64, lastInbound);
    QFETCH(qint64, elapsed);
    QFETCH(QString, text);
    // No catalogue is loaded: "%n" plurals read as the number in the source's words.
    QCOMPARE(CustomerWindow::at(lastInbound, wrote + elapsed).text(), text);
}

void TestCustomerWindow::closedWindowTakesOnlyTemplates_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<bool>("error");
    const QJsonObject read {{u"messaging_product"_s, u"whatsapp"_s}, {u"status"_s, u"read"_s},
        {u"message_id"_s, u"wamid.X"_s}};
    QTest::newRow("open: text") << hour << body(u"text"_s) << false;
    QTest::newRow("closed: text") << day << body(u"text"_s) << true;
    QTest::newRow("closed: image") << 2 * day << body(u"image"_s) << true;
    QTest::newRow("closed: reaction") << 2 * day << body(u"reaction"_s) << true;
    QTest::newRow("closed: interactive") << 2 * day << body(u"interactive"_s) << true;
    QTest::newRow("closed: template") << 2 * day << body(u"template"_s) << false;
    QTest::newRow("closed: mark as read") << 2 * day << read << false;
}

void TestCustomerWindow::closedWindowTakesOnlyTemplates()
{
    QFETCH(qint64, elapsed);
    QFETCH(QJsonObject, body);
    QFETCH(bool, error);
    const std::optional<Wac::Diagnostic> d =
        CustomerWindow::at(wrote, wrote + elapsed).finding(body);
    QCOMPARE(d.has_value(), error);
    if (!d)
        return;
    QVERIFY(d->isError());
    QCOMPARE(d->pointer, u"/type"_s);
    QCOMPARE(d->code, QString::fromLatin1(CustomerWindow::closedCode));
    QVERIFY(d->message.startsWith(u"Re-engagement message: more than 24 hours have passed"_s));
    QVERIFY(d->message.endsWith(u"only a template can be sent"_s));
}

void TestCustomerWindow::aTimestampAheadOfOurClockOpensADay()
{
    const CustomerWindow w = CustomerWindow::at(wrote + hour, wrote);
    QVERIFY(w.isOpen());
    QCOMPARE(w.remainingMs(), day);
    // A customer who never wrote is no error for any message.
    QVERIFY(!CustomerWindow::at(0, wrote).finding(body(u"text"_s)));
}

QTEST_APPLESS_MAIN(TestCustomerWindow)
#include "tst_customerwindow.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
//
// One keystroke in the composer, until the window has caught up: the message rebuilt from the
// form, validated, every counter and finding placed, the JSON tab rewritten and the problem list
// filled. Two cases: the body of a 4096-character text, and a row title in a 10-row list. The
// baseline, in the same process, is the same keystroke into a bare text box of the same size,
// the least any Qt editor costs. Prints p50 and p95 in ms. Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/bench/bench_composer
#include "core/jsonpointer.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int keystrokes = 400;

struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
};

Percentiles percentiles(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(ms.size() * 95 / 100)};
}

// Alternates typing a character and deleting it, so the text stays at its size; each sample is
// one keystroke and the event loop pass that follows it.
template <typename Settled> Percentiles type(QWidget *field, Settled settled)
{
    QList<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < keystrokes; ++i) {
        timer.start();
        if (i % 2 == 0)
            QTest::keyClick(field, Qt::Key_X);
        else
            QTest::keyClick(field, Qt::Key_Backspace);
        do
            QCoreApplication::processEvents();
        while (!settled(i));
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return percentiles(ms);
}

QJsonObject example(const QString &id)
{
    QFile file(u":/examples/"_s + id + u".json"_s);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

QWidget *currentPage(Wac::MainWindow &window)
{
    auto *stack = window.findChild<QStackedWidget *>(u"pageStack"_s);
    return qobject_cast<QScrollArea *>(stack->currentWidget())->widget();
}

void report(const char *name, Percentiles console, Percentiles bare)
{
    std::printf("%-34s p50 %6.2f ms  p95 %6.2f ms   bare editor p50 %5.2f ms p95 %5.2f ms"
                "   ratio p95 %5.1f\n",
        name, console.p50, console.p95, bare.p50, bare.p95, console.p95 / bare.p95);
}

// The JSON tab has caught up when it shows the body's new length.
auto jsonShows(Wac::MainWindow &window, qsizetype textLength)
{
    auto *json = window.findChild<QPlainTextEdit *>(u"jsonTextEdit"_s);
    return [json, textLength](int i) {
        const qsizetype expected = i % 2 == 0 ? textLength + 1 : textLength;
        return json->toPlainText().contains(QString(expected, u'x') + u'"');
    };
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Wac::MainWindow window;
    window.resize(1280, 800);
    window.show();
    // The JSON tab is the one whose update is measured: it is in front.
    auto *tabs = window.findChild<QTabWidget *>(u"viewTabWidget"_s);
    tabs->setCurrentWidget(window.findChild<QWidget *>(u"jsonPane"_s));

    // 1. Text: a 4095-character body (x, then back to 4095).
    QJsonObject text = example(u"text"_s);
    text.insert(u"text"_s, QJsonObject {{u"body"_s, QString(4095, u'x')}});
    window.setMessage(Wac::OutgoingMessage::fromJson(text));
    auto *body = currentPage(window)->findChild<QPlainTextEdit *>(u"bodyTextEdit"_s);
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    const Percentiles textRun = type(body, jsonShows(window, 4095));
    QPlainTextEdit bare;
    bare.setPlainText(QString(4095, u'x'));
    bare.show();
    bare.moveCursor(QTextCursor::End);
    const Percentiles bareText = type(&bare, [](int) { return true; });

    // 2. List: 10 rows in two sections; typing into the last row's title.
    QJsonValue list = example(u"interactive.list"_s);
    QJsonArray sections;
    for (int s = 0; s < 2; ++s) {
        QJsonArray rows;
        for (int r = 0; r < 5; ++r) {
            rows.append(QJsonObject {{u"id"_s, u"row-%1-%2"_s.arg(s).arg(r)},
                {u"title"_s, u"Row %1"_s.arg(s * 5 + r)},
                {u"description"_s, u"A description of row %1"_s.arg(s * 5 + r)}});
        }
        sections.append(QJsonObject {{u"title"_s, u"Section %1"_s.arg(s)}, {u"rows"_s, rows}});
    }
    Wac::JsonPointer::assign(list, u"/interactive/action/sections"_s, sections);
    Wac::JsonPointer::assign(list, u"/interactive/action/sections/1/rows/4/title"_s, u"xxxx"_s);
    window.setMessage(Wac::OutgoingMessage::fromJson(list.toObject()));
    QList<QLineEdit *> titles;
    for (QLineEdit *edit : currentPage(window)->findChildren<QLineEdit *>(u"titleLineEdit"_s)) {
        if (edit->text() == u"xxxx"_s)
            titles.append(edit);
    }
    QLineEdit *title = titles.value(0);
    title->setFocus();
    title->end(false);
    const Percentiles listRun = type(title, jsonShows(window, 4));
    QLineEdit bareLine(u"xxxx"_s);
    bareLine.show();
    bareLine.end(false);
    const Percentiles bareList = type(&bareLine, [](int) { return true; });

    std::printf(
        "keystroke -> model + validation + counters + JSON tab (%d keystrokes each)\n", keystrokes);
    report("text, 4096-character body", textRun, bareText);
    report("list, 10 rows, a row title", listRun, bareList);
    return 0;
}

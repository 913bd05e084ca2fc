// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The JSON tab as the user reads it: keys in the reference's order, coloured, and the value a
// finding is about underlined where it is written.
#include "widgets/jsonhighlighter.h"
#include "widgets/mainwindow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;

class TestJsonPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keysReadInTheReferenceOrder_data();
    void keysReadInTheReferenceOrder();
    void theTabHoldsTheSameDocument();
    void aFaultyValueIsUnderlined();
    void anUnknownFieldIsUnderlinedAsAWarning();
    void keysStringsNumbersAndLiteralsAreColoured();

private:
    static QJsonObject example(const QString &id);

    QString tabText() const { return m_editor->toPlainText(); }

    /// The keys written at `depth` levels of indentation, in the tab's order.
    QStringList keysAt(int depth) const;
    /// The underlined ranges of the tab: the text of each, and its underline colour.
    QList<std::pair<QString, QColor>> underlined() const;

    std::unique_ptr<Wac::MainWindow> m_window;
    QPlainTextEdit *m_editor = nullptr;
};

QJsonObject TestJsonPane::example(const QString &id)
{
    QFile file(u":/examples/"_s + id + u".json"_s);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

void TestJsonPane::init()
{
    m_window = std::make_unique<Wac::MainWindow>();
    m_window->resize(1024, 700);
    m_window->show();
    m_editor = m_window->findChild<QPlainTextEdit *>(u"jsonTextEdit"_s);
    QVERIFY(m_editor);
}

void TestJsonPane::cleanup()
{
    m_window.reset();
}

QStringList TestJsonPane::keysAt(int depth) const
{
    const QRegularExpression key(u"^ {%1}\"([^\"]+)\":"_s.arg(2 * depth));
    QStringList keys;
    for (const QString &line : tabText().split(u'\n')) {
        if (const auto match = key.match(line); match.hasMatch())
            keys << match.captured(1);
    }
    return keys;
}

QList<std::pair<QString, QColor>> TestJsonPane::underlined() const
{
    QList<std::pair<QString, QColor>> marks;
    for (const QTextEdit::ExtraSelection &s : m_editor->extraSelections()) {
        if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            marks.append({s.cursor.selectedText(), s.format.underlineColor()});
    }
    return marks;
}

void TestJsonPane::keysReadInTheReferenceOrder_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QStringList>("top");
    QTest::addColumn<QStringList>("second");
    const QStringList envelope = {u"messaging_product"_s, u"recipient_type"_s, u"to"_s, u"type"_s};
    QTest::newRow("text") << u"text"_s << QStringList(envelope + QStringList {u"text"_s})
                          << QStringList({u"preview_url"_s, u"body"_s});
    QTest::newRow("interactive") << u"interactive.button"_s
                                 << QStringList(envelope + QStringList {u"interactive"_s})
                                 << QStringList({u"type"_s, u"header"_s, u"body"_s, u"footer"_s,
                                        u"action"_s});
}

void TestJsonPane::keysReadInTheReferenceOrder()
{
    QFETCH(QString, example);
    QFETCH(QStringList, top);
    QFETCH(QStringList, second);
    QJsonObject body = TestJsonPane::example(example);
    if (example == u"text"_s)
        body[u"text"_s] = QJsonObject {{u"body"_s, u"Hi"_s}, {u"preview_url"_s, true}};
    m_window->setMessage(Wac::OutgoingMessage::fromJson(body));
    QCOMPARE(keysAt(1), top);
    // The second level holds only the type's object here (the header's "text" is deeper).
    QStringList inner = keysAt(2);
    inner.erase(std::unique(inner.begin(), inner.end()), inner.end());
    QCOMPARE(inner, second);
}

void TestJsonPane::theTabHoldsTheSameDocument()
{
    for (const QString &id : {u"template"_s, u"contacts"_s, u"interactive.list"_s}) {
        const QJsonObject body = example(id);
        QVERIFY(!body.isEmpty());
        m_window->setMessage(Wac::OutgoingMessage::fromJson(body));
        QCOMPARE(QJsonDocument::fromJson(tabText().toUtf8()).object(), body);
    }
}

void TestJsonPane::aFaultyValueIsUnderlined()
{
    QJsonObject body = example(u"interactive.button"_s);
    const QString tooLong = u"A title far longer than twenty characters"_s;
    QJsonObject interactive = body.value(u"interactive").toObject();
    QJsonObject action = interactive.value(u"action").toObject();
    QJsonArray buttons = action.value(u"buttons").toArray();
    QJsonObject button = buttons.at(1).toObject();
    QJsonObject reply = button.value(u"reply").toObject();
    reply[u"title"_s] = tooLong;
    button[u"reply"_s] = reply;
    buttons[1] = button;
    action[u"buttons"_s] = buttons;
    interactive[u"action"_s] = action;
    body[u"interactive"_s] = interactive;
    m_window->setMessage(Wac::OutgoingMessage::fromJson(body));
    const auto marks = underlined();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.at(0).first, u'"' + tooLong + u'"');
    QVERIFY2(marks.at(0).second.red() > 2 * marks.at(0).second.green(), "not red");

    m_window->setMessage(Wac::OutgoingMessage::fromJson(example(u"interactive.button"_s)));
    QCOMPARE(underlined().size(), 0); // fixed: the mark goes with it
}

void TestJsonPane::anUnknownFieldIsUnderlinedAsAWarning()
{
    QJsonObject body = example(u"text"_s);
    QJsonObject text = body.value(u"text").toObject();
    text[u"x_note"_s] = u"kept as is"_s;
    body[u"text"_s] = text;
    m_window->setMessage(Wac::OutgoingMessage::fromJson(body));
    const auto marks = underlined();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.at(0).first, u"\"kept as is\""_s);
    const QColor amber = marks.at(0).second;
    QVERIFY2(amber.red() > amber.blue() && amber.green() > amber.blue(), "not amber");
    QVERIFY(amber.red() <= 2 * amber.green());
}

void TestJsonPane::keysStringsNumbersAndLiteralsAreColoured()
{
    m_window->setMessage(Wac::OutgoingMessage::fromJson(example(u"location"_s)));
    const QString all = tabText();
    const auto colourAt = [this](const QString &needle) {
        const int at = int(tabText().indexOf(needle));
        const QTextBlock block = m_editor->document()->findBlock(at);
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (block.position() + r.start <= at && at < block.position() + r.start + r.length)
                return r.format.foreground().color();
        }
        return QColor();
    };
    const QPalette palette = m_editor->palette();
    using Part = Wac::JsonHighlighter::Part;
    QCOMPARE(colourAt(u"\"latitude\""_s), Wac::JsonHighlighter::color(Part::Key, palette));
    QCOMPARE(colourAt(u"\"whatsapp\""_s), Wac::JsonHighlighter::color(Part::String, palette));
    QVERIFY(all.contains(u"37.44"_s));
    QCOMPARE(colourAt(u"37.44"_s), Wac::JsonHighlighter::color(Part::Number, palette));
    QVERIFY(colourAt(u"\"latitude\""_s) != colourAt(u"\"whatsapp\""_s));
}

QTEST_MAIN(TestJsonPane)
#include "tst_jsonpane.moc"

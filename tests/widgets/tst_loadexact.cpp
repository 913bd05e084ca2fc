// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Loading never changes a payload: what the form cannot show exactly opens in the JSON tab as
// it is, with a finding that says why; what the form can show opens in the form.
#include "core/jsondifference.h"
#include "core/jsoninput.h"
#include "core/jsonpointer.h"
#include "widgets/jsonpane.h"
#include "widgets/mainwindow.h"
#include "widgets/messagefiles.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

/// Every pointer below the root of `value`, parents before their children.
void pointers(const QJsonValue &value, const QString &at, QStringList &out)
{
    if (!at.isEmpty())
        out.append(at);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            pointers(it.value(), Wac::JsonPointer::child(at, it.key()), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            pointers(array.at(i), Wac::JsonPointer::child(at, i), out);
    }
}

/// The values the probe put in place of a payload's values: of another JSON type, empty, or
/// a number where text belongs.
const QList<QJsonValue> &mutations()
{
    static const QList<QJsonValue> values = {1.5, QJsonValue(QJsonValue::Null), u""_s,
        QJsonArray {QJsonValue(QJsonValue::Null)}, QJsonObject(), true, -1, u"x"_s};
    return values;
}

} // namespace

class TestLoadExact final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formCannotShowItSoTheJsonTabKeepsIt_data();
    void formCannotShowItSoTheJsonTabKeepsIt();
    void publishedExamplesStillOpenInTheForm();
    void mutatedCorpusComesBackExactly();
    void anEditTheFormCanShowBringsTheFormBack();

private:
    /// Pastes `payload` into the window as its JSON text; what the window then holds.
    QJsonObject load(const QJsonObject &payload);
    bool kept() const;

    std::unique_ptr<Wac::MainWindow> m_window;
};

void TestLoadExact::initTestCase()
{
    // Not shown: the phone preview is not painted for each of the hundreds of loads, and what
    // the window holds is the same.
    m_window = std::make_unique<Wac::MainWindow>();
}

QJsonObject TestLoadExact::load(const QJsonObject &payload)
{
    QString error;
    const QString text = QString::fromUtf8(QJsonDocument(payload).toJson());
    if (!m_window->files()->importText(text, &error))
        qWarning("not loaded: %s", qPrintable(error));
    return m_window->message().toJson();
}

bool TestLoadExact::kept() const
{
    const QWidget *page = m_window->findChild<QWidget *>(u"KeptComposerPage"_s);
    return page && page->isVisibleTo(m_window.get());
}

void TestLoadExact::formCannotShowItSoTheJsonTabKeepsIt_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("pointer");

    // The probe's four examples: each came back changed from the form.
    QTest::newRow("type 1.5") << parse(R"({"messaging_product": "whatsapp", "to": "+16505551234",
        "type": 1.5, "text": {"body": "hi"}})")
                              << u"/status"_s;
    QTest::newRow("header type 1.5")
        << parse(R"({"messaging_product": "whatsapp", "to": "+16505551234", "type": "interactive",
        "interactive": {"type": "button", "header": {"type": 1.5, "image": {"id": "1234"}},
        "body": {"text": "Pick one"}, "action": {"buttons": [{"type": "reply",
        "reply": {"id": "a", "title": "A"}}]}}})")
        << u"/interactive/header"_s;
    QTest::newRow("parameters [null]")
        << parse(R"({"messaging_product": "whatsapp", "to": "+16505551234", "type": "template",
        "template": {"name": "hello", "language": {"code": "en_US"}, "components": [
        {"type": "body", "parameters": [null]}]}})")
        << u"/template/components/0/parameters/0"_s;
    QTest::newRow("sub_type empty")
        << parse(R"({"messaging_product": "whatsapp", "to": "+16505551234", "type": "template",
        "template": {"name": "hello", "language": {"code": "en_US"}, "components": [
        {"type": "button", "sub_type": "", "index": "0", "parameters": [
        {"type": "payload", "payload": "p"}]}]}})")
        << u"/template/components/0/sub_type"_s;
}

void TestLoadExact::formCannotShowItSoTheJsonTabKeepsIt()
{
    QFETCH(QJsonObject, payload);
    QFETCH(QString, pointer);
    const QJsonObject shown = load(payload);
    QCOMPARE(Wac::JsonDifference::first(shown, payload), std::nullopt);
    QCOMPARE(shown, payload);
    QVERIFY(kept());
    const auto *tabs = m_window->findChild<QTabWidget *>(u"viewTabWidget"_s);
    QCOMPARE(tabs->currentWidget()->objectName(), u"jsonPane"_s);
    const auto *json = m_window->findChild<QPlainTextEdit *>(u"jsonTextEdit"_s);
    const Wac::JsonInput inTab = Wac::JsonInput::parse(json->toPlainText().toUtf8());
    QVERIFY2(inTab.ok(), qPrintable(inTab.error));
    QCOMPARE(inTab.value.toObject(), payload);
    // The finding names the value the form would have changed, as a warning: it can be sent.
    const auto *problems = m_window->findChild<QTreeWidget *>(u"problemsTreeWidget"_s);
    bool said = false;
    for (int i = 0; i < problems->topLevelItemCount(); ++i) {
        const QString text = problems->topLevelItem(i)->text(0);
        said = said
            || (text.contains(u"cannot show this payload exactly"_s) && text.contains(pointer));
    }
    QVERIFY2(said, qPrintable(pointer + u" not in: "_s + problems->topLevelItem(0)->text(0)));
}

void TestLoadExact::publishedExamplesStillOpenInTheForm()
{
    for (const QString &name : Wac::Test::validPayloadNames()) {
        const QJsonObject payload = Wac::Test::loadValidPayload(name);
        QCOMPARE(load(payload), payload);
        QVERIFY2(!kept(), qPrintable(name));
    }
}

// Each value of each published example replaced in turn by one of the probe's mutations: the
// window holds exactly the payload given, whether the form or the JSON tab shows it.
void TestLoadExact::mutatedCorpusComesBackExactly()
{
    int loads = 0;
    int keptCount = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QString &name : Wac::Test::validPayloadNames()) {
        const QJsonObject base = Wac::Test::loadValidPayload(name);
        QStringList places;
        pointers(base, QString(), places);
        // A stress fixture's thousand values are sampled: each load rebuilds its whole form.
        const qsizetype step = std::max<qsizetype>(1, places.size() / 20);
        for (qsizetype i = 0; i < places.size(); i += step) {
            QJsonValue mutated = base;
            const QJsonValue by = mutations().at((i + loads) % mutations().size());
            QVERIFY(Wac::JsonPointer::assign(mutated, places.at(i), by));
            const QJsonObject payload = mutated.toObject();
            const QJsonObject shown = load(payload);
            const auto changed = Wac::JsonDifference::first(shown, payload);
            QVERIFY2(!changed,
                qPrintable(name + u": "_s + places.at(i) + u" changed at "_s
                    + changed.value_or(QString()) + u"\n"_s
                    + QString::fromUtf8(QJsonDocument(shown).toJson())));
            ++loads;
            keptCount += kept() ? 1 : 0;
        }
    }
    qInfo("%d mutated payloads loaded exactly, %d of them kept in the JSON tab (%lld ms)", loads,
        keptCount, timer.elapsed());
    QVERIFY(loads > 300);
    QVERIFY(keptCount > 0);
}

void TestLoadExact::anEditTheFormCanShowBringsTheFormBack()
{
    QJsonObject payload = parse(R"({"messaging_product": "whatsapp", "to": "+16505551234",
        "type": "template", "template": {"name": "hello", "language": {"code": "en_US"},
        "components": [{"type": "body", "parameters": [null]}]}})");
    QCOMPARE(load(payload), payload);
    QVERIFY(kept());
    auto *json = m_window->findChild<QPlainTextEdit *>(u"jsonTextEdit"_s);
    json->setPlainText(
        json->toPlainText().replace(u"null"_s, u"{\"type\": \"text\", \"text\": \"x\"}"_s));
    m_window->findChild<Wac::JsonPane *>(u"jsonPane"_s)->flush();
    QVERIFY(!kept());
    const QJsonObject shown = m_window->message().toJson();
    QCOMPARE(
        Wac::JsonPointer::resolve(shown, u"/template/components/0/parameters/0/text"_s), u"x"_s);
}

QTEST_MAIN(TestLoadExact)
#include "tst_loadexact.moc"

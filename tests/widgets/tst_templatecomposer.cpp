// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/fieldassist.h"
#include "widgets/composer/pages/templatecomposerpage.h"
#include "widgets/composer/templateform.h"
#include "widgets/composer/templatesloteditor.h"
#include "widgets/dialogs/confirm.h"
#include "widgets/messagefiles.h"
#include "widgets/previewwidget.h"
#include "widgets/templates/templatebrowser.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextLayout>
#include <QTreeView>
#include <QTreeWidget>

#include "windowfixture.h"

using namespace Qt::StringLiterals;
using namespace Wac;

class TestTemplateComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void cleanup() { m_f.stop(); }

    void formPerShape_data();
    void formPerShape();
    void browserSearchesAndFilters();
    void mismatchShownAtTheField_data();
    void mismatchShownAtTheField();
    void previewShowsTheTypedValues();
    void statusGuardAsksFirst();
    void handEditingKeepsThePayload();
    void examplePayloadOpensInTheForm();
    void screenshots();

private:
    TemplateBrowser *openBrowser();
    TemplateComposerPage *use(const QString &name, const QString &language);
    TemplateComposerPage *page() const;
    QJsonObject sentTemplate() const;
    QStringList problems() const;
    QString problemAt(const QString &pointer) const;

    Test::WindowFixture m_f;
};

void TestTemplateComposer::init()
{
    const QString error = m_f.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

TemplateBrowser *TestTemplateComposer::openBrowser()
{
    TemplateBrowser *browser = m_f.window->showTemplates();
    if (!browser)
        qFatal("no browser");
    // The Sandbox's library was never read: opening the window reads it.
    auto *view = browser->findChild<QTreeView *>(u"templateView"_s);
    QElapsedTimer waited;
    waited.start();
    while (view->model()->rowCount() != 25 && waited.elapsed() < 10000)
        QTest::qWait(20);
    return browser;
}

TemplateComposerPage *TestTemplateComposer::page() const
{
    return m_f.window->findChild<TemplateComposerPage *>();
}

TemplateComposerPage *TestTemplateComposer::use(const QString &name, const QString &language)
{
    TemplateBrowser *browser = openBrowser();
    browser->select(name, language);
    if (!browser->current() || browser->current()->name != name)
        qFatal("template not listed");
    QTest::mouseClick(browser->findChild<QPushButton *>(u"useButton"_s), Qt::LeftButton);
    return page();
}

QJsonObject TestTemplateComposer::sentTemplate() const
{
    return m_f.window->message().toJson().value(u"template").toObject();
}

QStringList TestTemplateComposer::problems() const
{
    QStringList out;
    auto *tree = m_f.window->findChild<QTreeWidget *>(u"problemsTreeWidget"_s);
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out.append(tree->topLevelItem(i)->text(0));
    return out;
}

QString TestTemplateComposer::problemAt(const QString &pointer) const
{
    QWidget *field = page()->fieldFor(pointer);
    QWidget *line = field ? FieldAssist::problemLine(field) : nullptr;
    return line ? line->findChild<QLabel *>(u"problemLabel"_s)->text() : QString();
}

// Per seeded shape: the labels of the generated fields, what is typed into the visible line
// edits of the form in order ("" skips one), and the components that must come out.
void TestTemplateComposer::formPerShape_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QStringList>("typed");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("document header, url button")
        << u"order_confirmation"_s << u"en_US"_s
        << QStringList {u"Header document"_s, u"{{1}}"_s, u"{{2}}"_s, u"{{3}}"_s,
               u"Button \"Track order\""_s, u"Tap target"_s}
        << QStringList {u"5511"_s, u"r.pdf"_s, u"Ana"_s, u"#7"_s, u"$5"_s, u"7"_s}
        << QByteArray(
               R"([{"type":"header","parameters":[{"type":"document","document":{"id":"5511","filename":"r.pdf"}}]},
            {"type":"body","parameters":[{"type":"text","text":"Ana"},{"type":"text","text":"#7"},{"type":"text","text":"$5"}]},
            {"type":"button","sub_type":"url","index":0,"parameters":[{"type":"text","text":"7"}]}])");
    QTest::newRow("text header, quick replies")
        << u"delivery_update"_s << u"ru"_s
        << QStringList {u"Header {{1}}"_s, u"{{1}}"_s, u"{{2}}"_s, u"Button \"Подтвердить\""_s,
               u"Button \"Перенести\""_s, u"Tap target"_s}
        << QStringList {u"#9"_s, u"Anna"_s, u"10:00"_s, u""_s, u"later"_s}
        << QByteArray(R"([{"type":"header","parameters":[{"type":"text","text":"#9"}]},
            {"type":"body","parameters":[{"type":"text","text":"Anna"},{"type":"text","text":"10:00"}]},
            {"type":"button","sub_type":"quick_reply","index":1,"parameters":[{"type":"payload","payload":"later"}]}])");
    QTest::newRow("image header, named variables")
        << u"spring_sale"_s << u"en_US"_s
        << QStringList {u"Header image"_s, u"{{first_name}}"_s, u"{{discount}}"_s,
               u"Button \"Shop now\""_s, u"Button \"Stop promotions\""_s, u"Tap target"_s}
        << QStringList {u"4490"_s, u"Ana"_s, u"30%"_s}
        << QByteArray(R"([{"type":"header","parameters":[{"type":"image","image":{"id":"4490"}}]},
            {"type":"body","parameters":[{"type":"text","parameter_name":"first_name","text":"Ana"},
              {"type":"text","parameter_name":"discount","text":"30%"}]}])");
    QTest::newRow("video header, static url")
        << u"product_launch"_s << u"en_US"_s
        << QStringList {u"Header video"_s, u"{{1}}"_s, u"{{2}}"_s, u"Tap target"_s}
        << QStringList {u"77"_s, u"Aloe"_s, u"May"_s}
        << QByteArray(R"([{"type":"header","parameters":[{"type":"video","video":{"id":"77"}}]},
            {"type":"body","parameters":[{"type":"text","text":"Aloe"},{"type":"text","text":"May"}]}])");
    QTest::newRow("copy code and url")
        << u"coupon_offer"_s << u"en_US"_s
        << QStringList {u"{{1}}"_s, u"{{2}}"_s, u"Button \"Copy code\""_s, u"Button \"Shop\""_s,
               u"Tap target"_s}
        << QStringList {u"25% off"_s, u"Friday"_s, u"SAVE25"_s, u"autumn"_s}
        << QByteArray(
               R"([{"type":"body","parameters":[{"type":"text","text":"25% off"},{"type":"text","text":"Friday"}]},
            {"type":"button","sub_type":"copy_code","index":0,"parameters":[{"type":"coupon_code","coupon_code":"SAVE25"}]},
            {"type":"button","sub_type":"url","index":1,"parameters":[{"type":"text","text":"autumn"}]}])");
    QTest::newRow("location header")
        << u"store_pickup"_s << u"pt_BR"_s
        << QStringList {u"Header location"_s, u"{{1}}"_s, u"Tap target"_s}
        << QStringList {u"-23.5"_s, u"-46.6"_s, u"Loja"_s, u""_s, u"Maria"_s}
        << QByteArray(
               R"([{"type":"header","parameters":[{"type":"location","location":{"latitude":-23.5,"longitude":-46.6,"name":"Loja"}}]},
            {"type":"body","parameters":[{"type":"text","text":"Maria"}]}])");
    QTest::newRow("one-time password")
        << u"verification_code"_s << u"en_US"_s
        << QStringList {u"{{1}}"_s, u"Button \"Copy code\""_s} << QStringList {u"481516"_s}
        << QByteArray(R"([{"type":"body","parameters":[{"type":"text","text":"481516"}]},
            {"type":"button","sub_type":"url","index":0,"parameters":[{"type":"text","text":"481516"}]}])");
    QTest::newRow("flow") << u"appointment_booking"_s << u"en_US"_s
                          << QStringList {u"{{1}}"_s, u"Button \"Book now\""_s, u"Tap target"_s}
                          << QStringList {u"Pablo"_s, u"tok-1"_s}
                          << QByteArray(
                                 R"([{"type":"body","parameters":[{"type":"text","text":"Pablo"}]},
            {"type":"button","sub_type":"flow","index":0,"parameters":[{"type":"action","action":{"flow_token":"tok-1"}}]}])");
    QTest::newRow("no variables") << u"hello_world"_s << u"en_US"_s << QStringList {u"Tap target"_s}
                                  << QStringList() << QByteArray();
}

void TestTemplateComposer::formPerShape()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, typed);
    QFETCH(QByteArray, expected);
    TemplateComposerPage *p = use(name, language);
    QVERIFY(p->isFormMode());
    QVERIFY(p->isVisible());
    auto *form = p->findChild<TemplateForm *>();
    QStringList shown;
    for (const TemplateSlotEditor *editor : form->findChildren<TemplateSlotEditor *>())
        shown.append(editor->label());
    QCOMPARE(shown, labels);
    QList<QLineEdit *> edits;
    for (QLineEdit *edit : form->findChildren<QLineEdit *>()) {
        if (edit->isVisible() && !qobject_cast<QComboBox *>(edit->parentWidget()))
            edits.append(edit);
    }
    QVERIFY(edits.size() >= typed.size());
    for (qsizetype i = 0; i < typed.size(); ++i) {
        if (!typed.at(i).isEmpty())
            QTest::keyClicks(edits.at(i), typed.at(i));
    }
    QCOMPARE(sentTemplate().value(u"name").toString(), name);
    QCOMPARE(sentTemplate().value(u"language").toObject().value(u"code").toString(), language);
    if (expected.isEmpty()) {
        QVERIFY(!sentTemplate().contains(u"components"));
    } else {
        QCOMPARE(QJsonDocument(sentTemplate().value(u"components").toArray()).toJson(),
            QJsonDocument::fromJson(expected).toJson());
    }
    // What the form makes is what Graph takes: the window finds nothing to say about it.
    QTRY_VERIFY2(
        !problems().join(u'|').contains(u"Graph error"_s), qPrintable(problems().join(u'|')));
}

void TestTemplateComposer::browserSearchesAndFilters()
{
    TemplateBrowser *browser = openBrowser();
    auto *view = browser->findChild<QTreeView *>(u"templateView"_s);
    auto *search = browser->findChild<QLineEdit *>(u"searchLineEdit"_s);
    QTest::keyClicks(search, u"verification code"_s);
    QCOMPARE(view->model()->rowCount(), 2);
    auto *language = browser->findChild<QComboBox *>(u"languageComboBox"_s);
    language->setCurrentIndex(language->findData(u"ru"_s));
    Q_EMIT language->activated(language->currentIndex());
    QCOMPARE(view->model()->rowCount(), 1);
    search->clear();
    QCOMPARE(view->model()->rowCount(), 2); // in ru: delivery_update and verification_code
    language->setCurrentIndex(0);
    Q_EMIT language->activated(0);
    auto *status = browser->findChild<QComboBox *>(u"statusComboBox"_s);
    status->setCurrentIndex(status->findData(u"PAUSED"_s));
    Q_EMIT status->activated(status->currentIndex());
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(browser->current()->name, u"payment_reminder"_s);
    auto *category = browser->findChild<QComboBox *>(u"categoryComboBox"_s);
    status->setCurrentIndex(0);
    Q_EMIT status->activated(0);
    category->setCurrentIndex(category->findData(u"AUTHENTICATION"_s));
    Q_EMIT category->activated(category->currentIndex());
    QCOMPARE(view->model()->rowCount(), 2);
    // The selected template is drawn with its approved examples.
    auto *preview = browser->findChild<PreviewWidget *>();
    preview->flush();
    QVERIFY(preview->scene().texts(u"body"_s).join(u' ').contains(u"123456"_s));
    QVERIFY(browser->findChild<QLabel *>(u"stateLabel"_s)->text().contains(u"2 of 25"_s));
    // Enter on a row uses it.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(page()->isFormMode());
    QCOMPARE(sentTemplate().value(u"name").toString(), browser->current()->name);
}

void TestTemplateComposer::mismatchShownAtTheField_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<bool>("formMode");
    QTest::newRow("132000 count") << QByteArray(
        R"({"name":"delivery_update","language":{"code":"ru"},
        "components":[{"type":"header","parameters":[{"type":"text","text":"#1"}]},
        {"type":"body","parameters":[{"type":"text","text":"a"}]}]})")
                                  << u"132000"_s << u"/template/components/1/parameters"_s << false;
    QTest::newRow("132012 format")
        << QByteArray(R"({"name":"spring_sale","language":{"code":"en_US"},
        "components":[{"type":"header","parameters":[{"type":"image","image":{"id":"1"}}]},
        {"type":"body","parameters":[{"type":"text","text":"a"},{"type":"text","text":"b"}]}]})")
        << u"132012"_s << u"/template/components/1/parameters/0"_s << false;
    QTest::newRow("132001 unknown language")
        << QByteArray(R"({"name":"hello_world","language":{"code":"de"}})") << u"132001"_s
        << u"/template/name"_s << false;
    QTest::newRow("132005 too long")
        << QByteArray(R"({"name":"store_pickup","language":{"code":"pt_BR"},
        "components":[{"type":"header","parameters":[{"type":"location","location":{"latitude":1,"longitude":2}}]},
        {"type":"body","parameters":[{"type":"text","text":")"
               + QByteArray(1000, 'x') + R"("}]}]})")
        << u"132005"_s << u"/template/components/1/parameters"_s << true;
}

void TestTemplateComposer::mismatchShownAtTheField()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, code);
    QFETCH(QString, pointer);
    QFETCH(bool, formMode);
    openBrowser()->close();
    const QJsonObject message {{u"messaging_product"_s, u"whatsapp"_s},
        {u"to"_s, u"+16505551234"_s}, {u"type"_s, u"template"_s},
        {u"template"_s, QJsonDocument::fromJson(payload).object()}};
    m_f.window->setMessage(OutgoingMessage::fromJson(message));
    // A payload that does not follow its template's form is kept as written, by hand; one
    // that does (a value too long) is shown in the form.
    QCOMPARE(page()->isFormMode(), formMode);
    QCOMPARE(m_f.window->message().toJson(), message);
    QTRY_VERIFY2(problems().join(u'|').contains(code), qPrintable(problems().join(u'|')));
    QTRY_VERIFY2(problemAt(pointer).contains(code), qPrintable(problemAt(pointer)));
}

void TestTemplateComposer::previewShowsTheTypedValues()
{
    TemplateComposerPage *p = use(u"spring_sale"_s, u"en_US"_s);
    auto *form = p->findChild<TemplateForm *>();
    QList<QLineEdit *> edits;
    for (QLineEdit *edit : form->findChildren<QLineEdit *>()) {
        if (edit->isVisible())
            edits.append(edit);
    }
    QTest::keyClicks(edits.at(1), u"Ana"_s);
    QTest::keyClicks(edits.at(2), u"30%"_s);
    auto *preview = m_f.window->findChild<PreviewWidget *>(u"previewPane"_s);
    QTRY_COMPARE(preview->scene().texts(u"body"_s),
        QStringList {u"Hi Ana, enjoy 30% off everything this week!"_s});
    // Each substituted value is marked where it stands.
    for (const SceneItem &item : preview->scene().items) {
        if (item.role != u"body"_s)
            continue;
        const QList<QTextLayout::FormatRange> formats = item.layout->formats();
        QStringList marked;
        for (const QTextLayout::FormatRange &f : formats) {
            if (f.format.hasProperty(QTextFormat::BackgroundBrush))
                marked.append(item.layout->text().mid(f.start, f.length));
        }
        QCOMPARE(marked, (QStringList {u"Ana"_s, u"30%"_s}));
    }
    QCOMPARE(
        preview->scene().texts(u"button"_s), (QStringList {u"Shop now"_s, u"Stop promotions"_s}));
}

void TestTemplateComposer::statusGuardAsksFirst()
{
    const auto text = [](const QString &value) {
        return QJsonObject {{u"type"_s, u"text"_s}, {u"text"_s, value}};
    };
    openBrowser()->close();
    const QJsonObject message {{u"messaging_product"_s, u"whatsapp"_s},
        {u"to"_s, u"+16505551234"_s}, {u"type"_s, u"template"_s},
        {u"template"_s,
            QJsonObject {{u"name"_s, u"payment_reminder"_s},
                {u"language"_s, QJsonObject {{u"code"_s, u"en_US"_s}}},
                {u"components"_s,
                    QJsonArray {QJsonObject {{u"type"_s, u"body"_s},
                        {u"parameters"_s,
                            QJsonArray {text(u"Ana"_s), text(u"$10"_s), text(u"May 3"_s)}}}}}}}};
    m_f.window->setMessage(OutgoingMessage::fromJson(message));
    auto *send = m_f.window->findChild<QPushButton *>(u"sendPushButton"_s);
    // A status is a warning, since the library may be older than the account.
    QTRY_VERIFY2(send->isEnabled(), qPrintable(problems().join(u'|')));
    Confirm::setNextAnswer(false);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY2(Confirm::lastQuestion().contains(u"paused"_s), qPrintable(Confirm::lastQuestion()));
    QVERIFY(Confirm::lastQuestion().contains(u"132015"_s));
    QTest::qWait(100);
    QCOMPARE(m_f.posts(u"/messages"_s), 0);
    Confirm::setNextAnswer(true);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(m_f.posts(u"/messages"_s), 1);
    QTRY_VERIFY(m_f.headline().contains(u"132015"_s) || m_f.headline().contains(u"aused"_s));
}

void TestTemplateComposer::handEditingKeepsThePayload()
{
    TemplateComposerPage *p = use(u"coupon_offer"_s, u"en_US"_s);
    auto *form = p->findChild<TemplateForm *>();
    QTest::keyClicks(form->findChildren<QLineEdit *>().first(), u"10%"_s);
    const QJsonObject before = sentTemplate();
    auto *mode = p->findChild<QPushButton *>(u"modeButton"_s);
    QTest::mouseClick(mode, Qt::LeftButton);
    QVERIFY(!p->isFormMode());
    QCOMPARE(sentTemplate(), before);
    // And back: the values that fit the form are kept.
    QTest::mouseClick(mode, Qt::LeftButton);
    QVERIFY(p->isFormMode());
    QCOMPARE(sentTemplate(), before);
}

void TestTemplateComposer::examplePayloadOpensInTheForm()
{
    openBrowser()->close();
    const QString path = QStringLiteral(WACONSOLE_EXAMPLES_DIR) + u"/template.json"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
    QString error;
    QVERIFY2(m_f.window->files()->openFile(path, &error), qPrintable(error));
    // Its button index is written as a string, as in Meta's examples: the form keeps it so.
    QVERIFY(page()->isFormMode());
    QCOMPARE(m_f.window->message().toJson(), written);
    auto *form = page()->findChild<TemplateForm *>();
    auto *type = form->findChildren<QComboBox *>().at(2); // {{3}} is a currency
    QCOMPARE(type->currentData().toString(), u"currency"_s);
    for (TemplateSlotEditor *editor : form->findChildren<TemplateSlotEditor *>()) {
        if (editor->templateSlot().kind == TemplateSlot::Kind::ButtonUrl)
            QTest::keyClicks(editor->findChild<QLineEdit *>(), u"9"_s);
    }
    const QJsonObject button = sentTemplate().value(u"components").toArray().at(2).toObject();
    QCOMPARE(button.value(u"index"), QJsonValue(u"0"_s));
    QCOMPARE(button.value(u"parameters").toArray().at(0).toObject().value(u"text").toString(),
        u"45129"_s);
}

void TestTemplateComposer::screenshots()
{
    m_f.window->resize(1280, 800);
    TemplateBrowser *browser = openBrowser();
    browser->select(u"order_confirmation"_s, u"en_US"_s);
    browser->resize(1040, 680);
    browser->findChild<PreviewWidget *>()->flush();
    const QImage list = browser->grab().toImage();
    QVERIFY(!list.isNull());
    QTest::mouseClick(browser->findChild<QPushButton *>(u"useButton"_s), Qt::LeftButton);
    browser->close();
    auto *form = page()->findChild<TemplateForm *>();
    QList<QLineEdit *> edits;
    for (QLineEdit *edit : form->findChildren<QLineEdit *>()) {
        if (edit->isVisible())
            edits.append(edit);
    }
    const QStringList typed {
        u"4490123"_s, u"receipt-1042.pdf"_s, u"Ana"_s, u"#1042"_s, u"$100.99"_s, u"1042"_s};
    for (qsizetype i = 0; i < typed.size(); ++i)
        QTest::keyClicks(edits.at(i), typed.at(i));
    auto *recipient = m_f.window->findChild<QLineEdit *>(u"recipientLineEdit"_s);
    QTest::keyClicks(recipient, u"+1 650 555 1234"_s);
    auto *preview = m_f.window->findChild<PreviewWidget *>(u"previewPane"_s);
    QTRY_VERIFY(preview->scene().texts(u"body"_s).join(QString()).contains(u"Ana"_s));
    const QImage filled = m_f.window->grab().toImage();
    const QPoint chat =
        preview->mapTo(m_f.window.get(), QPoint(preview->width() / 2, preview->height() - 20));
    Theme::apply(Theme::Mode::Dark);
    // The phone follows the app's theme: the chat's background turns dark.
    QTRY_VERIFY(m_f.window->grab().toImage().pixelColor(chat).lightness() < 80);
    const QImage dark = m_f.window->grab().toImage();
    Theme::apply(Theme::Mode::Light);
    QVERIFY(filled.pixelColor(chat).lightness() > 150);
    const QString out = qEnvironmentVariable("WACONSOLE_SCREENSHOT_DIR");
    if (!out.isEmpty()) {
        QDir().mkpath(out);
        QVERIFY(list.save(out + u"/templates-browser.png"_s));
        QVERIFY(filled.save(out + u"/templates-filled-light.png"_s));
        QVERIFY(dark.save(out + u"/templates-filled-dark.png"_s));
    }
}

QTEST_MAIN(TestTemplateComposer)
#include "tst_templatecomposer.moc"

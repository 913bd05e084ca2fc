// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/translator.h"
#include "widgets/composer/fieldassist.h"
#include "widgets/dialogs/confirm.h"
#include "widgets/previewwidget.h"
#include "widgets/templatebuilder/builderbodypage.h"
#include "widgets/templatebuilder/builderheaderpage.h"
#include "widgets/templatebuilder/builderidentitypage.h"
#include "widgets/templatebuilder/templatebuilder.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Wac;

class TestTemplateBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void invalidNameShownAtTheField();
    void examplesFollowTheBody();
    void formatSwitchRenamesTheVariables();
    void findingFocusesItsField();
    void previewFollowsTextWithoutVariables();
    void categorySwitchAsksAndRemovesHiddenParts();
    void unknownChoicesGoWithTheirTemplate();
    void changesAskBeforeClosing();
    void screenshots_data();
    void screenshots();

private:
    static QJsonArray definitions(const QString &path);
    static QStringList types(const TemplateBuilder &builder);
    static QString bodyText(const TemplateBuilder &builder);
    static bool pageShown(const TemplateBuilder &builder, const QString &title);
};

QStringList TestTemplateBuilder::types(const TemplateBuilder &builder)
{
    QStringList out;
    for (const QJsonValue &c : builder.definition().value(u"components").toArray())
        out.append(c[u"type"].toString().toUpper());
    return out;
}

QString TestTemplateBuilder::bodyText(const TemplateBuilder &builder)
{
    for (const QJsonValue &c : builder.definition().value(u"components").toArray()) {
        if (c[u"type"].toString() == u"BODY"_s)
            return c[u"text"].toString();
    }
    return {};
}

bool TestTemplateBuilder::pageShown(const TemplateBuilder &builder, const QString &title)
{
    const auto *list = builder.findChild<QListWidget *>(u"pageList"_s);
    const QList<QListWidgetItem *> items = list->findItems(title, Qt::MatchExactly);
    return !items.isEmpty() && !items.constFirst()->isHidden();
}

QJsonArray TestTemplateBuilder::definitions(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object().value(u"data").toArray();
}

void TestTemplateBuilder::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("definition");
    for (const QString &path :
        {u":/sim/templates.json"_s, QStringLiteral(WACONSOLE_TEMPLATES_2026)}) {
        for (const QJsonValue &value : definitions(path)) {
            const QJsonObject d = value.toObject();
            const QString row =
                d.value(u"name").toString() + u' ' + d.value(u"language").toString();
            QTest::newRow(qPrintable(row)) << d;
        }
    }
}

// Every page stores what it loaded, whatever the template holds that it does not show.
void TestTemplateBuilder::roundTrip()
{
    QFETCH(QJsonObject, definition);
    TemplateBuilder builder;
    builder.setDefinition(definition, u"1"_s);
    const QJsonObject stored = builder.storedByPages();
    if (stored != definition)
        qWarning("%s", QJsonDocument(stored).toJson().constData());
    QCOMPARE(stored, definition);
}

void TestTemplateBuilder::invalidNameShownAtTheField()
{
    TemplateBuilder builder;
    builder.show();
    auto *name =
        builder.findChild<BuilderIdentityPage *>()->findChild<QLineEdit *>(u"nameLineEdit"_s);
    auto *body = builder.findChild<BuilderBodyPage *>()->findChild<QPlainTextEdit *>(u"textEdit"_s);
    body->setPlainText(u"Your order is ready."_s);
    QTest::keyClicks(name, u"order_ready"_s);
    builder.checkNow();
    QVERIFY(builder.findChild<QPushButton *>(u"submitButton"_s)->isEnabled());
    QTest::keyClicks(name, u" Now!"_s);
    builder.checkNow();
    bool atName = false;
    for (const Diagnostic &d : builder.findings())
        atName |= d.isError() && d.pointer == u"/name"_s;
    QVERIFY2(atName, "no error at /name");
    QVERIFY(!builder.findChild<QPushButton *>(u"submitButton"_s)->isEnabled());
    QWidget *line = FieldAssist::problemLine(name);
    QVERIFY(line);
    QVERIFY(!line->findChild<QLabel *>(u"problemLabel"_s)->text().isEmpty());
}

void TestTemplateBuilder::examplesFollowTheBody()
{
    TemplateBuilder builder;
    builder.show();
    auto *page = builder.findChild<BuilderBodyPage *>();
    auto *text = page->findChild<QPlainTextEdit *>(u"textEdit"_s);
    auto *table = page->findChild<QTableWidget *>(u"examplesTable"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"addVariableButton"_s), Qt::LeftButton);
    QTest::keyClicks(text, u" and "_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"addVariableButton"_s), Qt::LeftButton);
    QCOMPARE(text->toPlainText(), u"{{1}} and {{2}}"_s);
    QCOMPARE(page->variables(), (QStringList {u"1"_s, u"2"_s}));
    table->item(0, 1)->setText(u"Ana"_s);
    table->item(1, 1)->setText(u"#7"_s);
    // {{1}} goes: its row goes, {{2}} keeps its example.
    text->setPlainText(u"Order {{2}} is ready"_s);
    QCOMPARE(page->variables(), QStringList {u"2"_s});
    QCOMPARE(table->item(0, 1)->text(), u"#7"_s);
    builder.checkNow();
    const QJsonObject body = builder.definition().value(u"components").toArray().at(0).toObject();
    QCOMPARE(body.value(u"example").toObject().value(u"body_text").toArray(),
        QJsonArray {QJsonValue(QJsonArray {u"#7"_s})});
}

void TestTemplateBuilder::formatSwitchRenamesTheVariables()
{
    TemplateBuilder builder;
    builder.show();
    auto *body = builder.findChild<BuilderBodyPage *>();
    auto *text = body->findChild<QPlainTextEdit *>(u"textEdit"_s);
    text->setPlainText(u"Hi {{1}}, order {{2}}"_s);
    body->findChild<QTableWidget *>(u"examplesTable"_s)->item(0, 1)->setText(u"Ana"_s);
    auto *format =
        builder.findChild<BuilderIdentityPage *>()->findChild<QComboBox *>(u"formatComboBox"_s);
    format->setCurrentIndex(format->findData(u"NAMED"_s));
    QCOMPARE(text->toPlainText(), u"Hi {{var_1}}, order {{var_2}}"_s);
    const QJsonObject b = builder.definition().value(u"components").toArray().at(0).toObject();
    QCOMPARE(b.value(u"example").toObject().value(u"body_text_named_params").toArray().at(0),
        QJsonValue(QJsonObject {{u"param_name"_s, u"var_1"_s}, {u"example"_s, u"Ana"_s}}));
    format->setCurrentIndex(format->findData(u"POSITIONAL"_s));
    QCOMPARE(text->toPlainText(), u"Hi {{1}}, order {{2}}"_s);
    QCOMPARE(body->findChild<QTableWidget *>(u"examplesTable"_s)->item(0, 1)->text(), u"Ana"_s);
}

void TestTemplateBuilder::findingFocusesItsField()
{
    TemplateBuilder builder;
    builder.show();
    QVERIFY(QTest::qWaitForWindowActive(&builder));
    auto *header = builder.findChild<BuilderHeaderPage *>();
    auto *format = header->findChild<QComboBox *>(u"formatComboBox"_s);
    format->setCurrentIndex(format->findData(u"TEXT"_s));
    auto *headerText = header->findChild<QLineEdit *>(u"textLineEdit"_s);
    headerText->setText(u"Sale {{1}} {{2}} now"_s); // one variable at most
    Q_EMIT header->changed();
    builder.checkNow();
    auto *tree = builder.findChild<QTreeWidget *>(u"problemsTreeWidget"_s);
    QTreeWidgetItem *found = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString().startsWith(u"/components/0"))
            found = tree->topLevelItem(i);
    }
    QVERIFY2(found, "no finding in the header");
    builder.findChild<BuilderIdentityPage *>()->findChild<QLineEdit *>()->setFocus();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(found).center());
    QTRY_VERIFY(header->isVisible());
    QVERIFY(QApplication::focusWidget() == headerText
        || QApplication::focusWidget() == header->findChild<QLineEdit *>(u"exampleLineEdit"_s));
}

// The example send of a body without variables is the same whatever its text: the phone must
// redraw from the definition all the same.
void TestTemplateBuilder::previewFollowsTextWithoutVariables()
{
    TemplateBuilder builder;
    builder.show();
    auto *text = builder.findChild<BuilderBodyPage *>()->findChild<QPlainTextEdit *>();
    auto *preview = builder.findChild<PreviewWidget *>();
    text->setPlainText(u"Your order is ready."_s);
    builder.checkNow();
    preview->flush();
    QVERIFY(preview->scene().texts(u"body"_s).join(QString()).contains(u"ready"_s));
    text->setPlainText(u"Your parcel has left."_s);
    builder.checkNow();
    // Drawn after the preview's own pause, as the user sees it (flush() would draw anyway).
    QTRY_VERIFY_WITH_TIMEOUT(
        preview->scene().texts(u"body"_s).join(QString()).contains(u"parcel"_s), 2000);
}

// A hidden page's part is never submitted: switching to or from authentication removes the
// parts the other kind writes, after asking when the user wrote them.
void TestTemplateBuilder::categorySwitchAsksAndRemovesHiddenParts()
{
    TemplateBuilder builder;
    builder.show();
    auto *category =
        builder.findChild<BuilderIdentityPage *>()->findChild<QComboBox *>(u"categoryComboBox"_s);
    builder.findChild<BuilderBodyPage *>()
        ->findChild<QPlainTextEdit *>(u"textEdit"_s)
        ->setPlainText(u"Your parcel is on its way."_s);
    QCOMPARE(types(builder), QStringList {u"BODY"_s});

    Confirm::setNextAnswer(false);
    category->setCurrentIndex(category->findData(u"AUTHENTICATION"_s));
    QVERIFY(Confirm::lastQuestion().contains(u"removed"_s));
    QCOMPARE(category->currentData().toString(), u"MARKETING"_s);
    QCOMPARE(builder.definition().value(u"category").toString(), u"MARKETING"_s);
    QCOMPARE(bodyText(builder), u"Your parcel is on its way."_s);
    QVERIFY(pageShown(builder, TemplateBuilder::tr("Body")));

    Confirm::setNextAnswer(true);
    category->setCurrentIndex(category->findData(u"AUTHENTICATION"_s));
    QCOMPARE(builder.definition().value(u"category").toString(), u"AUTHENTICATION"_s);
    // Only what an authentication template has: its code button, written at once.
    QCOMPARE(types(builder), QStringList {u"BUTTONS"_s});
    QCOMPARE(builder.definition()[u"components"][0][u"buttons"][0][u"type"].toString(), u"OTP"_s);
    QVERIFY(!pageShown(builder, TemplateBuilder::tr("Body")));
    QVERIFY(pageShown(builder, TemplateBuilder::tr("Authentication")));

    // Nothing written since: back without a question, to an empty body.
    const QString asked = Confirm::lastQuestion();
    category->setCurrentIndex(category->findData(u"UTILITY"_s));
    QCOMPARE(Confirm::lastQuestion(), asked);
    QCOMPARE(builder.definition().value(u"category").toString(), u"UTILITY"_s);
    QCOMPARE(types(builder), QStringList {u"BODY"_s});
    QVERIFY(pageShown(builder, TemplateBuilder::tr("Body")));
    // Marketing and utility share their pages: nothing is asked or removed between them.
    builder.findChild<BuilderBodyPage *>()
        ->findChild<QPlainTextEdit *>(u"textEdit"_s)
        ->setPlainText(u"Kept."_s);
    category->setCurrentIndex(category->findData(u"MARKETING"_s));
    QCOMPARE(Confirm::lastQuestion(), asked);
    QCOMPARE(bodyText(builder), u"Kept."_s);
}

// A value the lists do not offer is shown for its own template only.
void TestTemplateBuilder::unknownChoicesGoWithTheirTemplate()
{
    TemplateBuilder builder;
    QJsonObject odd = TemplateBuilder::blank();
    odd.insert(u"category"_s, u"SERVICE_2027"_s);
    odd.insert(u"components"_s,
        QJsonArray {QJsonObject {{u"type"_s, u"HEADER"_s}, {u"format"_s, u"PRODUCT"_s}},
            QJsonObject {{u"type"_s, u"BODY"_s}, {u"text"_s, u"Hi"_s}}});
    builder.setDefinition(odd, u"7"_s);
    auto *category =
        builder.findChild<BuilderIdentityPage *>()->findChild<QComboBox *>(u"categoryComboBox"_s);
    auto *format =
        builder.findChild<BuilderHeaderPage *>()->findChild<QComboBox *>(u"formatComboBox"_s);
    QCOMPARE(category->currentData().toString(), u"SERVICE_2027"_s);
    QCOMPARE(format->currentData().toString(), u"PRODUCT"_s);
    QCOMPARE(builder.storedByPages(), odd);
    builder.setDefinition(TemplateBuilder::blank());
    QCOMPARE(category->findData(u"SERVICE_2027"_s), -1);
    QCOMPARE(format->findData(u"PRODUCT"_s), -1);
    QCOMPARE(category->count(), 3);
    QCOMPARE(category->currentData().toString(), u"MARKETING"_s);
    QCOMPARE(format->currentData().toString(), QString());
}

void TestTemplateBuilder::changesAskBeforeClosing()
{
    TemplateBuilder builder;
    builder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&builder));
    QVERIFY(!builder.isModified());
    // Nothing changed: Esc closes without a question.
    const QString before = Confirm::lastQuestion();
    QTest::keyClick(&builder, Qt::Key_Escape);
    QVERIFY(!builder.isVisible());
    QCOMPARE(Confirm::lastQuestion(), before);

    builder.show();
    QTest::keyClicks(
        builder.findChild<BuilderIdentityPage *>()->findChild<QLineEdit *>(u"nameLineEdit"_s),
        u"late_delivery"_s);
    QVERIFY(builder.isModified());
    QVERIFY(builder.isWindowModified());
    Confirm::setNextAnswer(false);
    QTest::keyClick(&builder, Qt::Key_Escape);
    QVERIFY(Confirm::lastQuestion().contains(u"late_delivery"_s));
    QVERIFY(builder.isVisible());
    Confirm::setNextAnswer(false);
    QVERIFY(!builder.close()); // the window's close button
    QVERIFY(builder.isVisible());
    Confirm::setNextAnswer(true);
    QTest::mouseClick(builder.findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
    QVERIFY(!builder.isVisible());
}

void TestTemplateBuilder::screenshots_data()
{
    QTest::addColumn<QString>("theme");
    QTest::newRow("light") << u"light"_s;
    QTest::newRow("dark") << u"dark"_s;
    QTest::newRow("ru") << u"ru"_s; // last: the translators stay installed
}

// The seed's spring sale (an image header, named variables) with a third button, drawn at the
// size the issue asks for; the phone must show the header, the body's examples and the buttons.
void TestTemplateBuilder::screenshots()
{
    QFETCH(QString, theme);
    if (theme == u"ru"_s)
        QCOMPARE(installTranslators(u"ru"_s), u"ru"_s);
    Theme::apply(theme == u"dark"_s ? Theme::Mode::Dark : Theme::Mode::Light);
    QJsonObject sale;
    for (const QJsonValue &value : definitions(u":/sim/templates.json"_s)) {
        if (value.toObject().value(u"name") == u"spring_sale"_s)
            sale = value.toObject();
    }
    QJsonArray components = sale.value(u"components").toArray();
    QJsonObject buttons = components.at(3).toObject();
    QJsonArray list = buttons.value(u"buttons").toArray();
    list.append(QJsonObject {{u"type"_s, u"URL"_s}, {u"text"_s, u"View the offer"_s},
        {u"url"_s, u"https://example.com/spring/{{1}}"_s},
        {u"example"_s, QJsonArray {u"https://example.com/spring/42"_s}}});
    buttons.insert(u"buttons"_s, list);
    components.replace(3, buttons);
    sale.insert(u"components"_s, components);
    TemplateBuilder builder;
    builder.setDefinition(sale, sale.value(u"id").toString());
    builder.resize(1024, 700);
    builder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&builder));
    builder.focusPointer(u"/components/1/text"_s);
    auto *preview = builder.findChild<PreviewWidget *>();
    preview->flush();
    QVERIFY(preview->scene().texts(u"body"_s).join(QString()).contains(u"Pablo"_s));
    const QImage shot = builder.grab().toImage();
    // The buttons' page, on the third button.
    QVERIFY(builder.focusPointer(u"/components/3/buttons/2/text"_s));
    const QImage buttonsShot = builder.grab().toImage();
    Theme::apply(Theme::Mode::Light);
    QCOMPARE(shot.size(), QSize(1024, 700) * shot.devicePixelRatio());
    const QString out = qEnvironmentVariable("WACONSOLE_SCREENSHOT_DIR");
    if (!out.isEmpty()) {
        QDir().mkpath(out);
        QVERIFY(shot.save(out + u"/builder-media-named-"_s + theme + u".png"_s));
        QVERIFY(buttonsShot.save(out + u"/builder-buttons-"_s + theme + u".png"_s));
    }
}

QTEST_MAIN(TestTemplateBuilder)
#include "tst_templatebuilder.moc"

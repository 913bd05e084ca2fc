// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The builder's carousel page driven as a user would: a carousel starts with two cards and
// keeps between 2 and 10, a card made in the form is the JSON of Meta's media-card example,
// a card's buttons stop at two, and findings inside a card land at its field.
#include "widgets/composer/fieldassist.h"
#include "widgets/composer/repeatedlist.h"
#include "widgets/templatebuilder/buildercarouselpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include "formdriver.h"

using namespace Qt::StringLiterals;

namespace {

// Addresses in the raw strings below write "https:\/\/": JSON reads "\/" as "/", and moc (Qt 6.4)
// takes a "//" inside a raw string for a comment and then finds no class in the file.
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

QJsonObject bodyOnly()
{
    return json(R"({"name":"t","language":"en_US","category":"MARKETING",
        "components":[{"type":"BODY","text":"Hi {{1}}","example":{"body_text":[["Pablo"]]}}]})");
}

QAbstractButton *button(QWidget *root, const QString &path)
{
    return qobject_cast<QAbstractButton *>(Wac::Test::field(root, path));
}

} // namespace

class TestBuilderCarouselPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void cardLimits()
    {
        Wac::BuilderCarouselPage page;
        page.show();
        page.load(bodyOnly());
        auto *cards = page.findChild<Wac::RepeatedList *>(u"cardsList"_s);
        QCOMPARE(Wac::Test::drive(&page, {u"addCarouselButton!"_s}), QString());
        QCOMPARE(cards->count(), 2);
        // Two cards: neither can be removed, the tooltip says why.
        QAbstractButton *remove = button(&page, u"cardsList/1/removeToolButton"_s);
        QVERIFY(remove && !remove->isEnabled());
        QVERIFY2(remove->toolTip().contains(u"2"_s), qPrintable(remove->toolTip()));
        QAbstractButton *add = button(&page, u"cardsList/add"_s);
        for (int i = 2; i < 10; ++i) {
            QVERIFY(add->isEnabled());
            QTest::mouseClick(add, Qt::LeftButton);
        }
        QCOMPARE(cards->count(), 10);
        QVERIFY(!add->isEnabled());
        QVERIFY2(add->toolTip().contains(u"10"_s), qPrintable(add->toolTip()));
        QVERIFY(button(&page, u"cardsList/9/removeToolButton"_s)->isEnabled());
        QJsonObject definition = bodyOnly();
        page.store(definition);
        const QJsonArray components = definition.value(u"components").toArray();
        QCOMPARE(components.size(), 2);
        QCOMPARE(components.at(1)[u"type"].toString(), u"CAROUSEL"_s);
        QCOMPARE(components.at(1)[u"cards"].toArray().size(), 10);
        // Removing the carousel removes the component.
        QCOMPARE(Wac::Test::drive(&page, {u"removeCarouselButton!"_s}), QString());
        QCOMPARE(cards->count(), 0);
        page.store(definition);
        QCOMPARE(definition, bodyOnly());
    }

    void cardFromTheForm()
    {
        Wac::BuilderCarouselPage page;
        page.show();
        page.load(bodyOnly());
        QSignalSpy changed(&page, &Wac::BuilderPage::changed);
        QCOMPARE(
            Wac::Test::drive(&page,
                {u"addCarouselButton!"_s, u"cardsList/0/headerHandleLineEdit=4::an"_s,
                    u"cardsList/0/bodyTextEdit=Only {{1}} left"_s,
                    u"cardsList/0/exampleLineEdit0=3"_s, u"cardsList/0/buttonsList/add!"_s,
                    u"cardsList/0/buttonsList/0/textLineEdit=Send me more like this"_s,
                    u"cardsList/0/buttonsList/add!"_s,
                    u"cardsList/0/buttonsList/1/typeComboBox@URL"_s,
                    u"cardsList/0/buttonsList/1/textLineEdit=Shop"_s,
                    u"cardsList/0/buttonsList/1/urlLineEdit=https://www.luckyshrub.com/rare-succulents/{{1}}"_s,
                    u"cardsList/0/buttonsList/1/urlExampleLineEdit=BLUE_ELF"_s}),
            QString());
        QVERIFY(!changed.isEmpty());
        // A card takes at most two buttons.
        QAbstractButton *addButton = button(&page, u"cardsList/0/buttonsList/add"_s);
        QVERIFY(!addButton->isEnabled());
        QVERIFY(addButton->toolTip().contains(u"2"_s));
        QJsonObject definition = bodyOnly();
        page.store(definition);
        const QJsonObject card =
            definition.value(u"components").toArray().at(1)[u"cards"].toArray().at(0).toObject();
        QCOMPARE(QJsonDocument(card).toJson(),
            QJsonDocument(json(R"({"components":[
            {"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::an"]}},
            {"type":"BODY","text":"Only {{1}} left","example":{"body_text":[["3"]]}},
            {"type":"BUTTONS","buttons":[
                {"type":"QUICK_REPLY","text":"Send me more like this"},
                {"type":"URL","text":"Shop",
                 "url":"https:\/\/www.luckyshrub.com/rare-succulents/{{1}}",
                 "example":["BLUE_ELF"]}]}]})"))
                .toJson());
        // The second card is a card of its own: an image header and nothing else yet.
        const QJsonObject second =
            definition.value(u"components").toArray().at(1)[u"cards"].toArray().at(1).toObject();
        QCOMPARE(QJsonDocument(second).toJson(),
            QJsonDocument(json(R"({"components":[{"type":"HEADER","format":"IMAGE"}]})")).toJson());
    }

    void cardExamplesFollowTheVariables_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("firstLabel");
        QTest::addColumn<QJsonObject>("example");
        QTest::newRow("numbers in number order")
            << u"{{2}} then {{1}}"_s << u"{{1}}"_s << json(R"({"body_text":[["first","second"]]})");
        QTest::newRow("names in text order")
            << u"Hi {{name}}, {{code}}"_s << u"{{name}}"_s
            << json(R"({"body_text_named_params":[{"param_name":"name","example":"first"},
                   {"param_name":"code","example":"second"}]})");
    }

    void cardExamplesFollowTheVariables()
    {
        QFETCH(QString, text);
        QFETCH(QString, firstLabel);
        QFETCH(QJsonObject, example);
        Wac::BuilderCarouselPage page;
        page.show();
        page.load(bodyOnly());
        QCOMPARE(Wac::Test::drive(&page,
                     {u"addCarouselButton!"_s, u"cardsList/0/bodyTextEdit="_s + text,
                         u"cardsList/0/exampleLineEdit0=first"_s,
                         u"cardsList/0/exampleLineEdit1=second"_s}),
            QString());
        // The first example field stands beside the variable its example is stored for.
        QWidget *firstField = Wac::Test::field(&page, u"cardsList/0/exampleLineEdit0"_s);
        auto *examples = qobject_cast<QFormLayout *>(firstField->parentWidget()->layout());
        QVERIFY(examples);
        QCOMPARE(qobject_cast<QLabel *>(examples->labelForField(firstField))->text(), firstLabel);
        QJsonObject definition = bodyOnly();
        page.store(definition);
        const QJsonObject body = definition.value(u"components")
                                     .toArray()
                                     .at(1)[u"cards"][0][u"components"][1]
                                     .toObject();
        QCOMPARE(body.value(u"text").toString(), text);
        QCOMPARE(QJsonDocument(body.value(u"example").toObject()).toJson(),
            QJsonDocument(example).toJson());
        // Loaded again, each example is back beside its variable.
        Wac::BuilderCarouselPage again;
        again.load(definition);
        auto *first =
            qobject_cast<QLineEdit *>(Wac::Test::field(&again, u"cardsList/0/exampleLineEdit0"_s));
        QVERIFY(first);
        QCOMPARE(first->text(), u"first"_s);
    }

    void productHeaderDropsTheSample()
    {
        const QJsonObject loaded = json(R"({"components":[{"type":"BODY","text":"Hi"},
            {"type":"CAROUSEL","cards":[
             {"components":[{"type":"HEADER","format":"image","example":{"header_handle":["4::a"]}}]},
             {"components":[{"type":"HEADER","format":"image","example":{"header_handle":["4::b"]}}]}]}]})");
        Wac::BuilderCarouselPage page;
        page.show();
        page.load(loaded);
        QCOMPARE(
            Wac::Test::drive(&page, {u"cardsList/1/headerFormatComboBox@PRODUCT"_s}), QString());
        QJsonObject definition = loaded;
        page.store(definition);
        const QJsonArray cards =
            definition.value(u"components").toArray().at(1)[u"cards"].toArray();
        QCOMPARE(cards.at(0), loaded.value(u"components").toArray().at(1)[u"cards"][0]);
        QCOMPARE(QJsonDocument(cards.at(1).toObject()).toJson(),
            QJsonDocument(json(R"({"components":[{"type":"HEADER","format":"PRODUCT"}]})"))
                .toJson());
    }

    void findingsInsideACard()
    {
        const QJsonObject loaded = json(R"({"components":[{"type":"BODY","text":"Hi"},
            {"type":"CAROUSEL","cards":[
             {"components":[{"type":"HEADER","format":"IMAGE"},
                            {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"A"}]}]},
             {"components":[{"type":"HEADER","format":"IMAGE"},
                            {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"B"}]}]}]}]})");
        Wac::BuilderCarouselPage page;
        page.show();
        page.load(loaded);
        const QString pointer = u"/components/1/cards/1/components/1/buttons/0/text"_s;
        page.showFindings(
            {{Wac::Severity::Warning, pointer, u"components.buttons.text.x"_s, u"Check this"_s}},
            loaded);
        QWidget *text = Wac::Test::field(&page, u"cardsList/1/buttonsList/0/textLineEdit"_s);
        QVERIFY(text);
        QTRY_VERIFY(text->isVisible());
        QVERIFY(Wac::FieldAssist::problemLine(text)
            && Wac::FieldAssist::problemLine(text)->isVisible());
        QVERIFY(!Wac::FieldAssist::problemLine(
            Wac::Test::field(&page, u"cardsList/0/buttonsList/0/textLineEdit"_s)));
        QVERIFY(page.focusPointer(pointer, loaded));
        QTRY_COMPARE(QApplication::focusWidget(), text);
    }
};

QTEST_MAIN(TestBuilderCarouselPage)
#include "tst_buildercarouselpage.moc"

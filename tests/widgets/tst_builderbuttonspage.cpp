// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The builder's buttons page driven as a user would: a button of each type added through the
// form is the JSON Meta's creation examples show, the eleventh cannot be added, a changed type
// drops the old type's keys and keeps unknown ones, and findings land at their field.
#include "widgets/composer/fieldassist.h"
#include "widgets/composer/repeatedlist.h"
#include "widgets/templatebuilder/builderbuttonspage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
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
        "components":[{"type":"BODY","text":"Hi"}]})");
}

} // namespace

class TestBuilderButtonsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void addEachType_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QJsonObject>("expected");
        // The expected buttons are those of Meta's creation examples (cloud-api-2026.md
        // §1.3–1.9) and of the simulator's seed, in the upper case GET answers with.
        QTest::newRow("quick reply") << QStringList {u"textLineEdit=Unsubscribe"_s}
                                     << json(R"({"type":"QUICK_REPLY","text":"Unsubscribe"})");
        QTest::newRow("url with example")
            << QStringList {u"typeComboBox@URL"_s, u"textLineEdit=Book now"_s,
                   u"urlLineEdit=https://awesomedestinations.com/offers?code={{1}}"_s,
                   u"urlExampleLineEdit=https://awesomedestinations.com/offers?ref=n3mtql"_s}
            << json(R"({"type":"URL","text":"Book now",
                   "url":"https:\/\/awesomedestinations.com/offers?code={{1}}",
                   "example":["https:\/\/awesomedestinations.com/offers?ref=n3mtql"]})");
        QTest::newRow("url without variable") << QStringList {u"typeComboBox@URL"_s,
            u"textLineEdit=Contact Support"_s, u"urlLineEdit=https://www.luckyshrub.com/support"_s}
                                              << json(R"({"type":"URL","text":"Contact Support",
                   "url":"https:\/\/www.luckyshrub.com/support"})");
        QTest::newRow("phone number")
            << QStringList {u"typeComboBox@PHONE_NUMBER"_s, u"textLineEdit=Call us"_s,
                   u"phoneLineEdit=+16505551234"_s}
            << json(R"({"type":"PHONE_NUMBER","text":"Call us","phone_number":"+16505551234"})");
        QTest::newRow("copy code")
            << QStringList {u"typeComboBox@COPY_CODE"_s, u"codeExampleLineEdit=WINTER25"_s}
            << json(R"({"type":"COPY_CODE","example":"WINTER25"})");
        QTest::newRow("flow")
            << QStringList {u"typeComboBox@FLOW"_s, u"textLineEdit=Book now"_s,
                   u"flowIdLineEdit=1234567890123456"_s, u"navigateScreenLineEdit=WELCOME_SCREEN"_s,
                   u"flowActionComboBox@navigate"_s}
            << json(R"({"type":"FLOW","text":"Book now","flow_id":"1234567890123456",
                   "navigate_screen":"WELCOME_SCREEN","flow_action":"navigate"})");
        QTest::newRow("otp copy code")
            << QStringList {u"typeComboBox@OTP"_s, u"textLineEdit=Copy code"_s}
            << json(R"({"type":"OTP","otp_type":"COPY_CODE","text":"Copy code"})");
        QTest::newRow("otp one tap")
            << QStringList {u"typeComboBox@OTP"_s, u"otpTypeComboBox@ONE_TAP"_s,
                   u"textLineEdit=Copy code"_s, u"autofillTextLineEdit=Autofill"_s,
                   u"appsList/0/packageNameLineEdit=com.example.luckyshrub"_s,
                   u"appsList/0/signatureHashLineEdit=K8a/AINcGX7"_s}
            << json(R"({"type":"OTP","otp_type":"ONE_TAP","text":"Copy code",
                   "autofill_text":"Autofill","supported_apps":[{
                   "package_name":"com.example.luckyshrub","signature_hash":"K8a/AINcGX7"}]})");
        QTest::newRow("catalog") << QStringList {u"typeComboBox@CATALOG"_s,
            u"textLineEdit=View catalog"_s}
                                 << json(R"({"type":"CATALOG","text":"View catalog"})");
        QTest::newRow("mpm") << QStringList {u"typeComboBox@MPM"_s, u"textLineEdit=View items"_s}
                             << json(R"({"type":"MPM","text":"View items"})");
        QTest::newRow("voice call")
            << QStringList {u"typeComboBox@VOICE_CALL"_s, u"textLineEdit=Call Now"_s,
                   u"ttlSpinBox=1440"_s}
            << json(R"({"type":"VOICE_CALL","text":"Call Now","ttl_minutes":1440})");
        QTest::newRow("request contact info")
            << QStringList {u"typeComboBox@REQUEST_CONTACT_INFO"_s}
            << json(R"({"type":"REQUEST_CONTACT_INFO"})");
    }

    void addEachType()
    {
        QFETCH(QStringList, steps);
        QFETCH(QJsonObject, expected);
        Wac::BuilderButtonsPage page;
        page.show();
        page.load(bodyOnly());
        QSignalSpy changed(&page, &Wac::BuilderPage::changed);
        QCOMPARE(Wac::Test::drive(&page, {u"buttonsList/add!"_s}), QString());
        for (QString &step : steps)
            step.prepend(u"buttonsList/0/"_s);
        QCOMPARE(Wac::Test::drive(&page, steps), QString());
        QVERIFY(!changed.isEmpty());
        QJsonObject definition = bodyOnly();
        page.store(definition);
        const QJsonArray components = definition.value(u"components").toArray();
        QCOMPARE(components.size(), 2);
        QCOMPARE(components.at(0), bodyOnly().value(u"components").toArray().at(0));
        QCOMPARE(QJsonDocument(components.at(1).toObject()).toJson(),
            QJsonDocument(
                QJsonObject {{u"type"_s, u"BUTTONS"_s}, {u"buttons"_s, QJsonArray {expected}}})
                .toJson());
    }

    void eleventhButtonCannotBeAdded()
    {
        Wac::BuilderButtonsPage page;
        page.show();
        page.load(bodyOnly());
        auto *add = qobject_cast<QAbstractButton *>(Wac::Test::field(&page, u"buttonsList/add"_s));
        QVERIFY(add);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(add->isEnabled());
            QTest::mouseClick(add, Qt::LeftButton);
        }
        auto *list = page.findChild<Wac::RepeatedList *>(u"buttonsList"_s);
        QCOMPARE(list->count(), 10);
        QVERIFY(!add->isEnabled());
        QVERIFY2(add->toolTip().contains(u"10"_s), qPrintable(add->toolTip()));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(list->count(), 10);
        QJsonObject definition = bodyOnly();
        page.store(definition);
        QCOMPARE(definition.value(u"components").toArray().at(1)[u"buttons"].toArray().size(), 10);
        // One removed: Add works again and its tooltip no longer speaks of the limit.
        QCOMPARE(Wac::Test::drive(&page, {u"buttonsList/9/removeToolButton!"_s}), QString());
        QVERIFY(add->isEnabled());
        QVERIFY(add->toolTip().isEmpty());
    }

    void usedUpTypesCannotBeChosen()
    {
        Wac::BuilderButtonsPage page;
        page.show();
        page.load(bodyOnly());
        QCOMPARE(
            Wac::Test::drive(&page,
                {u"buttonsList/add!"_s, u"buttonsList/0/typeComboBox@URL"_s, u"buttonsList/add!"_s,
                    u"buttonsList/1/typeComboBox@URL"_s, u"buttonsList/add!"_s,
                    u"buttonsList/2/typeComboBox@PHONE_NUMBER"_s, u"buttonsList/add!"_s}),
            QString());
        const auto item = [&page](int button, const QString &type) {
            auto *box = qobject_cast<QComboBox *>(
                Wac::Test::field(&page, u"buttonsList/%1/typeComboBox"_s.arg(button)));
            auto *model = qobject_cast<QStandardItemModel *>(box->model());
            return model->item(box->findData(type));
        };
        // The fourth button can be neither a third URL nor a second phone number...
        QVERIFY(!item(3, u"URL"_s)->isEnabled());
        QVERIFY(item(3, u"URL"_s)->toolTip().contains(u"2"_s));
        QVERIFY(!item(3, u"PHONE_NUMBER"_s)->isEnabled());
        QVERIFY(item(3, u"COPY_CODE"_s)->isEnabled());
        // ...while a URL button keeps its own type choosable.
        QVERIFY(item(0, u"URL"_s)->isEnabled());
        // One URL button turned into a quick reply frees the type again.
        QCOMPARE(Wac::Test::drive(&page, {u"buttonsList/1/typeComboBox@QUICK_REPLY"_s}), QString());
        QVERIFY(item(3, u"URL"_s)->isEnabled());
    }

    void changedTypeKeepsUnknownKeys()
    {
        const QJsonObject loaded = json(R"({"components":[{"type":"body","text":"Hi"},
            {"type":"buttons","x_note":"kept","buttons":[{"type":"url","text":"Shop",
            "url":"https:\/\/example.com/{{1}}","example":["https:\/\/example.com/a"],
            "x_custom":7}]}]})");
        Wac::BuilderButtonsPage page;
        page.show();
        page.load(loaded);
        QCOMPARE(Wac::Test::drive(&page, {u"buttonsList/0/typeComboBox@QUICK_REPLY"_s}), QString());
        QJsonObject definition = loaded;
        page.store(definition);
        const QJsonObject component = definition.value(u"components").toArray().at(1).toObject();
        QCOMPARE(component.value(u"type").toString(), u"buttons"_s);
        QCOMPARE(component.value(u"x_note").toString(), u"kept"_s);
        QCOMPARE(QJsonDocument(component.value(u"buttons").toArray().at(0).toObject()).toJson(),
            QJsonDocument(json(R"({"type":"QUICK_REPLY","text":"Shop","x_custom":7})")).toJson());
    }

    void reorderMovesWholeButtons()
    {
        const QJsonObject loaded = json(R"({"components":[{"type":"BUTTONS","buttons":[
            {"type":"QUICK_REPLY","text":"A","x":1},{"type":"PHONE_NUMBER","text":"B",
            "phone_number":"+1555"}]}]})");
        Wac::BuilderButtonsPage page;
        page.show();
        page.load(loaded);
        QCOMPARE(Wac::Test::drive(&page, {u"buttonsList/1/moveUpToolButton!"_s}), QString());
        QJsonObject definition = loaded;
        page.store(definition);
        const QJsonArray buttons =
            definition.value(u"components").toArray().at(0)[u"buttons"].toArray();
        QCOMPARE(buttons.at(0)[u"phone_number"].toString(), u"+1555"_s);
        QCOMPARE(buttons.at(1)[u"x"].toInt(), 1);
    }

    void emptiedPageRemovesComponent()
    {
        const QJsonObject loaded = json(R"({"components":[{"type":"BODY","text":"Hi"},
            {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"A"}]}]})");
        Wac::BuilderButtonsPage page;
        page.show();
        page.load(loaded);
        QCOMPARE(Wac::Test::drive(&page, {u"buttonsList/0/removeToolButton!"_s}), QString());
        QJsonObject definition = loaded;
        page.store(definition);
        QCOMPARE(definition.value(u"components").toArray().size(), 1);
    }

    void findingsAtTheirField()
    {
        const QJsonObject loaded = json(R"({"components":[{"type":"BODY","text":"Hi"},
            {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"A"},
            {"type":"URL","text":"Go","url":"https:\/\/e.com/{{1}}"}]}]})");
        Wac::BuilderButtonsPage page;
        page.show();
        page.load(loaded);
        const QList<Wac::Diagnostic> findings = {
            {Wac::Severity::Error, u"/components/1/buttons/1/example"_s,
                u"components.buttons.example.variableMismatch"_s, u"The example differs"_s},
            // Like the composer, a missing value is called out once the field was touched.
            {Wac::Severity::Error, u"/components/1/buttons/1/text"_s,
                u"components.buttons.text.required"_s, u"Needs a text"_s},
            {Wac::Severity::Error, u"/components/0/text"_s, u"components.body.text.x"_s,
                u"Not this page's"_s}};
        page.showFindings(findings, loaded);
        QWidget *text = Wac::Test::field(&page, u"buttonsList/0/textLineEdit"_s);
        QWidget *example = Wac::Test::field(&page, u"buttonsList/1/urlExampleLineEdit"_s);
        QVERIFY(example && text);
        QTRY_VERIFY(example->isVisible()); // a list's new elements are shown by the event loop
        QWidget *line = Wac::FieldAssist::problemLine(example);
        QVERIFY(line && line->isVisible());
        QVERIFY(!Wac::FieldAssist::problemLine(text));
        QVERIFY(!Wac::FieldAssist::problemLine(
            Wac::Test::field(&page, u"buttonsList/1/textLineEdit"_s)));
        QVERIFY(page.focusPointer(u"/components/1/buttons/1/example"_s, loaded));
        QTRY_COMPARE(QApplication::focusWidget(), example);
        QVERIFY(!page.focusPointer(u"/components/0/text"_s, loaded));
        // Fixed: the next findings clear the line.
        page.showFindings({}, loaded);
        QVERIFY(!line->isVisible());
    }
};

QTEST_MAIN(TestBuilderButtonsPage)
#include "tst_builderbuttonspage.moc"

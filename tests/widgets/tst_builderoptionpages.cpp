// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The builder's limited-time offer and authentication pages driven as a user would: the offer
// goes where Meta's example puts it (after the header, before the body), the authentication
// options write Meta's BODY, FOOTER and OTP button, and findings land at their field.
#include "widgets/composer/fieldassist.h"
#include "widgets/templatebuilder/builderauthenticationpage.h"
#include "widgets/templatebuilder/builderofferpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include "formdriver.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

QByteArray pretty(const QJsonValue &value)
{
    return QJsonDocument(value.toObject()).toJson();
}

} // namespace

class TestBuilderOptionPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void offerFromTheForm()
    {
        const QJsonObject loaded = json(R"({"category":"MARKETING","components":[
            {"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW"]}},
            {"type":"BODY","text":"Good news!"}]})");
        Wac::BuilderOfferPage page;
        page.show();
        page.load(loaded);
        auto *text = page.findChild<QLineEdit *>(u"offerTextLineEdit"_s);
        QVERIFY(!text->isEnabled());
        QSignalSpy changed(&page, &Wac::BuilderPage::changed);
        QCOMPARE(Wac::Test::drive(&page,
                     {u"offerCheckBox!"_s, u"offerTextLineEdit=Expiring offer"_s,
                         u"expirationCheckBox!"_s}),
            QString());
        QVERIFY(!changed.isEmpty());
        QJsonObject definition = loaded;
        page.store(definition);
        const QJsonArray components = definition.value(u"components").toArray();
        QCOMPARE(components.size(), 3);
        QCOMPARE(components.at(0), loaded.value(u"components").toArray().at(0));
        QCOMPARE(pretty(components.at(1)), pretty(json(R"({"type":"LIMITED_TIME_OFFER",
            "limited_time_offer":{"text":"Expiring offer","has_expiration":true}})")));
        QCOMPARE(components.at(2), loaded.value(u"components").toArray().at(1));
        // The counter shows the offer's own limit.
        QTest::keyClicks(text, u"!!"_s);
        page.store(definition);
        QCOMPARE(definition.value(u"components")
                     .toArray()
                     .at(1)[u"limited_time_offer"][u"text"]
                     .toString(),
            u"Expiring offer!!"_s);
        // Unchecked, the component goes.
        QCOMPARE(Wac::Test::drive(&page, {u"offerCheckBox!"_s}), QString());
        page.store(definition);
        QCOMPARE(definition, loaded);
    }

    void offerFindings()
    {
        const QJsonObject loaded = json(R"({"components":[{"type":"limited_time_offer",
            "limited_time_offer":{"text":"Far too long for an offer"}},{"type":"BODY","text":"x"}]})");
        Wac::BuilderOfferPage page;
        page.show();
        page.load(loaded);
        const QString pointer = u"/components/0/limited_time_offer/text"_s;
        page.showFindings({{Wac::Severity::Error, pointer,
                              u"components.limited_time_offer.text.tooLong"_s, u"Too long"_s}},
            loaded);
        auto *text = page.findChild<QLineEdit *>(u"offerTextLineEdit"_s);
        QVERIFY(Wac::FieldAssist::problemLine(text));
        QVERIFY(page.focusPointer(pointer, loaded));
        QTRY_COMPARE(QApplication::focusWidget(), text);
        QVERIFY(!page.focusPointer(u"/components/1/text"_s, loaded));
    }

    void authenticationFromTheForm()
    {
        const QJsonObject loaded = json(
            R"({"name":"otp","language":"en_US","category":"AUTHENTICATION","components":[]})");
        Wac::BuilderAuthenticationPage page;
        page.show();
        page.load(loaded);
        QSignalSpy changed(&page, &Wac::BuilderPage::changed);
        QCOMPARE(Wac::Test::drive(&page, {u"securityCheckBox!"_s}), QString());
        QCOMPARE(changed.size(), 1); // the builder checks again at once
        QCOMPARE(Wac::Test::drive(&page,
                     {u"expirationSpinBox=10"_s, u"otpEditor/otpTypeComboBox@ONE_TAP"_s,
                         u"otpEditor/textLineEdit=Copy code"_s,
                         u"otpEditor/autofillTextLineEdit=Autofill"_s,
                         u"otpEditor/appsList/0/packageNameLineEdit=com.example.app"_s,
                         u"otpEditor/appsList/0/signatureHashLineEdit=K8a/AINcGX7"_s,
                         u"otpEditor/appsList/add!"_s,
                         u"otpEditor/appsList/1/packageNameLineEdit=com.example.beta"_s,
                         u"otpEditor/appsList/1/signatureHashLineEdit=Zx9/BINcGX8"_s}),
            QString());
        QJsonObject definition = loaded;
        page.store(definition);
        QCOMPARE(pretty(definition), pretty(json(R"({"name":"otp","language":"en_US",
            "category":"AUTHENTICATION","components":[
            {"type":"BODY","add_security_recommendation":true},
            {"type":"FOOTER","code_expiration_minutes":10},
            {"type":"BUTTONS","buttons":[{"type":"OTP","otp_type":"ONE_TAP","text":"Copy code",
             "autofill_text":"Autofill","supported_apps":[{"package_name":"com.example.app",
             "signature_hash":"K8a/AINcGX7"},{"package_name":"com.example.beta",
             "signature_hash":"Zx9/BINcGX8"}]}]}]})")));
        // A finding at the second app lands on its own field.
        QVERIFY(page.focusPointer(
            u"/components/2/buttons/0/supported_apps/1/signature_hash"_s, definition));
        QCOMPARE(page.focusWidget(),
            Wac::Test::field(&page, u"otpEditor/appsList/1/signatureHashLineEdit"_s));
        // The expiry is 1 to 90 minutes: the box stops at 90.
        QCOMPARE(Wac::Test::drive(&page, {u"expirationSpinBox=120"_s}), QString());
        page.store(definition);
        QVERIFY(definition.value(u"components").toArray().at(1)[u"code_expiration_minutes"].toInt()
            <= 90);
    }

    void authenticationKeepsTheSeedsBody()
    {
        const QJsonObject loaded = json(R"({"category":"AUTHENTICATION","components":[
            {"type":"BODY","text":"*{{1}}* is your code.","add_security_recommendation":true,
             "example":{"body_text":[["123456"]]}},
            {"type":"FOOTER","text":"This code expires in 10 minutes.","code_expiration_minutes":10},
            {"type":"BUTTONS","buttons":[{"type":"OTP","otp_type":"COPY_CODE","text":"Copy code"}]}]})");
        Wac::BuilderAuthenticationPage page;
        page.show();
        page.load(loaded);
        // Unchecked and without expiry: the body keeps its text, the footer its text.
        QCOMPARE(
            Wac::Test::drive(&page, {u"securityCheckBox!"_s, u"expirationSpinBox=0"_s}), QString());
        QJsonObject definition = loaded;
        page.store(definition);
        const QJsonArray components = definition.value(u"components").toArray();
        QCOMPARE(components.size(), 3);
        QCOMPARE(components.at(0)[u"add_security_recommendation"].toBool(true), false);
        QCOMPARE(components.at(0)[u"text"].toString(), u"*{{1}}* is your code."_s);
        QVERIFY(!components.at(1).toObject().contains(u"code_expiration_minutes"));
        QCOMPARE(components.at(1)[u"text"].toString(), u"This code expires in 10 minutes."_s);
        // A finding on the OTP button lands on its field.
        const QString pointer = u"/components/2/buttons/0/otp_type"_s;
        page.showFindings(
            {{Wac::Severity::Error, pointer, u"components.buttons.otp_type.x"_s, u"Bad"_s}},
            definition);
        QWidget *otp = Wac::Test::field(&page, u"otpEditor/otpTypeComboBox"_s);
        QVERIFY(Wac::FieldAssist::problemLine(otp));
        QVERIFY(page.focusPointer(pointer, definition));
        QTRY_COMPARE(QApplication::focusWidget(), otp);
    }
};

QTEST_MAIN(TestBuilderOptionPages)
#include "tst_builderoptionpages.moc"

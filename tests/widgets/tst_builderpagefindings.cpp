// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// TemplateCreation::check's findings on the builder's buttons, carousel, offer and
// authentication pages: each lands on the field that shows its value, a finding of another
// component is left to its page, and a click on it focuses that field.
#include "core/templates/templatecreation.h"
#include "widgets/composer/fieldassist.h"
#include "widgets/templatebuilder/builderauthenticationpage.h"
#include "widgets/templatebuilder/builderbuttonspage.h"
#include "widgets/templatebuilder/buildercarouselpage.h"
#include "widgets/templatebuilder/builderofferpage.h"

#include <QApplication>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Wac::BuilderFieldsPage> makePage(const QString &kind)
{
    if (kind == u"buttons"_s)
        return std::make_unique<Wac::BuilderButtonsPage>();
    if (kind == u"carousel"_s)
        return std::make_unique<Wac::BuilderCarouselPage>();
    if (kind == u"offer"_s)
        return std::make_unique<Wac::BuilderOfferPage>();
    return std::make_unique<Wac::BuilderAuthenticationPage>();
}

QString listed(const QList<Wac::Diagnostic> &findings)
{
    QStringList lines;
    for (const Wac::Diagnostic &d : findings)
        lines << d.pointer + u' ' + d.code;
    return lines.join(u'\n');
}

} // namespace

class TestBuilderPageFindings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void findingAtItsField_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("definition");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        // Addresses are written "https:\/\/" (moc takes "//" in a string for a comment).
        const QByteArray marketing = R"("name":"t","language":"en_US","category":"MARKETING")";
        QTest::newRow("button text too long")
            << u"buttons"_s
            << QByteArray("{" + marketing + R"(,"components":[{"type":"BODY","text":"Hi"},
                   {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY",
                   "text":"This label is far too long for Meta"}]}]})")
            << u"/components/1/buttons/0/text"_s << u"components.buttons.text.tooLong"_s
            << u"textLineEdit"_s;
        QTest::newRow("url variable example missing")
            << u"buttons"_s
            << QByteArray("{" + marketing + R"(,"components":[{"type":"BODY","text":"Hi"},
                   {"type":"BUTTONS","buttons":[{"type":"URL","text":"Go",
                   "url":"https:\/\/e.com/{{1}}"}]}]})")
            << u"/components/1/buttons/0/example"_s << QString() << u"urlExampleLineEdit"_s;
        QTest::newRow("offer text too long")
            << u"offer"_s << QByteArray("{" + marketing + R"(,"components":[
                   {"type":"LIMITED_TIME_OFFER","limited_time_offer":{"text":"Far too long an offer"}},
                   {"type":"BODY","text":"Hi"}]})")
            << u"/components/0/limited_time_offer/text"_s << QString() << u"offerTextLineEdit"_s;
        QTest::newRow("one card") << u"carousel"_s
                                  << QByteArray("{" + marketing
                                         + R"(,"components":[{"type":"BODY","text":"Hi"},
                   {"type":"CAROUSEL","cards":[{"components":[{"type":"HEADER","format":"IMAGE",
                   "example":{"header_handle":["4::a"]}},{"type":"BUTTONS","buttons":[
                   {"type":"QUICK_REPLY","text":"More"}]}]}]}]})")
                                  << u"/components/1/cards"_s << QString() << u"cardsList"_s;
        QTest::newRow("code expiry over 90")
            << u"authentication"_s
            << QByteArray(R"({"name":"otp","language":"en_US","category":"AUTHENTICATION",
                   "components":[{"type":"BODY","add_security_recommendation":true},
                   {"type":"FOOTER","code_expiration_minutes":120},
                   {"type":"BUTTONS","buttons":[{"type":"OTP","otp_type":"COPY_CODE",
                   "text":"Copy code"}]}]})")
            << u"/components/1/code_expiration_minutes"_s << QString() << u"expirationSpinBox"_s;
    }

    void findingAtItsField()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, definition);
        QFETCH(QString, pointer);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(definition, &error).object();
        QCOMPARE(error.errorString(), QJsonParseError().errorString());
        const QList<Wac::Diagnostic> findings = Wac::TemplateCreation::check(json);
        const auto found = std::find_if(findings.cbegin(), findings.cend(),
            [&](const Wac::Diagnostic &d) { return d.pointer == pointer; });
        QVERIFY2(found != findings.cend(), qPrintable(listed(findings)));
        if (!code.isEmpty())
            QCOMPARE(found->code, code);
        const std::unique_ptr<Wac::BuilderFieldsPage> page = makePage(kind);
        page->show();
        page->load(json);
        page->setRevealAll(true);
        page->showFindings(findings, json);
        QWidget *shown = page->fieldFor(pointer, json);
        QVERIFY(shown);
        QCOMPARE(shown->objectName(), field);
        QWidget *line = Wac::FieldAssist::problemLine(shown);
        QVERIFY(line);
        QTRY_VERIFY(line->isVisible());
        QVERIFY(page->focusPointer(pointer, json));
        if (shown->focusPolicy() != Qt::NoFocus)
            QTRY_COMPARE(QApplication::focusWidget(), shown);
        // Fixed elsewhere: the next findings without it clear the line.
        page->showFindings({}, json);
        QVERIFY(!line->isVisible());
    }
};

QTEST_MAIN(TestBuilderPageFindings)
#include "tst_builderpagefindings.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The builder's buttons, carousel, offer and authentication pages, each filled with a seed
// template, at the builder's narrowest width, in both themes: no text is cut. With
// WACONSOLE_SCREENSHOT_DIR set, each is written there as pages-<page>-<theme>.png (run it
// with LANGUAGE=ru for the Russian ones).
#include "core/translator.h"
#include "widgets/templatebuilder/builderauthenticationpage.h"
#include "widgets/templatebuilder/builderbuttonspage.h"
#include "widgets/templatebuilder/buildercarouselpage.h"
#include "widgets/templatebuilder/builderofferpage.h"
#include "widgets/theme.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScrollArea>
#include <QTest>

#include <memory>

#include "textfit.h"

using namespace Qt::StringLiterals;

namespace {

/// `definition` with its code button made one-tap for two apps (the release and a beta).
QJsonObject withOneTapApps(QJsonObject definition)
{
    QJsonArray components = definition.value(u"components").toArray();
    for (qsizetype i = 0; i < components.size(); ++i) {
        QJsonObject component = components.at(i).toObject();
        if (component.value(u"type").toString() != u"BUTTONS"_s)
            continue;
        component.insert(u"buttons"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"OTP"_s}, {u"otp_type"_s, u"ONE_TAP"_s},
                {u"text"_s, u"Copy code"_s}, {u"autofill_text"_s, u"Autofill"_s},
                {u"supported_apps"_s,
                    QJsonArray {QJsonObject {{u"package_name"_s, u"com.example.luckyshrub"_s},
                                    {u"signature_hash"_s, u"K8a/AINcGX7"_s}},
                        QJsonObject {{u"package_name"_s, u"com.example.luckyshrub.beta"_s},
                            {u"signature_hash"_s, u"Zx9/BINcGX8"_s}}}}}});
        components.replace(i, component);
    }
    definition.insert(u"components"_s, components);
    return definition;
}

QJsonObject seedTemplate(const QString &name)
{
    QFile file(u":/sim/templates.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray all = QJsonDocument::fromJson(file.readAll()).object()[u"data"].toArray();
    for (const QJsonValue &value : all) {
        if (value[u"name"].toString() == name)
            return value.toObject();
    }
    return {};
}

std::unique_ptr<Wac::BuilderPage> makePage(const QString &kind)
{
    if (kind == u"buttons"_s)
        return std::make_unique<Wac::BuilderButtonsPage>();
    if (kind == u"carousel"_s)
        return std::make_unique<Wac::BuilderCarouselPage>();
    if (kind == u"offer"_s)
        return std::make_unique<Wac::BuilderOfferPage>();
    return std::make_unique<Wac::BuilderAuthenticationPage>();
}

} // namespace

class TestBuilderPageShots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase() { Wac::installTranslators(); }

    void pages_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("theme");
        const QList<QPair<QString, QString>> pages = {{u"buttons"_s, u"order_confirmation"_s},
            {u"carousel"_s, u"carousel_template_media_cards_v1"_s},
            {u"offer"_s, u"limited_time_offer_caribbean_pkg_2023"_s},
            {u"authentication"_s, u"verification_code"_s},
            {u"authentication-one-tap"_s, u"verification_code"_s}};
        for (const auto &[kind, seed] : pages) {
            for (const QString &theme : {u"light"_s, u"dark"_s})
                QTest::newRow(qPrintable(kind + u' ' + theme)) << kind << seed << theme;
        }
    }

    void pages()
    {
        QFETCH(QString, kind);
        QFETCH(QString, seed);
        QFETCH(QString, theme);
        Wac::Theme::apply(theme == u"dark"_s ? Wac::Theme::Mode::Dark : Wac::Theme::Mode::Light);
        QJsonObject definition = seedTemplate(seed);
        QVERIFY(!definition.isEmpty());
        if (kind.endsWith(u"-one-tap"_s))
            definition = withOneTapApps(definition);
        // The builder shows a page in a scroll area beside the phone: about 460 pixels wide.
        QScrollArea area;
        area.setObjectName(u"builderScroll"_s);
        area.setWidgetResizable(true);
        std::unique_ptr<Wac::BuilderPage> page = makePage(kind);
        page->setObjectName(kind + u"Page"_s);
        page->load(definition);
        Wac::BuilderPage *shown = page.release();
        area.setWidget(shown);
        area.resize(460, 900);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QTest::qWait(20);
        const QStringList clipped = Wac::Test::clippedTexts(&area);
        const QString out = qEnvironmentVariable("WACONSOLE_SCREENSHOT_DIR");
        if (!out.isEmpty()) {
            QDir().mkpath(out);
            const QString language = qEnvironmentVariable("LANGUAGE").section(u':', 0, 0);
            const QString suffix =
                language.isEmpty() || language.startsWith(u"en"_s) ? QString() : u'-' + language;
            // The whole page, not only what the scroll area shows.
            shown->resize(460, shown->sizeHint().height());
            QVERIFY(
                shown->grab().save(out + u"/pages-"_s + kind + u'-' + theme + suffix + u".png"_s));
        }
        Wac::Theme::apply(Wac::Theme::Mode::Light);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    }
};

QTEST_MAIN(TestBuilderPageShots)
#include "tst_builderpageshots.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The builder's buttons, carousel, offer and authentication pages give back what they were
// given: every template of the simulator's seed and every creation example of
// cloud-api-2026.md, loaded into a page and stored again, is the same JSON (lower-case types,
// unknown keys and the order of components included).
#include "widgets/templatebuilder/builderauthenticationpage.h"
#include "widgets/templatebuilder/builderbuttonspage.h"
#include "widgets/templatebuilder/buildercarouselpage.h"
#include "widgets/templatebuilder/builderofferpage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QJsonArray templatesIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"data").toArray();
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

class TestBuilderPagesRoundTrip final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void roundTrip_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("definition");
        const QList<QPair<QString, QJsonArray>> sources = {
            {u"seed"_s, templatesIn(u":/sim/templates.json"_s)},
            {u"2026"_s, templatesIn(QStringLiteral(WACONSOLE_TEMPLATES_2026))}};
        int rows = 0;
        for (const auto &[source, templates] : sources) {
            QVERIFY2(templates.size() > 5, qPrintable(source));
            for (const QJsonValue &value : templates) {
                const QJsonObject definition = value.toObject();
                const bool authentication =
                    definition.value(u"category").toString().toUpper() == u"AUTHENTICATION"_s;
                // The authentication page stands in for the body, footer and buttons pages
                // only in authentication templates (the builder shows it there alone).
                const QStringList kinds = authentication
                    ? QStringList {u"authentication"_s, u"carousel"_s, u"offer"_s}
                    : QStringList {u"buttons"_s, u"carousel"_s, u"offer"_s};
                for (const QString &kind : kinds) {
                    const QString name = source + u' ' + definition.value(u"name").toString() + u' '
                        + definition.value(u"language").toString() + u' ' + kind;
                    QTest::newRow(qPrintable(name)) << kind << definition;
                    ++rows;
                }
            }
        }
        QVERIFY(rows > 90);
    }

    void roundTrip()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, definition);
        const std::unique_ptr<Wac::BuilderPage> page = makePage(kind);
        page->load(definition);
        QJsonObject stored = definition;
        page->store(stored);
        QCOMPARE(QJsonDocument(stored).toJson(), QJsonDocument(definition).toJson());
        // Storing over a definition that was changed elsewhere keeps that change.
        QJsonObject renamed = definition;
        renamed.insert(u"name", u"renamed"_s);
        page->store(renamed);
        QCOMPARE(renamed.value(u"name").toString(), u"renamed"_s);
    }
};

QTEST_MAIN(TestBuilderPagesRoundTrip)
#include "tst_builderpagesroundtrip.moc"

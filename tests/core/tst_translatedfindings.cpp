// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// A finding reads in the user's language all through: the words the validator puts into a
// translated message (a carousel card's parts) go through the translator too.
#include "core/validation/validator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTest>
#include <QTranslator>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;

namespace {

// A translation that marks what it translates, so that the test sees which words went
// through tr() without a .qm file (the lead owns the .ts files).
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArrayView(context) != "Wac")
            return QString();
        return u"<"_s + QString::fromUtf8(source) + u">"_s;
    }

    bool isEmpty() const override { return false; }
};

} // namespace

class TestTranslatedFindings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void carouselCardPartsAreTranslated();
};

void TestTranslatedFindings::carouselCardPartsAreTranslated()
{
    QJsonObject body = Wac::Test::loadValidPayload(u"ref-template-media-carousel"_s);
    QJsonObject tpl = body.value(u"template").toObject();
    QJsonArray components = tpl.value(u"components").toArray();
    QJsonObject carousel = components.at(1).toObject();
    QJsonArray cards = carousel.value(u"cards").toArray();
    QJsonObject card = cards.at(2).toObject();
    QJsonArray parts = card.value(u"components").toArray();
    parts.removeAt(2); // the third card loses its url button
    card.insert(u"components"_s, parts);
    cards.replace(2, card);
    carousel.insert(u"cards"_s, cards);
    components.replace(1, carousel);
    tpl.insert(u"components"_s, components);
    body.insert(u"template"_s, tpl);

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QString message;
    for (const Wac::Diagnostic &d : Wac::validate(body)) {
        if (d.code == u"template.components.cards.components.mismatch"_s)
            message = d.message;
    }
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(!message.isEmpty(), "the card that lost its button is a mismatch");
    QVERIFY2(message.contains(u"<image header>"_s), qPrintable(message));
    // The button's kind is its sub_type, as the JSON writes it; the rest is translated.
    QVERIFY2(message.contains(u"<quick_reply button 0>"_s), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestTranslatedFindings)
#include "tst_translatedfindings.moc"

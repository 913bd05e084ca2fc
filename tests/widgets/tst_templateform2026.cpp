// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The template page's form for the kinds Meta added through 2026, driven as a user drives it:
// what is typed into the fields each definition generates makes Meta's send, and Meta's send
// loaded back fills the same fields and comes out byte for byte.
#include "core/templates/templatecomponents.h"
#include "widgets/composer/items/sectioneditor.h"
#include "widgets/composer/mediasourceeditor.h"
#include "widgets/composer/pages/templatecomposerpage.h"
#include "widgets/composer/repeatedlist.h"
#include "widgets/composer/templateform.h"
#include "widgets/composer/templatesloteditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include "templateform2026fixture.h"

using namespace Qt::StringLiterals;
using namespace Wac;
namespace Form2026 = Wac::Test::Form2026;

namespace {

using namespace Wac::Test::Form2026;

QPushButton *addButton(RepeatedList *listOwner)
{
    // The list's own, not that of a list nested in one of its elements.
    return listOwner->findChild<QPushButton *>(u"addPushButton"_s, Qt::FindDirectChildrenOnly);
}

// An MPM button's sections, added and typed into one by one.
void typeSections(QWidget *editor, const QJsonArray &sections)
{
    auto *list = editor->findChild<RepeatedList *>();
    for (qsizetype s = 0; s < sections.size(); ++s) {
        QTest::mouseClick(addButton(list), Qt::LeftButton);
        settle();
        auto *section = list->itemAs<SectionEditor>(int(s));
        type(lines(section).first(), sections.at(s)[u"title"].toString());
        const QJsonArray items = sections.at(s)[u"product_items"].toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QTest::mouseClick(addButton(section->findChild<RepeatedList *>()), Qt::LeftButton);
            settle();
            type(lines(section).last(), items.at(i)[u"product_retailer_id"].toString());
        }
    }
}

// Types `value` into the editor of its slot, as a user would fill that kind of field.
void fill(TemplateSlotEditor *editor, const TemplateParameter &value)
{
    using K = TemplateSlot::Kind;
    const QList<QLineEdit *> edits = lines(editor);
    switch (editor->templateSlot().kind) {
    case K::HeaderMedia: {
        auto *media = editor->findChild<MediaSourceEditor *>();
        QTest::mouseClick(media->findChild<QRadioButton *>(
                              value.media.id ? u"idRadioButton"_s : u"linkRadioButton"_s),
            Qt::LeftButton);
        type(lines(editor).first(), value.media.id.value_or(value.media.link.value_or(QString())));
        break;
    }
    case K::CardProduct:
        type(edits.at(0), value.object[u"product_retailer_id"].toString());
        type(edits.at(1), value.object[u"catalog_id"].toString());
        break;
    case K::OfferExpiration:
        editor->findChild<QDateTimeEdit *>()->setDateTime(
            QDateTime::fromMSecsSinceEpoch(qint64(value.object[u"expiration_time_ms"].toDouble())));
        break;
    case K::ButtonOrderDetails:
        editor->findChild<QPlainTextEdit *>()->setPlainText(
            QString::fromUtf8(QJsonDocument(value.object[u"order_details"].toObject()).toJson()));
        break;
    case K::ButtonMpm:
        type(edits.at(0), value.object[u"thumbnail_product_retailer_id"].toString());
        typeSections(editor, value.object[u"sections"].toArray());
        break;
    case K::ButtonCatalog:
        type(edits.at(0), value.object[u"thumbnail_product_retailer_id"].toString());
        break;
    case K::ButtonTtl:
        type(edits.at(0), value.ttlMinutes ? QString::number(*value.ttlMinutes) : QString());
        break;
    case K::ButtonPayload:
        type(edits.at(0), value.payload.value_or(QString()));
        break;
    case K::ButtonCoupon:
        type(edits.at(0), value.couponCode.value_or(QString()));
        break;
    case K::OrderStatus: {
        type(edits.at(0), value.object[u"reference_id"].toString());
        auto *status = editor->findChild<QComboBox *>();
        status->setCurrentIndex(status->findData(value.object[u"order"][u"status"].toString()));
        type(edits.at(1), value.object[u"order"][u"description"].toString());
        break;
    }
    case K::TapTarget:
        if (!TemplateSlots::isEmpty(value)) {
            auto *group = editor->findChild<QGroupBox *>();
            group->setFocus();
            QTest::keyClick(group, Qt::Key_Space); // turns the override on
            type(edits.at(0), value.list.at(0)[u"title"].toString());
            type(edits.at(1), value.list.at(0)[u"url"].toString());
        }
        break;
    default:
        type(edits.at(0), value.text.value_or(QString()));
    }
}

} // namespace

class TestTemplateForm2026 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typedFormMakesMetasSend_data();
    void typedFormMakesMetasSend();

    void metasSendLoadsIntoTheForm_data() { typedFormMakesMetasSend_data(); }

    void metasSendLoadsIntoTheForm();
    void productCardsAreAddedAndRemoved();
    void mpmCountsProductsAgainstThirty();

private:
    std::unique_ptr<TemplateComposerPage> newPage() const { return Form2026::newPage(m_file); }

    TemplateDefinition definition(const QString &name) const
    {
        return Form2026::definition(m_file, name);
    }

    QJsonObject payload(const QString &name) const { return Form2026::payload(m_file, name); }

    QJsonObject m_file;
};

void TestTemplateForm2026::initTestCase()
{
    m_file = Form2026::loadFile();
    QVERIFY(!m_file.isEmpty());
}

void TestTemplateForm2026::typedFormMakesMetasSend_data()
{
    QTest::addColumn<QString>("name");
    for (const QJsonValue &d : m_file[u"data"].toArray())
        QTest::newRow(qPrintable(d[u"name"].toString())) << d[u"name"].toString();
}

void TestTemplateForm2026::typedFormMakesMetasSend()
{
    QFETCH(QString, name);
    const QJsonObject sent = m_file[u"sends"][name].toObject();
    TemplateDefinition d = definition(name);
    auto page = newPage();
    page->useDefinition(d);
    settle();
    QVERIFY(page->isFormMode());
    auto *form = page->findChild<TemplateForm *>();
    // A product carousel sends more cards than it was approved with: add them as a user does.
    while (d.cardsRepeat() && d.cards.size() < TemplateSlots::cardsSent(sent)) {
        QTest::mouseClick(form->findChild<QPushButton *>(u"addCardButton"_s), Qt::LeftButton);
        d = d.withCardCount(int(d.cards.size()) + 1);
        QTRY_COMPARE(form->definition().cards.size(), d.cards.size());
        settle();
    }
    const QList<TemplateParameter> values = TemplateSlots::read(d, sent);
    const QList<TemplateSlotEditor *> editors = form->findChildren<TemplateSlotEditor *>();
    QCOMPARE(editors.size(), values.size());
    for (qsizetype i = 0; i < editors.size(); ++i)
        fill(editors.at(i), values.at(i));
    const QJsonObject made = page->message().toJson().value(u"template").toObject();
    QCOMPARE(made.value(u"name"), sent.value(u"name"));
    // Written fresh: numeric indexes and lower-case sub_types, Meta's spelling aside.
    const QJsonArray spelled = TemplateComponents::spelledAs(
        made.value(u"components").toArray(), sent.value(u"components").toArray());
    QCOMPARE(
        QJsonDocument(spelled).toJson(), QJsonDocument(sent[u"components"].toArray()).toJson());
}

void TestTemplateForm2026::metasSendLoadsIntoTheForm()
{
    QFETCH(QString, name);
    auto page = newPage();
    page->setMessage(OutgoingMessage::fromJson(payload(name)));
    QVERIFY2(page->isFormMode(), "Meta's send opens in the definition's form");
    QCOMPARE(page->message().toJson(), payload(name));
    // The fields hold the values: typing one changes the send where it belongs.
    auto *form = page->findChild<TemplateForm *>();
    QVERIFY(!form->findChildren<TemplateSlotEditor *>().isEmpty());
}

void TestTemplateForm2026::productCardsAreAddedAndRemoved()
{
    auto page = newPage();
    page->setMessage(OutgoingMessage::fromJson(payload(u"carousel_template_product_cards_v1"_s)));
    auto *form = page->findChild<TemplateForm *>();
    QCOMPARE(form->definition().cards.size(), 3);
    QCOMPARE(form->findChild<QLabel *>(u"cardCountLabel"_s)->text(), u"Cards: 3/10"_s);
    settle();
    QTest::mouseClick(form->findChild<QPushButton *>(u"removeCardButton"_s), Qt::LeftButton);
    QTRY_COMPARE(form->definition().cards.size(), 2);
    const QJsonArray cards =
        page->message().toJson()[u"template"][u"components"][1][u"cards"].toArray();
    QCOMPARE(cards.size(), 2);
    // The cards kept are the first two, with what they held.
    QCOMPARE(cards.at(1)[u"components"][0][u"parameters"][0][u"product"][u"product_retailer_id"]
                 .toString(),
        u"va2l5ioeat"_s);
    QCOMPARE(form->findChild<QLabel *>(u"cardCountLabel"_s)->text(), u"Cards: 2/10"_s);
    // A finding about the second card's product is shown at its field.
    auto *field = qobject_cast<QLineEdit *>(
        page->fieldFor(u"/template/components/1/cards/1/components/0/parameters/0"_s));
    QVERIFY(field);
    QCOMPARE(field->text(), u"va2l5ioeat"_s);
}

void TestTemplateForm2026::mpmCountsProductsAgainstThirty()
{
    auto page = newPage();
    page->setMessage(OutgoingMessage::fromJson(payload(u"abandoned_cart"_s)));
    QVERIFY(page->isFormMode());
    auto *form = page->findChild<TemplateForm *>();
    QLabel *total = nullptr;
    for (QLabel *label : form->findChildren<QLabel *>()) {
        if (label->text().startsWith(u"Products: "_s))
            total = label;
    }
    QVERIFY(total);
    QCOMPARE(total->text(), u"Products: 3/30"_s);
    auto *section = form->findChild<SectionEditor *>();
    settle();
    QTest::mouseClick(addButton(section->findChild<RepeatedList *>()), Qt::LeftButton);
    settle();
    QCOMPARE(total->text(), u"Products: 4/30"_s);
    type(lines(section).last(), u"extra-1"_s);
    const QJsonArray items = page->message()
                                 .toJson()[u"template"][u"components"][2][u"parameters"][0]
                                          [u"action"][u"sections"][0][u"product_items"]
                                 .toArray();
    QCOMPARE(items.last()[u"product_retailer_id"].toString(), u"extra-1"_s);
}

QTEST_MAIN(TestTemplateForm2026)
#include "tst_templateform2026.moc"

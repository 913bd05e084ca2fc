// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Every type's page driven as a user would: typing builds exactly the expected payload, a
// loaded payload shows in the fields, an edit of the JSON tab reaches the form, and a value
// over its limit is named beside its field and in the problem list, with Send disabled.
#include "core/jsonpointer.h"
#include "widgets/composer/fieldassist.h"
#include "widgets/mainwindow.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include "formdriver.h"

using namespace Qt::StringLiterals;
using Wac::MessageType;

class TestComposer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingBuildsThePayload_data();
    void typingBuildsThePayload();
    void loadedPayloadShowsInTheFields_data();
    void loadedPayloadShowsInTheFields();
    void jsonTabEditReachesTheForm_data();
    void jsonTabEditReachesTheForm();
    void overLimitIsNamedBesideTheField_data();
    void overLimitIsNamedBesideTheField();
    void aLinkFieldShowsAnExampleOfItsKind_data();
    void aLinkFieldShowsAnExampleOfItsKind();

private:
    static QJsonObject example(const QString &id);
    static QString text(QWidget *field);
};

QJsonObject TestComposer::example(const QString &id)
{
    QFile file(u":/examples/"_s + id + u".json"_s);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

QString TestComposer::text(QWidget *field)
{
    if (auto *line = qobject_cast<QLineEdit *>(field))
        return line->text();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(field))
        return edit->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(field))
        return combo->currentText();
    return u"<not a text field>"_s;
}

void TestComposer::typingBuildsThePayload_data()
{
    QTest::addColumn<MessageType>("type");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("content"); ///< the type's own part of the expected body

    using T = MessageType;
    QTest::newRow("text") << T::Text
                          << QStringList {u"bodyTextEdit=Hello *there*"_s, u"previewUrlCheckBox!"_s}
                          << uR"("text":{"body":"Hello *there*","preview_url":true})"_s;
    QTest::newRow("image")
        << T::Image
        << QStringList {u"sourceEditor/linkRadioButton!"_s,
               u"sourceEditor/linkLineEdit=https://example.com/a.jpg"_s,
               u"captionTextEdit=Our shop"_s}
        << uR"("image":{"link":"https://example.com/a.jpg","caption":"Our shop"})"_s;
    QTest::newRow("audio") << T::Audio
                           << QStringList {u"sourceEditor/idLineEdit=1234567890"_s,
                                  u"voiceCheckBox!"_s}
                           << uR"("audio":{"id":"1234567890","voice":true})"_s;
    QTest::newRow("video") << T::Video
                           << QStringList {u"sourceEditor/idLineEdit=987"_s,
                                  u"captionTextEdit=Tour"_s}
                           << uR"("video":{"id":"987","caption":"Tour"})"_s;
    QTest::newRow("document")
        << T::Document
        << QStringList {u"sourceEditor/idLineEdit=555"_s, u"captionTextEdit=Invoice"_s,
               u"filenameLineEdit=inv.pdf"_s}
        << uR"("document":{"id":"555","caption":"Invoice","filename":"inv.pdf"})"_s;
    QTest::newRow("sticker") << T::Sticker << QStringList {u"sourceEditor/idLineEdit=7988"_s}
                             << uR"("sticker":{"id":"7988"})"_s;
    QTest::newRow("location")
        << T::Location
        << QStringList {u"latitudeLineEdit=37.4847"_s, u"longitudeLineEdit=-122.1473"_s,
               u"nameLineEdit=Philz"_s, u"addressLineEdit=101 Forest Ave"_s}
        << uR"("location":{"latitude":37.4847,"longitude":-122.1473,"name":"Philz","address":"101 Forest Ave"})"_s;
    QTest::newRow("contacts")
        << T::Contacts
        << QStringList {u"contactsList/0/formattedNameLineEdit=Pablo Morales"_s,
               u"contactsList/0/firstNameLineEdit=Pablo"_s, u"contactsList/0/phonesList/add!"_s,
               u"contactsList/0/phonesList/0/valueLineEdit=+1 650 555 1234"_s,
               u"contactsList/0/phonesList/0/typeComboBox=WORK"_s,
               u"contactsList/0/birthdayCheckBox!"_s}
        << uR"("contacts":[{"name":{"formatted_name":"Pablo Morales","first_name":"Pablo"},
               "phones":[{"phone":"+1 650 555 1234","type":"WORK"}],"birthday":"1990-01-01"}])"_s;
    QTest::newRow("reply buttons")
        << T::InteractiveButton
        << QStringList {u"interactiveFields/bodyTextEdit=Pick one"_s, u"buttonsList/add!"_s,
               u"buttonsList/0/titleLineEdit=Yes"_s, u"buttonsList/0/idLineEdit=yes"_s,
               u"buttonsList/add!"_s, u"buttonsList/1/titleLineEdit=No"_s,
               u"buttonsList/1/idLineEdit=no"_s}
        << uR"("interactive":{"type":"button","body":{"text":"Pick one"},"action":{"buttons":[
               {"type":"reply","reply":{"id":"yes","title":"Yes"}},
               {"type":"reply","reply":{"id":"no","title":"No"}}]}})"_s;
    QTest::newRow("list")
        << T::InteractiveList
        << QStringList {u"interactiveFields/headerTypeComboBox@text"_s,
               u"interactiveFields/headerTextLineEdit=Menu"_s,
               u"interactiveFields/bodyTextEdit=Choose"_s, u"listButtonLineEdit=Open"_s,
               u"sectionsList/add!"_s, u"sectionsList/0/titleLineEdit=Mains"_s,
               u"sectionsList/0/itemsList/add!"_s,
               u"sectionsList/0/itemsList/0/titleLineEdit=Soup"_s,
               u"sectionsList/0/itemsList/0/idLineEdit=soup"_s,
               u"sectionsList/0/itemsList/0/descriptionLineEdit=Hot"_s}
        << uR"("interactive":{"type":"list","header":{"type":"text","text":"Menu"},
               "body":{"text":"Choose"},"action":{"button":"Open","sections":[{"title":"Mains",
               "rows":[{"id":"soup","title":"Soup","description":"Hot"}]}]}})"_s;
    QTest::newRow("cta url")
        << T::InteractiveCtaUrl
        << QStringList {u"interactiveFields/bodyTextEdit=See offer"_s,
               u"displayTextLineEdit=Open"_s, u"urlLineEdit=https://example.com"_s}
        << uR"("interactive":{"type":"cta_url","body":{"text":"See offer"},"action":{"name":"cta_url",
               "parameters":{"display_text":"Open","url":"https://example.com"}}})"_s;
    QTest::newRow("flow")
        << T::InteractiveFlow
        << QStringList {u"interactiveFields/bodyTextEdit=Book"_s, u"flowIdLineEdit=123"_s,
               u"flowCtaLineEdit=Book now"_s, u"flowTokenLineEdit=tok"_s, u"modeComboBox@draft"_s,
               u"flowActionComboBox@navigate"_s, u"screenLineEdit=START"_s,
               u"dataTextEdit={\"a\": 1}"_s}
        << uR"("interactive":{"type":"flow","body":{"text":"Book"},"action":{"name":"flow",
               "parameters":{"flow_message_version":"3","flow_id":"123","flow_cta":"Book now",
               "flow_token":"tok","mode":"draft","flow_action":"navigate",
               "flow_action_payload":{"screen":"START","data":{"a":1}}}}})"_s;
    QTest::newRow("location request")
        << T::InteractiveLocationRequest
        << QStringList {u"interactiveFields/bodyTextEdit=Where are you?"_s}
        << uR"("interactive":{"type":"location_request_message","body":{"text":"Where are you?"},
               "action":{"name":"send_location"}})"_s;
    QTest::newRow("address")
        << T::InteractiveAddress
        << QStringList {u"interactiveFields/bodyTextEdit=Address please"_s, u"countryComboBox=IN"_s}
        << uR"("interactive":{"type":"address_message","body":{"text":"Address please"},
               "action":{"name":"address_message","parameters":{"country":"IN"}}})"_s;
    QTest::newRow("product")
        << T::InteractiveProduct
        << QStringList {u"catalogIdLineEdit=cat1"_s, u"productRetailerIdLineEdit=sku1"_s}
        << uR"("interactive":{"type":"product","action":{"catalog_id":"cat1","product_retailer_id":"sku1"}})"_s;
    QTest::newRow("product list")
        << T::InteractiveProductList
        << QStringList {u"interactiveFields/headerTypeComboBox@text"_s,
               u"interactiveFields/headerTextLineEdit=Picks"_s,
               u"interactiveFields/bodyTextEdit=Our picks"_s, u"catalogIdLineEdit=cat1"_s,
               u"sectionsList/add!"_s, u"sectionsList/0/titleLineEdit=Top"_s,
               u"sectionsList/0/itemsList/add!"_s,
               u"sectionsList/0/itemsList/0/productRetailerIdLineEdit=sku1"_s}
        << uR"("interactive":{"type":"product_list","header":{"type":"text","text":"Picks"},
               "body":{"text":"Our picks"},"action":{"catalog_id":"cat1","sections":[{"title":"Top",
               "product_items":[{"product_retailer_id":"sku1"}]}]}})"_s;
    QTest::newRow("catalog")
        << T::InteractiveCatalog
        << QStringList {u"interactiveFields/bodyTextEdit=Browse"_s, u"thumbnailLineEdit=sku1"_s}
        << uR"("interactive":{"type":"catalog_message","body":{"text":"Browse"},"action":{
               "name":"catalog_message","parameters":{"thumbnail_product_retailer_id":"sku1"}}})"_s;
    QTest::newRow("template")
        << T::Template
        << QStringList {u"nameLineEdit=order_update"_s, u"componentsList/add!"_s,
               u"componentsList/0/parametersList/add!"_s,
               u"componentsList/0/parametersList/0/textLineEdit=Pablo"_s, u"componentsList/add!"_s,
               u"componentsList/1/typeComboBox@button"_s, u"componentsList/1/subTypeComboBox@url"_s,
               u"componentsList/1/indexSpinBox=0"_s}
        << uR"("template":{"name":"order_update","language":{"code":"en_US"},"components":[
               {"type":"body","parameters":[{"type":"text","text":"Pablo"}]},
               {"type":"button","sub_type":"url","index":0}]})"_s;
    QTest::newRow("reaction") << T::Reaction
                              << QStringList {u"messageIdLineEdit=wamid.ABC"_s,
                                     u"emojiToolButton!"_s, u"emojiPicker/emoji0ToolButton!"_s}
                              << uR"("reaction":{"message_id":"wamid.ABC","emoji":"👍"})"_s;
    QTest::newRow("mark as read")
        << T::MarkAsRead
        << QStringList {u"messageIdLineEdit=wamid.XYZ"_s, u"typingIndicatorCheckBox!"_s}
        << uR"("message_id":"wamid.XYZ","typing_indicator":{"type":"text"})"_s;
}

void TestComposer::typingBuildsThePayload()
{
    QFETCH(MessageType, type);
    QFETCH(QStringList, steps);
    QFETCH(QString, content);
    Wac::MainWindow window;
    window.show();
    QTest::keyClicks(window.findChild<QLineEdit *>(u"recipientLineEdit"_s), u"+16505551234"_s);
    Wac::Test::chooseType(window, type);
    const QString problem = Wac::Test::drive(Wac::Test::currentPage(window), steps);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Mark as read has no envelope: the recipient typed before stays out of it.
    const QString envelope = type == MessageType::MarkAsRead
        ? uR"("messaging_product":"whatsapp","status":"read")"_s
        : uR"("messaging_product":"whatsapp","recipient_type":"individual",
              "to":"+16505551234","type":"%1")"_s.arg(Wac::wireType(type));
    const QJsonObject expected =
        QJsonDocument::fromJson((u'{' + envelope + u',' + content + u'}').toUtf8()).object();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(window.message().toJson(), expected);
}

void TestComposer::loadedPayloadShowsInTheFields_data()
{
    QTest::addColumn<QString>("id"); ///< an example of resources/examples
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("shown");

    QTest::newRow("text") << u"text"_s << u"bodyTextEdit"_s
                          << u"Hi Pablo! Your *order #4512* has shipped 🌵\nTrack it here: "
                             "https://www.luckyshrub.com/track/4512"_s;
    QTest::newRow("image") << u"image"_s << u"sourceEditor/linkLineEdit"_s
                           << u"https://www.luckyshrub.com/assets/succulents/aloe.png"_s;
    QTest::newRow("audio") << u"audio"_s << u"sourceEditor/linkLineEdit"_s
                           << u"https://www.luckyshrub.com/media/voice/care-tips.ogg"_s;
    QTest::newRow("video") << u"video"_s << u"captionTextEdit"_s << u"Repotting in 60 seconds"_s;
    QTest::newRow("document") << u"document"_s << u"filenameLineEdit"_s
                              << u"lucky-shrub-invoice-4512.pdf"_s;
    QTest::newRow("sticker") << u"sticker"_s << u"sourceEditor/linkLineEdit"_s
                             << u"https://www.luckyshrub.com/stickers/cactus-hello.webp"_s;
    QTest::newRow("location") << u"location"_s << u"latitudeLineEdit"_s << u"37.44216251868683"_s;
    QTest::newRow("contacts") << u"contacts"_s << u"contactsList/0/emailsList/0/valueLineEdit"_s
                              << u"pablo@luckyshrub.com"_s;
    QTest::newRow("reply buttons")
        << u"interactive.button"_s << u"buttonsList/2/titleLineEdit"_s << u"Another day"_s;
    QTest::newRow("list") << u"interactive.list"_s
                          << u"sectionsList/1/itemsList/1/descriptionLineEdit"_s
                          << u"Grafted, colourful top"_s;
    QTest::newRow("cta url") << u"interactive.cta_url"_s
                             << u"interactiveFields/headerMediaEditor/linkLineEdit"_s
                             << u"https://www.luckyshrub.com/assets/succulents/aloe.png"_s;
    QTest::newRow("flow") << u"interactive.flow"_s << u"screenLineEdit"_s << u"CHOOSE_DATE"_s;
    QTest::newRow("location request")
        << u"interactive.location_request_message"_s << u"interactiveFields/bodyTextEdit"_s
        << u"Let's start with your pickup. You can either manually *enter an address* or "
           "*share your current location*."_s;
    QTest::newRow("address") << u"interactive.address_message"_s << u"countryComboBox"_s << u"IN"_s;
    QTest::newRow("product") << u"interactive.product"_s << u"productRetailerIdLineEdit"_s
                             << u"planter-terracotta-12"_s;
    QTest::newRow("product list") << u"interactive.product_list"_s
                                  << u"sectionsList/1/itemsList/0/productRetailerIdLineEdit"_s
                                  << u"planter-terracotta-12"_s;
    QTest::newRow("catalog") << u"interactive.catalog_message"_s << u"thumbnailLineEdit"_s
                             << u"aloe-vera-s"_s;
    QTest::newRow("template") << u"template"_s
                              << u"componentsList/1/parametersList/2/fallbackLineEdit"_s
                              << u"$100.99"_s;
    QTest::newRow("reaction") << u"reaction"_s << u"emojiLineEdit"_s << u"👍"_s;
    QTest::newRow("mark as read")
        << u"read"_s << u"messageIdLineEdit"_s
        << u"wamid.HBgLMTY0NjcwNDM1OTUVAgASGBQzQTdCNTg5RjY1MEMyRjlGMjRGNgA="_s;
}

void TestComposer::loadedPayloadShowsInTheFields()
{
    QFETCH(QString, id);
    QFETCH(QString, path);
    QFETCH(QString, shown);
    Wac::MainWindow window;
    const QJsonObject payload = example(id);
    window.setMessage(Wac::OutgoingMessage::fromJson(payload));
    QCOMPARE(text(Wac::Test::field(Wac::Test::currentPage(window), path)), shown);
    QCOMPARE(window.message().toJson(), payload);
}

void TestComposer::jsonTabEditReachesTheForm_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("pointer"); ///< the value the JSON edit changes
    QTest::addColumn<QString>("path"); ///< the field that must show it

    QTest::newRow("text") << u"text"_s << u"/text/body"_s << u"bodyTextEdit"_s;
    QTest::newRow("image") << u"image"_s << u"/image/caption"_s << u"captionTextEdit"_s;
    QTest::newRow("audio") << u"audio"_s << u"/audio/link"_s << u"sourceEditor/linkLineEdit"_s;
    QTest::newRow("video") << u"video"_s << u"/video/link"_s << u"sourceEditor/linkLineEdit"_s;
    QTest::newRow("document") << u"document"_s << u"/document/filename"_s << u"filenameLineEdit"_s;
    QTest::newRow("sticker") << u"sticker"_s << u"/sticker/link"_s
                             << u"sourceEditor/linkLineEdit"_s;
    QTest::newRow("location") << u"location"_s << u"/location/name"_s << u"nameLineEdit"_s;
    QTest::newRow("contacts") << u"contacts"_s << u"/contacts/0/org/company"_s
                              << u"contactsList/0/companyLineEdit"_s;
    QTest::newRow("reply buttons")
        << u"interactive.button"_s << u"/interactive/action/buttons/1/reply/id"_s
        << u"buttonsList/1/idLineEdit"_s;
    QTest::newRow("list") << u"interactive.list"_s
                          << u"/interactive/action/sections/0/rows/1/title"_s
                          << u"sectionsList/0/itemsList/1/titleLineEdit"_s;
    QTest::newRow("cta url") << u"interactive.cta_url"_s << u"/interactive/action/parameters/url"_s
                             << u"urlLineEdit"_s;
    QTest::newRow("flow") << u"interactive.flow"_s << u"/interactive/action/parameters/flow_token"_s
                          << u"flowTokenLineEdit"_s;
    QTest::newRow("location request")
        << u"interactive.location_request_message"_s << u"/interactive/body/text"_s
        << u"interactiveFields/bodyTextEdit"_s;
    QTest::newRow("address") << u"interactive.address_message"_s
                             << u"/interactive/action/parameters/country"_s << u"countryComboBox"_s;
    QTest::newRow("product") << u"interactive.product"_s << u"/interactive/footer/text"_s
                             << u"interactiveFields/footerLineEdit"_s;
    QTest::newRow("product list") << u"interactive.product_list"_s
                                  << u"/interactive/action/sections/1/title"_s
                                  << u"sectionsList/1/titleLineEdit"_s;
    QTest::newRow("catalog") << u"interactive.catalog_message"_s
                             << u"/interactive/action/parameters/thumbnail_product_retailer_id"_s
                             << u"thumbnailLineEdit"_s;
    QTest::newRow("template") << u"template"_s << u"/template/components/2/parameters/0/text"_s
                              << u"componentsList/2/parametersList/0/textLineEdit"_s;
    QTest::newRow("reaction") << u"reaction"_s << u"/reaction/message_id"_s
                              << u"messageIdLineEdit"_s;
    QTest::newRow("mark as read") << u"read"_s << u"/message_id"_s << u"messageIdLineEdit"_s;
}

void TestComposer::jsonTabEditReachesTheForm()
{
    QFETCH(QString, id);
    QFETCH(QString, pointer);
    QFETCH(QString, path);
    Wac::MainWindow window;
    window.show();
    QJsonValue edited = example(id);
    QVERIFY(Wac::JsonPointer::assign(edited, pointer, u"Edited in JSON"_s));
    // Pasted over the text, then one more keystroke.
    auto *json = window.findChild<QPlainTextEdit *>(u"jsonTextEdit"_s);
    json->setFocus();
    json->selectAll();
    json->insertPlainText(QString::fromUtf8(QJsonDocument(edited.toObject()).toJson()));
    QTest::keyClick(json, Qt::Key_Space);
    QTRY_COMPARE(text(Wac::Test::field(Wac::Test::currentPage(window), path)), u"Edited in JSON"_s);
    QCOMPARE(window.message().toJson(), edited.toObject());

    // A broken edit leaves the form as it was and says where the text breaks.
    QTest::keyClick(json, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(json, u",oops"_s);
    auto *status = window.findChild<QLabel *>(u"jsonStatusLabel"_s);
    QTRY_VERIFY2(status->text().contains(u"line "_s), qPrintable(status->text()));
    QCOMPARE(window.message().toJson(), edited.toObject());
    QVERIFY(!window.findChild<QPushButton *>(u"sendPushButton"_s)->isEnabled());
}

void TestComposer::overLimitIsNamedBesideTheField_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("pointer"); ///< where the validator reports it

    const auto x = [](int n) { return QString(n, u'x'); };
    QTest::newRow("text") << u"text"_s << u"bodyTextEdit"_s << x(4097) << u"/text/body"_s;
    QTest::newRow("image") << u"image"_s << u"captionTextEdit"_s << x(1025) << u"/image/caption"_s;
    QTest::newRow("audio") << u"audio"_s << u"sourceEditor/linkLineEdit"_s
                           << u"https://e.com/"_s + x(2040) << u"/audio/link"_s;
    QTest::newRow("video") << u"video"_s << u"captionTextEdit"_s << x(1025) << u"/video/caption"_s;
    QTest::newRow("document") << u"document"_s << u"filenameLineEdit"_s << x(241)
                              << u"/document/filename"_s;
    QTest::newRow("sticker") << u"sticker"_s << u"sourceEditor/linkLineEdit"_s
                             << u"https://e.com/"_s + x(2040) << u"/sticker/link"_s;
    QTest::newRow("location") << u"location"_s << u"latitudeLineEdit"_s << u"95"_s
                              << u"/location/latitude"_s;
    QTest::newRow("contacts") << u"contacts"_s << u"contactsList/0/formattedNameLineEdit"_s
                              << x(1025) << u"/contacts/0/name/formatted_name"_s;
    QTest::newRow("reply buttons") << u"interactive.button"_s << u"buttonsList/0/titleLineEdit"_s
                                   << x(21) << u"/interactive/action/buttons/0/reply/title"_s;
    QTest::newRow("list") << u"interactive.list"_s << u"sectionsList/0/itemsList/0/titleLineEdit"_s
                          << x(25) << u"/interactive/action/sections/0/rows/0/title"_s;
    QTest::newRow("cta url") << u"interactive.cta_url"_s << u"displayTextLineEdit"_s << x(21)
                             << u"/interactive/action/parameters/display_text"_s;
    QTest::newRow("flow") << u"interactive.flow"_s << u"flowCtaLineEdit"_s << x(31)
                          << u"/interactive/action/parameters/flow_cta"_s;
    QTest::newRow("location request")
        << u"interactive.location_request_message"_s << u"interactiveFields/bodyTextEdit"_s
        << x(1025) << u"/interactive/body/text"_s;
    QTest::newRow("address") << u"interactive.address_message"_s
                             << u"interactiveFields/bodyTextEdit"_s << x(1025)
                             << u"/interactive/body/text"_s;
    QTest::newRow("product") << u"interactive.product"_s << u"productRetailerIdLineEdit"_s << x(257)
                             << u"/interactive/action/product_retailer_id"_s;
    QTest::newRow("product list") << u"interactive.product_list"_s
                                  << u"interactiveFields/headerTextLineEdit"_s << x(61)
                                  << u"/interactive/header/text"_s;
    QTest::newRow("catalog") << u"interactive.catalog_message"_s
                             << u"interactiveFields/footerLineEdit"_s << x(61)
                             << u"/interactive/footer/text"_s;
    QTest::newRow("template") << u"template"_s << u"nameLineEdit"_s << x(513)
                              << u"/template/name"_s;
    QTest::newRow("reaction") << u"reaction"_s << u"messageIdLineEdit"_s << x(129)
                              << u"/reaction/message_id"_s;
    QTest::newRow("mark as read") << u"read"_s << u"messageIdLineEdit"_s << x(129)
                                  << u"/message_id"_s;
}

void TestComposer::overLimitIsNamedBesideTheField()
{
    QFETCH(QString, id);
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, pointer);
    Wac::MainWindow window;
    window.show();
    window.setMessage(Wac::OutgoingMessage::fromJson(example(id)));
    auto *send = window.findChild<QPushButton *>(u"sendPushButton"_s);
    const QString problem = Wac::Test::drive(Wac::Test::currentPage(window), {path + u'=' + value});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QWidget *editor = Wac::Test::field(Wac::Test::currentPage(window), path);
    const auto shownBeside = [editor] {
        QWidget *line = Wac::FieldAssist::problemLine(editor);
        const QString text = line && line->isVisible()
            ? line->findChild<QLabel *>(u"problemLabel"_s)->text()
            : QString();
        return text.contains(u"too long"_s) || text.contains(u"between"_s);
    };
    QTRY_VERIFY(shownBeside());
    auto *tree = window.findChild<QTreeWidget *>(u"problemsTreeWidget"_s);
    bool listed = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        listed = listed || tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == pointer;
    QVERIFY2(listed, qPrintable(pointer));
    QVERIFY(!send->isEnabled());

    // A click on the problem takes the keyboard to the field.
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == pointer)
            Q_EMIT tree->itemClicked(tree->topLevelItem(i), 0);
    }
    QTRY_VERIFY(editor->hasFocus() || editor->isAncestorOf(QApplication::focusWidget()));
}

void TestComposer::aLinkFieldShowsAnExampleOfItsKind_data()
{
    QTest::addColumn<MessageType>("type");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("placeholder");

    QTest::newRow("image") << MessageType::Image << QStringList() << u"sourceEditor/linkLineEdit"_s
                           << u"https://example.com/photo.jpg"_s;
    QTest::newRow("document") << MessageType::Document << QStringList()
                              << u"sourceEditor/linkLineEdit"_s
                              << u"https://example.com/invoice.pdf"_s;
    QTest::newRow("document header")
        << MessageType::InteractiveCtaUrl
        << QStringList {u"interactiveFields/headerTypeComboBox@document"_s,
               u"interactiveFields/headerMediaEditor/linkRadioButton!"_s}
        << u"interactiveFields/headerMediaEditor/linkLineEdit"_s
        << u"https://example.com/invoice.pdf"_s;
}

void TestComposer::aLinkFieldShowsAnExampleOfItsKind()
{
    QFETCH(MessageType, type);
    QFETCH(QStringList, steps);
    QFETCH(QString, path);
    QFETCH(QString, placeholder);
    Wac::MainWindow window;
    window.show();
    Wac::Test::chooseType(window, type);
    const QString problem = Wac::Test::drive(Wac::Test::currentPage(window), steps);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    auto *link = qobject_cast<QLineEdit *>(Wac::Test::field(Wac::Test::currentPage(window), path));
    QVERIFY(link);
    QCOMPARE(link->placeholderText(), placeholder);
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"

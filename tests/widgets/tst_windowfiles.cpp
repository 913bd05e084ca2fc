// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Files and clipboard: Open and Save of the exact payload, the draft across runs, the Examples
// menu, and payloads or curl commands pasted or dropped in.
#include "core/validation/validator.h"
#include "widgets/mainwindow.h"
#include "widgets/messagefiles.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;

namespace {

struct Dropped
{
    bool entered = false; ///< the drag was taken as it came in
    bool dropped = false; ///< the drop was taken
};

/// Drags `data` into the window and drops it there, as the desktop does.
Dropped dragAndDrop(QWidget &window, const QMimeData &data)
{
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &enter);
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &drop);
    return {enter.isAccepted(), drop.isAccepted()};
}

} // namespace

class TestWindowFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveWritesTheExactPayloadAndOpenReadsIt();
    void openRefusesWhatIsNotAPayload();
    void pasteTakesTheBodyOfACurlCommand();
    void droppedFileIsOpened();
    void droppedTextIsImportedAndOtherDropsAreLeft();
    void draftSurvivesARestart();
    void everyExampleIsAValidMessageOfItsType();
    void moreExamplesOpenAsWrittenWithoutErrors();

private:
    QTemporaryDir m_dir;
};

void TestWindowFiles::saveWritesTheExactPayloadAndOpenReadsIt()
{
    const QJsonObject payload = Wac::Test::loadValidPayload(u"ref-unknown-fields"_s);
    const QString path = m_dir.filePath(u"saved.json"_s);
    {
        Wac::MainWindow window;
        window.setMessage(Wac::OutgoingMessage::fromJson(payload));
        QVERIFY(window.files()->saveFile(path));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().startsWith(u"saved.json"_s));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(), payload);
    Wac::MainWindow window;
    QVERIFY(window.files()->openFile(path));
    QCOMPARE(window.message().toJson(), payload);
}

void TestWindowFiles::openRefusesWhatIsNotAPayload()
{
    Wac::MainWindow window;
    const QJsonObject before = window.message().toJson();
    QString error;
    QVERIFY(!window.files()->openFile(u"/nonexistent.json"_s, &error));
    QVERIFY2(error.contains(u"/nonexistent.json"_s), qPrintable(error));
    const QString broken = m_dir.filePath(u"broken.json"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"to\": \"+1\",\n  oops\n}\n");
    file.close();
    QVERIFY(!window.files()->openFile(broken, &error));
    QVERIFY2(error.contains(u"line 3"_s), qPrintable(error));
    QCOMPARE(window.message().toJson(), before); // nothing half-loaded
    // The reader sees the file's bytes: a byte order mark is not dropped, nor a byte that is
    // not UTF-8 made into U+FFFD, without a word.
    const QByteArray body = R"({"messaging_product": "whatsapp", "to": "+16505551234",
        "type": "text", "text": {"body": "caf)";
    const QList<QPair<QByteArray, QString>> damaged = {
        {"\xef\xbb\xbf" + body + "e\"}}",
            u"line 1, column 1: the text starts with a byte order mark"_s},
        {body + "\xe9\"}}", u"line 2, column 46: the byte 0xe9 is not UTF-8"_s}};
    for (const auto &[bytes, reason] : damaged) {
        QFile bad(m_dir.filePath(u"damaged.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bad.write(bytes);
        bad.close();
        QVERIFY(!window.files()->openFile(bad.fileName(), &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(window.message().toJson(), before);
    }
}

void TestWindowFiles::pasteTakesTheBodyOfACurlCommand()
{
    // As the reference pages print it: several lines, the body in single quotes.
    QApplication::clipboard()->setText(
        uR"(curl 'https://graph.facebook.com/v23.0/106540352242922/messages' \
-H 'Content-Type: application/json' \
-H 'Authorization: Bearer EAAJB...' \
-d '
{
  "messaging_product": "whatsapp",
  "recipient_type": "individual",
  "to": "+16505551234",
  "type": "text",
  "text": {
    "preview_url": true,
    "body": "It'\''s here: https://www.meta.com/quest/quest-3/"
  }
}')"_s);
    Wac::MainWindow window;
    window.show();
    window.findChild<QAction *>(u"pastePayloadAction"_s)->trigger();
    QCOMPARE(window.message().text().body, u"It's here: https://www.meta.com/quest/quest-3/"_s);
    QCOMPARE(window.message().text().previewUrl, std::optional<bool>(true));
    QVERIFY(window.statusBar()->currentMessage().contains(u"curl"_s));

    QApplication::clipboard()->setText(u"curl -X POST https://example.com"_s);
    window.findChild<QAction *>(u"pastePayloadAction"_s)->trigger();
    QVERIFY2(window.statusBar()->currentMessage().contains(u"no body"_s),
        qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.message().text().body, u"It's here: https://www.meta.com/quest/quest-3/"_s);
}

void TestWindowFiles::droppedFileIsOpened()
{
    const QString path = m_dir.filePath(u"dropped.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(Wac::Test::loadValidPayload(u"seed-location"_s)).toJson());
    file.close();
    Wac::MainWindow window;
    window.show();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QVERIFY(dragAndDrop(window, data).entered);
    QCOMPARE(window.message().toJson(), Wac::Test::loadValidPayload(u"seed-location"_s));
}

void TestWindowFiles::droppedTextIsImportedAndOtherDropsAreLeft()
{
    Wac::MainWindow window;
    window.show();
    const QJsonObject payload = Wac::Test::loadValidPayload(u"seed-list"_s);
    QMimeData text;
    text.setText(QString::fromUtf8(QJsonDocument(payload).toJson()));
    const Dropped textDropped = dragAndDrop(window, text);
    QVERIFY(textDropped.entered);
    QVERIFY(textDropped.dropped);
    QCOMPARE(window.message().toJson(), payload);

    // Image data alone (as an image editor drags it) is neither a file here nor text: it is not
    // taken, dragged in or dropped, and the message stays.
    QMimeData image;
    image.setImageData(QImage(4, 4, QImage::Format_RGB32));
    const Dropped imageDropped = dragAndDrop(window, image);
    QVERIFY(!imageDropped.entered);
    QVERIFY(!imageDropped.dropped);
    QCOMPARE(window.message().toJson(), payload);
}

void TestWindowFiles::draftSurvivesARestart()
{
    const QString draft = m_dir.filePath(u"state/draft.json"_s);
    const QJsonObject payload = Wac::Test::loadValidPayload(u"seed-list"_s);
    {
        Wac::MainWindow window;
        window.files()->setDraftFile(draft);
        QVERIFY(!window.files()->restoreDraft()); // none yet
        window.show();
        window.setMessage(Wac::OutgoingMessage::fromJson(payload));
        window.close(); // quitting keeps the draft
    }
    Wac::MainWindow window;
    window.files()->setDraftFile(draft);
    QVERIFY(window.files()->restoreDraft());
    QCOMPARE(window.message().toJson(), payload);
}

void TestWindowFiles::everyExampleIsAValidMessageOfItsType()
{
    Wac::MainWindow window;
    window.show();
    QStringList seen;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!action->objectName().startsWith(u"example:"_s))
            continue;
        const QString id = action->objectName().mid(8);
        action->trigger();
        const Wac::OutgoingMessage message = window.message();
        QCOMPARE(Wac::messageTypeId(message.type()), id);
        const QList<Wac::Diagnostic> findings = Wac::validate(message.toJson());
        QVERIFY2(findings.isEmpty(),
            qPrintable(id + u": "_s + (findings.isEmpty() ? QString() : findings.first().message)));
        seen.append(id);
    }
    QCOMPARE(seen.size(), Wac::allMessageTypes().size());
}

// The recipients and template kinds that are no type of their own: each opens in its form as
// written, with no error, and each template is one the Sandbox's library holds.
void TestWindowFiles::moreExamplesOpenAsWrittenWithoutErrors()
{
    QFile seed(u":/sim/templates.json"_s);
    QVERIFY(seed.open(QIODevice::ReadOnly));
    QStringList library;
    for (const QJsonValue &t : QJsonDocument::fromJson(seed.readAll())[u"data"].toArray())
        library.append(t[u"name"].toString() + u' ' + t[u"language"].toString());
    Wac::MainWindow window;
    window.show();
    auto *recipient = window.findChild<QLineEdit *>(u"recipientLineEdit"_s);
    QStringList seen;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!action->objectName().startsWith(u"moreExample:"_s))
            continue;
        const QString id = action->objectName().mid(12);
        QFile file(u":/examples/more/"_s + id + u".json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(id));
        QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
        recipient->clear();
        QTest::keyClicks(recipient, u"+16505551234"_s);
        action->trigger();
        const QJsonObject shown = window.message().toJson();
        // The recipient typed stays, unless the example is about its recipient.
        if (!id.startsWith(u"bsuid"_s) && !id.startsWith(u"group"_s))
            written.insert(u"to"_s, u"+16505551234"_s);
        QCOMPARE(shown, written);
        const QList<Wac::Diagnostic> findings = Wac::validate(shown);
        QVERIFY2(!Wac::hasErrors(findings),
            qPrintable(id + u": "_s + (findings.isEmpty() ? QString() : findings.first().message)));
        QVERIFY2(window.statusBar()->currentMessage().contains(action->text()), qPrintable(id));
        if (written.value(u"type").toString() == u"template"_s) {
            const QJsonObject t = written.value(u"template").toObject();
            const QString key = t[u"name"].toString() + u' ' + t[u"language"][u"code"].toString();
            QVERIFY2(library.contains(key), qPrintable(key));
        }
        seen.append(id);
    }
    QCOMPARE(seen.size(), 11);

    // A group's ID that an example brought is not taken for one the user typed, and the one
    // they typed comes back with the next example.
    recipient->clear();
    QTest::keyClicks(recipient, u"+16505550000"_s);
    window.findChild<QAction *>(u"moreExample:group-text"_s)->trigger();
    QVERIFY(window.message().recipient() != u"+16505550000"_s);
    window.findChild<QAction *>(u"example:text"_s)->trigger();
    QCOMPARE(window.message().recipient(), u"+16505550000"_s);
}

QTEST_MAIN(TestWindowFiles)
#include "tst_windowfiles.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// Upload from the composer's media fields to the Sandbox simulator, the checks made before
// anything leaves, cancel, and the mark-as-read request sent from its page.
#include "sim/simulatorserver.h"
#include "storage/memorytokenstore.h"
#include "storage/profilestore.h"
#include "storage/secretvault.h"
#include "widgets/dialogs/filedialogs.h"
#include "widgets/mainwindow.h"
#include "widgets/previewwidget.h"

#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include "formdriver.h"
#include "windowfixture.h"

using namespace Qt::StringLiterals;
using Wac::MessageType;

class TestWindowUpload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void uploadFillsTheMediaId();
    void templateMediaParameterUploads();
    void stickerOfTheWrongSizeIsRefusedBeforeSending();
    void uploadCanBeCancelled();
    void markAsReadIsSentFromItsPage();

private:
    QString writeFile(const QString &name, const QByteArray &data);
    QString pngFile();
    static QByteArray webp(int width, int height, qsizetype padding);
    void upload(const QString &path, const QString &editorPath);

    Wac::Test::WindowFixture m_f;
};

void TestWindowUpload::init()
{
    const QString error = m_f.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestWindowUpload::cleanup()
{
    m_f.stop();
}

QString TestWindowUpload::writeFile(const QString &name, const QByteArray &data)
{
    QFile file(m_f.dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return file.fileName();
}

QString TestWindowUpload::pngFile()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    const QString path = m_f.dir.filePath(u"shop.png"_s);
    return image.save(path) ? path : QString();
}

// A WebP file as far as its headers go: RIFF, then an extended (VP8X) chunk with the canvas
// size, which is what the check reads.
QByteArray TestWindowUpload::webp(int width, int height, qsizetype padding)
{
    QByteArray vp8x(10, '\0');
    const auto put24 = [&vp8x](int at, int value) {
        for (int i = 0; i < 3; ++i)
            vp8x[at + i] = char((value >> (8 * i)) & 0xff);
    };
    put24(4, width - 1);
    put24(7, height - 1);
    QByteArray body = "WEBPVP8X" + QByteArray("\x0a\x00\x00\x00", 4) + vp8x;
    body += QByteArray(padding, '\0');
    const quint32 size = quint32(body.size());
    QByteArray riff = "RIFF";
    for (int i = 0; i < 4; ++i)
        riff.append(char((size >> (8 * i)) & 0xff));
    return riff + body;
}

void TestWindowUpload::upload(const QString &path, const QString &editorPath)
{
    QVERIFY(!path.isEmpty());
    Wac::FileDialogs::setNextAnswer(path);
    QCOMPARE(Wac::Test::drive(
                 Wac::Test::currentPage(*m_f.window), {editorPath + u"/uploadPushButton!"_s}),
        QString());
}

void TestWindowUpload::uploadFillsTheMediaId()
{
    Wac::Test::chooseType(*m_f.window, MessageType::Image);
    QWidget *page = Wac::Test::currentPage(*m_f.window);
    Wac::Test::drive(page, {u"sourceEditor/linkRadioButton!"_s});
    upload(pngFile(), u"sourceEditor"_s);
    auto *id = qobject_cast<QLineEdit *>(Wac::Test::field(page, u"sourceEditor/idLineEdit"_s));
    QTRY_VERIFY2(!id->text().isEmpty(), qPrintable(m_f.headline()));
    QVERIFY(qobject_cast<QRadioButton *>(Wac::Test::field(page, u"sourceEditor/idRadioButton"_s))
                ->isChecked());
    QCOMPARE(m_f.window->message().media().id, std::optional<QString>(id->text()));
    QVERIFY(!m_f.window->message().media().link);
    QVERIFY2(m_f.headline().contains(u"Uploaded"_s), qPrintable(m_f.headline()));
    QCOMPARE(m_f.posts(u"/media"_s), 1);
    // The phone draws the uploaded file for its ID, not a grey box.
    auto *preview = m_f.window->findChild<Wac::PreviewWidget *>();
    preview->flush();
    const QImage phone = preview->scene().toImage(1);
    int green = 0;
    for (int y = 0; y < phone.height(); y += 2) {
        for (int x = 0; x < phone.width(); x += 2)
            green += phone.pixelColor(x, y) == QColor(Qt::darkGreen) ? 1 : 0;
    }
    QVERIFY2(green > 200, qPrintable(QString::number(green)));
}

void TestWindowUpload::templateMediaParameterUploads()
{
    Wac::Test::chooseType(*m_f.window, MessageType::Template);
    QWidget *page = Wac::Test::currentPage(*m_f.window);
    QCOMPARE(Wac::Test::drive(page,
                 {u"componentsList/add!"_s, u"componentsList/0/typeComboBox@header"_s,
                     u"componentsList/0/parametersList/add!"_s,
                     u"componentsList/0/parametersList/0/typeComboBox@image"_s}),
        QString());
    upload(pngFile(), u"componentsList/0/parametersList/0/mediaEditor"_s);
    QTRY_VERIFY2(m_f.posts(u"/media"_s) == 1 && m_f.headline().contains(u"Uploaded"_s),
        qPrintable(m_f.headline()));
    const QJsonObject parameter =
        m_f.window->message().toJson()[u"template"][u"components"][0][u"parameters"][0].toObject();
    QCOMPARE(parameter[u"type"].toString(), u"image"_s);
    QVERIFY(!parameter[u"image"][u"id"].toString().isEmpty());
}

void TestWindowUpload::stickerOfTheWrongSizeIsRefusedBeforeSending()
{
    Wac::Test::chooseType(*m_f.window, MessageType::Sticker);
    upload(writeFile(u"wide.webp"_s, webp(300, 200, 2000)), u"sourceEditor"_s);
    QTRY_VERIFY2(m_f.headline().contains(u"Not uploaded"_s), qPrintable(m_f.headline()));
    const QString body = m_f.window->findChild<QLabel *>(u"resultBodyLabel"_s)->text();
    QVERIFY2(body.contains(u"300×200"_s) && body.contains(u"512×512"_s), qPrintable(body));
    // A static sticker over 100 KB is refused too; the right size within the limit goes.
    upload(writeFile(u"heavy.webp"_s, webp(512, 512, 150 * 1024)), u"sourceEditor"_s);
    QTRY_VERIFY(
        m_f.window->findChild<QLabel *>(u"resultBodyLabel"_s)->text().contains(u"static"_s));
    QCOMPARE(m_f.posts(u"/media"_s), 0);
    upload(writeFile(u"ok.webp"_s, webp(512, 512, 4000)), u"sourceEditor"_s);
    QTRY_VERIFY2(m_f.headline().contains(u"Uploaded"_s), qPrintable(m_f.headline()));
    QCOMPARE(m_f.posts(u"/media"_s), 1);
}

void TestWindowUpload::uploadCanBeCancelled()
{
    m_f.sim->faults().add({Wac::Sim::FaultPlan::Mode::Hang, 1, {}, 0});
    Wac::Test::chooseType(*m_f.window, MessageType::Document);
    upload(writeFile(u"notes.txt"_s, "opening hours: 9 to 5"), u"sourceEditor"_s);
    auto *cancel = m_f.window->findChild<QPushButton *>(u"cancelPushButton"_s);
    QTRY_VERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!cancel->isVisible());
    QVERIFY(qobject_cast<QLineEdit *>(
        Wac::Test::field(Wac::Test::currentPage(*m_f.window), u"sourceEditor/idLineEdit"_s))
                ->text()
                .isEmpty());
}

void TestWindowUpload::markAsReadIsSentFromItsPage()
{
    Wac::Test::chooseType(*m_f.window, MessageType::MarkAsRead);
    QCOMPARE(
        Wac::Test::drive(Wac::Test::currentPage(*m_f.window),
            {u"messageIdLineEdit=wamid.HBgLMTY0NjcwNDM1OTUVAgASGBQzQTdCNTg5RjY1MEMyRjlGMjRGNgA="_s}),
        QString());
    auto *send = m_f.window->findChild<QPushButton *>(u"sendPushButton"_s);
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY2(m_f.headline().contains(u"Accepted"_s), qPrintable(m_f.headline()));
    QCOMPARE(m_f.posts(u"/messages"_s), 1);
    QVERIFY(m_f.sim->requestLog().entries().last().body.contains("\"status\":\"read\""));
}

QTEST_MAIN(TestWindowUpload)
#include "tst_windowupload.moc"

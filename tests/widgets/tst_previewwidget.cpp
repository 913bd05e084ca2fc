// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The Preview tab in the window: it follows the form, opens and closes a list's sheet on click
// and from the keyboard, swipes a carousel's cards by its arrows and keys, draws the Sandbox's
// templates from their definitions and an uploaded file's picture, and saves a PNG.
#include "widgets/dialogs/filedialogs.h"
#include "widgets/mainwindow.h"
#include "widgets/previewcanvas.h"
#include "widgets/previewwidget.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QImageReader>
#include <QPainter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "formdriver.h"
#include "payloadcorpus.h"
#include "windowfixture.h"

using namespace Qt::StringLiterals;

class TestPreviewWidget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void followsTheForm();
    void listSheetOpensAndClosesOnClick();
    void keyboardOpensTheSheet();
    void carouselSwipesByArrowsAndKeys();
    void sandboxTemplatesAreDrawnFromTheirDefinitions();
    void savesAPng();
    void followsTheAppTheme();
    void drawsAnUploadedFile();

private:
    Wac::PreviewWidget *preview() const;
    void click(const QString &action);

    Wac::Test::WindowFixture m_f;
};

void TestPreviewWidget::init()
{
    const QString error = m_f.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_f.window->setSandboxTemplates([this](const QString &name, const QString &language) {
        return m_f.sim->templates().find(name, language);
    });
    m_f.window->findChild<QTabWidget *>(u"viewTabWidget"_s)->setCurrentWidget(preview());
}

void TestPreviewWidget::cleanup()
{
    m_f.stop();
}

Wac::PreviewWidget *TestPreviewWidget::preview() const
{
    return m_f.window->findChild<Wac::PreviewWidget *>(u"previewPane"_s);
}

void TestPreviewWidget::click(const QString &action)
{
    auto *canvas = m_f.window->findChild<Wac::PreviewCanvas *>(u"previewCanvas"_s);
    for (const Wac::SceneItem &item : preview()->scene().items) {
        if (item.action == action) {
            QTest::mouseClick(
                canvas, Qt::LeftButton, {}, (item.rect.center() + canvas->sceneOrigin()).toPoint());
            return;
        }
    }
    QFAIL(qPrintable(u"nothing to click for "_s + action));
}

void TestPreviewWidget::followsTheForm()
{
    QCOMPARE(Wac::Test::drive(
                 Wac::Test::currentPage(*m_f.window), {u"bodyTextEdit=Your *order* has shipped"_s}),
        QString());
    QTRY_COMPARE(preview()->scene().texts(u"body"_s), QStringList {u"Your order has shipped"_s});
    Wac::Test::chooseType(*m_f.window, Wac::MessageType::Location);
    QCOMPARE(Wac::Test::drive(Wac::Test::currentPage(*m_f.window),
                 {u"latitudeLineEdit=37.48"_s, u"longitudeLineEdit=-122.14"_s,
                     u"nameLineEdit=Philz Coffee"_s}),
        QString());
    QTRY_COMPARE(preview()->scene().texts(u"location.name"_s), QStringList {u"Philz Coffee"_s});
    QVERIFY(preview()->accessibleDescription().contains(u"Philz Coffee"_s));
}

void TestPreviewWidget::listSheetOpensAndClosesOnClick()
{
    m_f.window->setMessage(
        Wac::OutgoingMessage::fromJson(Wac::Test::loadValidPayload(u"seed-list"_s)));
    preview()->flush();
    QVERIFY(preview()->scene().texts(u"row.title"_s).isEmpty());
    click(u"open-sheet"_s);
    QVERIFY(preview()->isSheetOpen());
    QCOMPARE(preview()->scene().texts(u"row.title"_s).size(), 4);
    click(u"close-sheet"_s);
    QVERIFY(!preview()->isSheetOpen());
    QVERIFY(preview()->scene().texts(u"row.title"_s).isEmpty());
}

void TestPreviewWidget::keyboardOpensTheSheet()
{
    m_f.window->setMessage(
        Wac::OutgoingMessage::fromJson(Wac::Test::loadValidPayload(u"seed-product-list"_s)));
    preview()->flush();
    preview()->setFocus();
    QTest::keyClick(preview(), Qt::Key_Space);
    QVERIFY(preview()->isSheetOpen());
    QVERIFY(!preview()->scene().texts(u"product.item"_s).isEmpty());
    QTest::keyClick(preview(), Qt::Key_Escape);
    QVERIFY(!preview()->isSheetOpen());
}

void TestPreviewWidget::carouselSwipesByArrowsAndKeys()
{
    m_f.window->setMessage(Wac::OutgoingMessage::fromJson(
        Wac::Test::loadValidPayload(u"ref-interactive.carousel-quick-reply"_s)));
    preview()->flush();
    const auto front = [this] { return preview()->scene().texts(u"card.body"_s).join(u' '); };
    QVERIFY2(front().contains(u"Blue Echeveria"_s), qPrintable(front()));
    for (const Wac::SceneItem &item : preview()->scene().items)
        QVERIFY(item.action != u"carousel-previous"_s); // nothing before the first card
    click(u"carousel-next"_s);
    QCOMPARE(preview()->carouselCard(), 1);
    QVERIFY2(front().contains(u"Zebra Haworthia"_s), qPrintable(front()));
    preview()->setFocus();
    QTest::keyClick(preview(), Qt::Key_Right);
    QCOMPARE(preview()->carouselCard(), 2);
    QVERIFY2(front().contains(u"Panda Plant"_s), qPrintable(front()));
    QTest::keyClick(preview(), Qt::Key_Right); // the last card stays in front
    QCOMPARE(preview()->carouselCard(), 2);
    for (const Wac::SceneItem &item : preview()->scene().items)
        QVERIFY(item.action != u"carousel-next"_s);
    click(u"carousel-previous"_s);
    QCOMPARE(preview()->carouselCard(), 1);
    QTest::keyClick(preview(), Qt::Key_Left);
    QCOMPARE(preview()->carouselCard(), 0);
    // Another kind of message starts its own carousel, if any, at the first card.
    m_f.window->setMessage(
        Wac::OutgoingMessage::fromJson(Wac::Test::loadValidPayload(u"seed-list"_s)));
    preview()->swipeCarousel(1);
    QCOMPARE(preview()->carouselCard(), 0);
}

void TestPreviewWidget::sandboxTemplatesAreDrawnFromTheirDefinitions()
{
    QTRY_VERIFY(m_f.window->findChild<QAction *>(u"example:template"_s));
    m_f.window->findChild<QAction *>(u"example:template"_s)->trigger();
    preview()->flush();
    QCOMPARE(preview()->scene().texts(u"body"_s),
        QStringList {u"Hi Pablo, your order #4512 is confirmed. Total: $100.99."_s});
    QCOMPARE(preview()->scene().texts(u"button"_s), (QStringList {u"Track order"_s, u"Call us"_s}));
}

void TestPreviewWidget::savesAPng()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"preview.png"_s);
    auto *theme = preview()->findChild<QComboBox *>(u"phoneThemeComboBox"_s);
    theme->setCurrentIndex(theme->findData(u"dark"_s));
    preview()->flush();
    const int width = int(preview()->scene().size.width());
    Wac::FileDialogs::setNextAnswer(path);
    QCOMPARE(Wac::Test::drive(preview(), {u"savePreviewPushButton!"_s}), QString());
    QImageReader reader(path);
    QCOMPARE(reader.size().width(), width * 2); // saved at twice the density
    const QImage image = reader.read();
    QVERIFY(image.pixelColor(1, 1).lightness() < 60); // the dark phone's wallpaper
}

void TestPreviewWidget::followsTheAppTheme()
{
    // The phone is "As the app" by default: switching the window's theme redraws it at once.
    Wac::Theme::apply(Wac::Theme::Mode::Light);
    preview()->flush();
    QVERIFY(preview()->scene().toImage(1).pixelColor(1, 1).lightness() > 150);
    Wac::Theme::apply(Wac::Theme::Mode::Dark);
    QTRY_VERIFY(preview()->scene().toImage(1).pixelColor(1, 1).lightness() < 60);
    Wac::Theme::apply(Wac::Theme::Mode::Light);
    QTRY_VERIFY(preview()->scene().toImage(1).pixelColor(1, 1).lightness() > 150);
}

void TestPreviewWidget::drawsAnUploadedFile()
{
    // A picture of colours no part of the preview has, as a file the user just uploaded.
    const QColor red(0xd0, 0x20, 0x20);
    QImage picture(QSize(800, 600), QImage::Format_RGB32);
    picture.fill(red);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"photo.jpg"_s);
    QVERIFY(picture.save(path, "JPG", 95));
    QFile notPicture(dir.filePath(u"clip.mp4"_s));
    QVERIFY(notPicture.open(QIODevice::WriteOnly));
    notPicture.write("not a picture");
    notPicture.close();
    const auto reds = [&] {
        preview()->flush();
        const QImage shown =
            m_f.window->findChild<Wac::PreviewCanvas *>(u"previewCanvas"_s)->grab().toImage();
        int count = 0;
        for (int y = 0; y < shown.height(); ++y) {
            for (int x = 0; x < shown.width(); ++x) {
                const QColor c = shown.pixelColor(x, y);
                count += std::abs(c.red() - red.red()) + std::abs(c.green() - red.green())
                        + std::abs(c.blue() - red.blue())
                    < 24;
            }
        }
        return count;
    };
    m_f.window->setMessage(Wac::OutgoingMessage::fromJson({{u"messaging_product"_s, u"whatsapp"_s},
        {u"type"_s, u"image"_s}, {u"image"_s, QJsonObject {{u"id"_s, u"1037"_s}}}}));
    QCOMPARE(reds(), 0);
    preview()->setMediaFile(u"1037"_s, path);
    QVERIFY2(reds() > 30000, qPrintable(QString::number(reds())));
    // Another upload under the same ID that is no picture: the placeholder again, no stale one.
    preview()->setMediaFile(u"1037"_s, notPicture.fileName());
    QCOMPARE(reds(), 0);
}

QTEST_MAIN(TestPreviewWidget)
#include "tst_previewwidget.moc"

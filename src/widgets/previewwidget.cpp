// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/previewwidget.h"

#include "preview/previewrenderer.h"
#include "widgets/dialogs/filedialogs.h"
#include "widgets/previewcanvas.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int delayMs = 80;
constexpr int phoneMaxWidth = 420;
constexpr int imageScale = 2;
// The widest a picture is drawn: the widest phone in a saved image.
constexpr int pictureMaxSide = phoneMaxWidth * imageScale;

} // namespace

PreviewWidget::PreviewWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *themeLabel = new QLabel(tr("Phone t&heme"), this);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(u"phoneThemeComboBox"_s);
    m_theme->addItem(tr("As the app"), u"app"_s);
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    themeLabel->setBuddy(m_theme);
    // An icon: the bar shares the preview's width (300 px in a 1024 px window) with the theme.
    auto *save = new QPushButton(this);
    save->setObjectName(u"savePreviewPushButton"_s);
    save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton, nullptr, save));
    save->setAccessibleName(tr("Save image…"));
    save->setToolTip(tr("Save the preview as a PNG at twice the screen's density"));
    bar->addWidget(themeLabel);
    bar->addWidget(m_theme);
    bar->addStretch(1);
    bar->addWidget(save);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"previewScrollArea"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_canvas = new PreviewCanvas(m_scroll);
    m_canvas->setObjectName(u"previewCanvas"_s);
    m_canvas->setOnAction([this](const QString &action) { act(action); });
    m_scroll->setWidget(m_canvas);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    setAccessibleName(tr("Phone preview"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(delayMs);
    connect(&m_debounce, &QTimer::timeout, this, &PreviewWidget::render);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &PreviewWidget::render);
    connect(save, &QPushButton::clicked, this, &PreviewWidget::saveImage);
}

void PreviewWidget::setMessage(const OutgoingMessage &message)
{
    if (message == m_message)
        return;
    if (message.type() != m_message.type()) {
        m_sheetOpen = false; // another kind of message: its sheet is not open
        m_carouselCard = 0;
    }
    m_message = message;
    invalidate();
}

void PreviewWidget::setTemplateLookup(TemplateLookup lookup)
{
    m_lookup = std::move(lookup);
    invalidate();
}

void PreviewWidget::setQuoteLookup(QuoteLookup lookup)
{
    m_quotes = std::move(lookup);
    invalidate();
}

void PreviewWidget::setMediaFile(const QString &mediaId, const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone photo stands as the phone shows it
    // Read once at the largest size ever drawn: a camera's 12 MP photo would cost every paint.
    const QSize size = reader.size();
    if (size.width() > pictureMaxSide || size.height() > pictureMaxSide)
        reader.setScaledSize(size.scaled(pictureMaxSide, pictureMaxSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull()) {
        m_mediaImages.remove(mediaId);
    } else {
        image.convertTo(QImage::Format_ARGB32_Premultiplied);
        m_mediaImages.insert(mediaId, image);
    }
    invalidate();
}

void PreviewWidget::invalidate()
{
    m_stale = true;
    if (isVisible())
        m_debounce.start();
}

void PreviewWidget::flush()
{
    m_debounce.stop();
    render();
}

void PreviewWidget::setSheetOpen(bool open)
{
    const bool possible = hasSheet(m_message.type());
    if (m_sheetOpen == (open && possible))
        return;
    m_sheetOpen = open && possible;
    render();
}

void PreviewWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        render();
}

void PreviewWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Drawn at once: the phone follows the pane while it is dragged, and no stale size shows.
    if (isVisible())
        render();
}

void PreviewWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // "As the app": the phone turns dark or light with the window's theme.
    if (event->type() == QEvent::PaletteChange && m_theme->currentData().toString() == u"app"_s) {
        if (isVisible())
            render();
        else
            m_stale = true;
    }
}

void PreviewWidget::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Space || event->key() == Qt::Key_Return)
        && hasSheet(m_message.type())) {
        setSheetOpen(!m_sheetOpen);
        return;
    }
    if ((event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)
        && m_message.type() == MessageType::InteractiveCarousel) {
        swipeCarousel(event->key() == Qt::Key_Right ? 1 : -1);
        return;
    }
    if (event->key() == Qt::Key_Escape && m_sheetOpen) {
        setSheetOpen(false);
        return;
    }
    QWidget::keyPressEvent(event);
}

bool PreviewWidget::darkPhone() const
{
    const QString choice = m_theme->currentData().toString();
    if (choice == u"app"_s)
        return palette().color(QPalette::Window).lightness() < 128;
    return choice == u"dark"_s;
}

PreviewOptions PreviewWidget::options() const
{
    PreviewOptions options;
    options.theme = darkPhone() ? PreviewTheme::Dark : PreviewTheme::Light;
    options.sheetOpen = m_sheetOpen;
    options.carouselCard = m_carouselCard;
    options.mediaImages = m_mediaImages;
    // The message a reply quotes, or a reaction goes on: the customer's words when known.
    const QString quoted = m_message.type() == MessageType::Reaction
        ? m_message.reaction().messageId
        : m_message.replyTo().value_or(QString());
    if (m_quotes && !quoted.isEmpty()) {
        if (const std::optional<PreviewOptions::Quote> quote = m_quotes(quoted))
            options.quotes.insert(quoted, *quote);
    }
    if (m_message.type() == MessageType::Template && m_lookup) {
        const TemplatePayload t = m_message.templatePayload();
        options.templateDefinition = m_lookup(t.name, t.languageCode);
    }
    return options;
}

void PreviewWidget::setHeld(bool held)
{
    m_held = held;
    if (!held && isVisible())
        render();
}

void PreviewWidget::render()
{
    if (m_held) {
        m_stale = true;
        return;
    }
    PreviewOptions options = this->options();
    const int available = m_scroll->viewport()->width() - 16;
    options.width = std::clamp(available, 280, phoneMaxWidth);
    options.minimumHeight = m_scroll->viewport()->height();
    m_scene = renderPreview(m_message, options);
    m_canvas->setScene(&m_scene);
    setAccessibleDescription(m_scene.accessibleText());
    m_stale = false;
}

void PreviewWidget::act(const QString &action)
{
    if (action == u"open-sheet"_s)
        setSheetOpen(true);
    else if (action == u"close-sheet"_s)
        setSheetOpen(false);
    else if (action == u"carousel-next"_s || action == u"carousel-previous"_s)
        swipeCarousel(action == u"carousel-next"_s ? 1 : -1);
}

void PreviewWidget::swipeCarousel(int by)
{
    const int last = int(m_message.interactive().cards.size()) - 1;
    const int card = std::clamp(m_carouselCard + by, 0, std::max(last, 0));
    if (card == m_carouselCard)
        return;
    m_carouselCard = card;
    render();
}

void PreviewWidget::saveImage()
{
    const QString path = FileDialogs::saveFileName(this, tr("Save preview"),
        messageTypeId(m_message.type()).replace(u'.', u'-') + u"-preview.png"_s,
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    PreviewOptions options = this->options();
    options.width = int(m_scene.size.width());
    options.scale = imageScale;
    renderPreviewImage(m_message, options).save(path, "PNG");
}

} // namespace Wac

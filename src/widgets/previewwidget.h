// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "core/outgoingmessage.h"
#include "preview/previewoptions.h"
#include "preview/previewscene.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QScrollArea;

namespace Wac {

class PreviewCanvas;

/**
 * The Preview tab: the message as the phone shows it, redrawn shortly after each change while
 * the tab is visible. A list's or product list's button opens its sheet, as on the phone; the
 * sheet's close button, or a click beside it, closes it. A carousel's arrows (or the Left and
 * Right keys) swipe its cards, one card at a time. The phone's theme follows the app or
 * is chosen; Save image writes the preview as a PNG.
 */
class PreviewWidget : public QWidget
{
    Q_OBJECT

public:
    /// A template's definition by name and language, when the current profile knows it.
    using TemplateLookup =
        std::function<std::optional<QJsonObject>(const QString &name, const QString &language)>;

    /// The message a reply quotes, by WAMID, when the console received it.
    using QuoteLookup = std::function<std::optional<PreviewOptions::Quote>(const QString &wamid)>;

    explicit PreviewWidget(QWidget *parent = nullptr);

    void setMessage(const OutgoingMessage &message);
    void setTemplateLookup(TemplateLookup lookup);
    /// A reply (or a reaction) then draws the customer's own words on top.
    void setQuoteLookup(QuoteLookup lookup);
    /// Draws the picture at `path` for the media `mediaId` from now on (a file just uploaded,
    /// which the preview cannot fetch back); a file that is no picture (a video, a PDF) leaves
    /// its placeholder.
    void setMediaFile(const QString &mediaId, const QString &path);
    /// Draws now instead of after the pause.
    void flush();
    /// While held, nothing is drawn: the window's first paint does not wait for the phone's
    /// fonts and layout. Releasing draws what is due.
    void setHeld(bool held);

    const PreviewScene &scene() const { return m_scene; }

    bool isSheetOpen() const { return m_sheetOpen; }

    void setSheetOpen(bool open);

    /// The carousel card at the front (0: the first); swipeCarousel() moves it by `by` cards.
    int carouselCard() const { return m_carouselCard; }

    void swipeCarousel(int by);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    /// Draws again after the pause, or when next shown.
    void invalidate();
    /// What the phone is drawn with, apart from its size.
    PreviewOptions options() const;
    void act(const QString &action);
    void saveImage();
    bool darkPhone() const;

    QScrollArea *m_scroll = nullptr;
    PreviewCanvas *m_canvas = nullptr;
    QComboBox *m_theme = nullptr;
    QTimer m_debounce;
    OutgoingMessage m_message;
    TemplateLookup m_lookup;
    QuoteLookup m_quotes;
    QHash<QString, QImage> m_mediaImages;
    PreviewScene m_scene;
    bool m_sheetOpen = false;
    int m_carouselCard = 0;
    bool m_stale = true;
    bool m_held = false;

    friend class PreviewCanvas;
};

} // namespace Wac

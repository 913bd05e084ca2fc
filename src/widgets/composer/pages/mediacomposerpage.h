// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "widgets/composer/composerpage.h"

#include <memory>

namespace Ui {
class MediaComposerPage;
}

namespace Wac {

/**
 * Image, audio, video, document and sticker: the media ID or link, and what the kind allows of
 * caption (image, video, document), file name (document) and the voice-note switch (audio).
 * Fields a kind does not allow are hidden and leave the payload as loaded.
 */
class MediaComposerPage : public ComposerPage
{
    Q_OBJECT

public:
    explicit MediaComposerPage(MessageType type, QWidget *parent = nullptr);
    ~MediaComposerPage() override;

protected:
    void load(const OutgoingMessage &message) override;
    void store(OutgoingMessage &message) const override;
    void describeFields(FieldMap &fields) const override;

private:
    bool hasCaption() const;
    QString kind() const;
    void showRows();

    std::unique_ptr<Ui::MediaComposerPage> m_ui;
    // A field the kind does not allow is shown all the same when the loaded payload has it,
    // so that it can be seen and cleared.
    bool m_captionShown = false;
    bool m_filenameShown = false;
    bool m_voiceShown = false;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/pages/mediacomposerpage.h"

#include "ui_mediacomposerpage.h"

#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QString limitsFor(MessageType type)
{
    switch (type) {
    case MessageType::Image:
        return MediaComposerPage::tr("JPEG or PNG, up to 5 MB. The caption may hold up to 1024 "
                                     "characters.");
    case MessageType::Audio:
        return MediaComposerPage::tr("AAC, AMR, MP3, MP4 audio or OGG (Opus), up to 16 MB. Audio "
                                     "has no caption.");
    case MessageType::Video:
        return MediaComposerPage::tr("MP4 or 3GPP (H.264 video, AAC audio), up to 16 MB.");
    case MessageType::Document:
        return MediaComposerPage::tr("PDF, Office documents or plain text, up to 100 MB. The "
                                     "file name's extension decides how the phone opens it.");
    case MessageType::Sticker:
        return MediaComposerPage::tr("WebP, 512×512 pixels: static up to 100 KB, animated up to "
                                     "500 KB. Stickers have no caption.");
    default:
        return {};
    }
}

} // namespace

MediaComposerPage::MediaComposerPage(MessageType type, QWidget *parent)
    : ComposerPage(type, parent)
    , m_ui(std::make_unique<Ui::MediaComposerPage>())
{
    m_ui->setupUi(this);
    m_ui->sourceEditor->setMediaKind(kind());
    m_ui->limitsLabel->setText(limitsFor(type));
    showRows();
    watchFields();
}

MediaComposerPage::~MediaComposerPage() = default;

bool MediaComposerPage::hasCaption() const
{
    return messageType() == MessageType::Image || messageType() == MessageType::Video
        || messageType() == MessageType::Document;
}

QString MediaComposerPage::kind() const
{
    return wireType(messageType());
}

void MediaComposerPage::showRows()
{
    m_ui->formLayout->setRowVisible(m_ui->captionTextEdit, m_captionShown || hasCaption());
    m_ui->formLayout->setRowVisible(
        m_ui->filenameLineEdit, m_filenameShown || messageType() == MessageType::Document);
    m_ui->formLayout->setRowVisible(
        m_ui->voiceCheckBox, m_voiceShown || messageType() == MessageType::Audio);
}

void MediaComposerPage::load(const OutgoingMessage &message)
{
    const MediaPayload media = message.media();
    m_captionShown = media.caption.has_value();
    m_filenameShown = media.filename.has_value();
    m_voiceShown = media.voice.has_value();
    showRows();
    m_ui->sourceEditor->setMedia(media.id, media.link);
    FieldText::show(m_ui->captionTextEdit, media.caption);
    FieldText::show(m_ui->filenameLineEdit, media.filename);
    FieldText::show(m_ui->voiceCheckBox, media.voice);
}

void MediaComposerPage::store(OutgoingMessage &message) const
{
    MediaPayload media = message.media();
    media.id = m_ui->sourceEditor->id();
    media.link = m_ui->sourceEditor->link();
    if (m_captionShown || hasCaption())
        media.caption = FieldText::read(m_ui->captionTextEdit);
    if (m_filenameShown || messageType() == MessageType::Document)
        media.filename = FieldText::read(m_ui->filenameLineEdit);
    if (m_voiceShown || messageType() == MessageType::Audio)
        media.voice = FieldText::read(m_ui->voiceCheckBox);
    message.setMedia(media);
}

void MediaComposerPage::describeFields(FieldMap &fields) const
{
    const QString at = u'/' + kind();
    fields.add(at, m_ui->sourceEditor);
    fields.add(at + u"/id"_s, m_ui->sourceEditor->idField());
    fields.add(at + u"/link"_s, m_ui->sourceEditor->linkField());
    if (m_captionShown || hasCaption())
        fields.add(at + u"/caption"_s, m_ui->captionTextEdit);
    if (m_filenameShown || messageType() == MessageType::Document)
        fields.add(at + u"/filename"_s, m_ui->filenameLineEdit);
    if (m_voiceShown || messageType() == MessageType::Audio)
        fields.add(at + u"/voice"_s, m_ui->voiceCheckBox);
}

} // namespace Wac

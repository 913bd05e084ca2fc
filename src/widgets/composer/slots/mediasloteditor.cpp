// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/slots/mediasloteditor.h"

#include "widgets/composer/mediasourceeditor.h"

#include <QGridLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Wac {

MediaSlotEditor::MediaSlotEditor(const TemplateSlot &slot, QWidget *parent)
    : TemplateSlotEditor(slot, parent)
    , m_media(new MediaSourceEditor(this))
{
    m_media->setMediaKind(slot.mediaType);
    grid()->addWidget(m_media, 0, 0);
    if (slot.mediaType == u"document"_s)
        m_filename = addLine(tr("File name the customer sees (optional)"), tr("File name"));
}

QWidget *MediaSlotEditor::mainField() const
{
    return m_media;
}

TemplateParameter MediaSlotEditor::value() const
{
    TemplateParameter p = TemplateSlots::emptyValue(templateSlot());
    p.media.id = m_media->id();
    p.media.link = m_media->link();
    if (m_filename)
        p.media.filename = optText(m_filename);
    return p;
}

void MediaSlotEditor::setValue(const TemplateParameter &p)
{
    m_media->setMedia(p.media.id, p.media.link);
    if (m_filename)
        m_filename->setText(p.media.filename.value_or(QString()));
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/mediasourceeditor.h"

#include "ui_mediasourceeditor.h"

#include "widgets/composer/fieldtext.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Wac {

MediaSourceEditor::MediaSourceEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MediaSourceEditor>())
{
    m_ui->setupUi(this);
    m_ui->idRadioButton->setChecked(true);
    const auto switched = [this](bool on) {
        if (!on)
            return;
        m_showBoth = false;
        updateRows();
        (m_ui->idRadioButton->isChecked() ? m_ui->idLineEdit : m_ui->linkLineEdit)->setFocus();
    };
    connect(m_ui->idRadioButton, &QRadioButton::toggled, this, switched);
    connect(m_ui->linkRadioButton, &QRadioButton::toggled, this, switched);
    connect(m_ui->uploadPushButton, &QPushButton::clicked, this,
        [this] { Q_EMIT uploadRequested(this); });
    updateRows();
}

MediaSourceEditor::~MediaSourceEditor() = default;

void MediaSourceEditor::setMedia(
    const std::optional<QString> &id, const std::optional<QString> &link)
{
    const QSignalBlocker idBlocker(m_ui->idRadioButton);
    const QSignalBlocker linkBlocker(m_ui->linkRadioButton);
    (link && !id ? m_ui->linkRadioButton : m_ui->idRadioButton)->setChecked(true);
    m_showBoth = id && link;
    FieldText::show(m_ui->idLineEdit, id);
    FieldText::show(m_ui->linkLineEdit, link);
    updateRows();
}

std::optional<QString> MediaSourceEditor::id() const
{
    return m_ui->idRadioButton->isChecked() || m_showBoth ? FieldText::read(m_ui->idLineEdit)
                                                          : std::nullopt;
}

std::optional<QString> MediaSourceEditor::link() const
{
    return m_ui->linkRadioButton->isChecked() || m_showBoth ? FieldText::read(m_ui->linkLineEdit)
                                                            : std::nullopt;
}

void MediaSourceEditor::setMediaKind(const QString &kind)
{
    m_kind = kind;
    // A file name of the kind Meta accepts; not words, so not translated.
    static const QHash<QString, QString> examples = {{u"image"_s, u"photo.jpg"_s},
        {u"video"_s, u"clip.mp4"_s}, {u"audio"_s, u"voice.ogg"_s},
        {u"document"_s, u"invoice.pdf"_s}, {u"sticker"_s, u"sticker.webp"_s}};
    if (const auto it = examples.constFind(kind); it != examples.cend())
        m_ui->linkLineEdit->setPlaceholderText(u"https://example.com/"_s + *it);
}

void MediaSourceEditor::setUploadedId(const QString &id)
{
    m_ui->idRadioButton->setChecked(true);
    m_ui->idLineEdit->setText(id);
}

QWidget *MediaSourceEditor::idField() const
{
    return m_ui->idLineEdit;
}

QWidget *MediaSourceEditor::linkField() const
{
    return m_ui->linkLineEdit;
}

void MediaSourceEditor::updateRows()
{
    m_ui->idLineEdit->setVisible(m_ui->idRadioButton->isChecked() || m_showBoth);
    m_ui->linkLineEdit->setVisible(m_ui->linkRadioButton->isChecked() || m_showBoth);
}

} // namespace Wac

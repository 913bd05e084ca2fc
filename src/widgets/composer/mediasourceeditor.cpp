// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/mediasourceeditor.h"

#include "ui_mediasourceeditor.h"

#include "widgets/composer/fieldtext.h"

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

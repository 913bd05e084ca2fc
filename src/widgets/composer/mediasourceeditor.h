// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class MediaSourceEditor;
}

namespace Wac {

/**
 * Where a media object comes from: an uploaded media `id` or a public `link`, with a switch
 * between them and an Upload button that fills the ID. Only the chosen one is sent; a payload
 * that holds both (an error the validator names) shows both until the switch is used.
 */
class MediaSourceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MediaSourceEditor(QWidget *parent = nullptr);
    ~MediaSourceEditor() override;

    void setMedia(const std::optional<QString> &id, const std::optional<QString> &link);
    std::optional<QString> id() const;
    std::optional<QString> link() const;

    /// image, video, audio, document or sticker: what an upload must be.
    QString mediaKind() const { return m_kind; }

    /// Also shows an example link of that kind (a document's is a .pdf, not a .jpg).
    void setMediaKind(const QString &kind);

    /// Switches to the ID and fills it (after an upload).
    void setUploadedId(const QString &id);

    QWidget *idField() const;
    QWidget *linkField() const;

Q_SIGNALS:
    /// The Upload button was pressed: whoever sends fills the ID with setUploadedId().
    void uploadRequested(Wac::MediaSourceEditor *editor);

private:
    void updateRows();

    std::unique_ptr<Ui::MediaSourceEditor> m_ui;
    QString m_kind = QStringLiteral("image");
    bool m_showBoth = false;
};

} // namespace Wac

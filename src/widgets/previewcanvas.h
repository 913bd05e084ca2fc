// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include "preview/previewscene.h"

#include <QWidget>

#include <functional>

namespace Wac {

/// Paints a preview scene, centred, at the screen's pixel density, and reports clicks on it.
class PreviewCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewCanvas(QWidget *parent = nullptr);

    void setScene(const PreviewScene *scene);

    /// Called with the action of a clicked item ("open-sheet"), if any.
    void setOnAction(std::function<void(const QString &)> onAction)
    {
        m_onAction = std::move(onAction);
    }

    QPointF sceneOrigin() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    const PreviewScene *m_scene = nullptr;
    std::function<void(const QString &)> m_onAction;
};

} // namespace Wac

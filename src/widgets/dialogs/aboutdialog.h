// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class AboutDialog;
}

namespace Wac {

/**
 * Help → About: the version (project()'s, as every --version prints it), the Qt it was built
 * with and runs on, the licence, and the three folders waconsole keeps things in, each with a
 * button that opens it in the file manager.
 */
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// Shows the window's dialog, raising the one already open.
    static AboutDialog *showFor(QWidget *window);

private:
    void showFolder(QPushButton *button, const QString &path);

    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace Wac

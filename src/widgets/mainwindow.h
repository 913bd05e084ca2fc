// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QMainWindow>
#include <QTimer>
#include <QUrl>

class QLabel;

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Wac {

/**
 * The console's window. For now it holds the payload as JSON and the live problem list of the
 * core validator; the composer pages, preview and history arrive with their issues.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Replaces the payload text (as File → Open does) and validates it at once.
    void setPayloadText(const QString &json);
    /// Shows where the built-in Sandbox simulator answers (the profiles come with issue 6).
    void setSandbox(const QUrl &baseUrl, const QString &apiVersion);

    /// Loads a payload file; false when it cannot be read, with the reason in the status bar
    /// and, when given, in `error`.
    bool openFile(const QString &path, QString *error = nullptr);

private:
    void revalidate();
    void chooseFile();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel *m_profileLabel = nullptr;
    QTimer m_debounce;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#pragma once

#include <QJsonObject>
#include <QMainWindow>
#include <QTimer>
#include <QUrl>

class QLabel;
class QNetworkAccessManager;

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Wac {

class ProfileStore;
class ResultPanel;
class SecretVault;
class SendController;
struct SendResult;

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
    /// Shows where the built-in Sandbox simulator answers, and lists it first among profiles.
    void setSandbox(const QUrl &baseUrl, const QString &apiVersion);
    /// The application's profiles and secrets; enables File → Profiles.
    void setServices(ProfileStore *profiles, SecretVault *vault, QNetworkAccessManager *nam);

    /// Loads a payload file; false when it cannot be read, with the reason in the status bar
    /// and, when given, in `error`.
    bool openFile(const QString &path, QString *error = nullptr);

private:
    void revalidate();
    void chooseFile();
    void showAbout();
    void showProfiles();
    void fillProfiles(const QString &select);
    void updateSendState();
    void send(bool anyway);
    void sendFinished(const SendResult &result);
    void showSecretsMode(bool sessionOnly);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_secretsLabel = nullptr;
    ProfileStore *m_profiles = nullptr;
    SecretVault *m_vault = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    SendController *m_sender = nullptr;
    ResultPanel *m_result = nullptr;
    QAction *m_sendAction = nullptr;
    QJsonObject m_payload; ///< the editor's payload, when it is a JSON object
    bool m_payloadOk = false; ///< the editor holds a JSON object
    bool m_payloadErrors = false;
    QTimer m_debounce;
};

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/dialogs/profiledialog.h"

#include "ui_profiledialog.h"

#include "net/cloudapiclient.h"
#include "storage/profilestore.h"
#include "storage/secretvault.h"
#include "widgets/dialogs/receivingpanel.h"
#include "widgets/dialogs/storepanel.h"

#include <QPushButton>

#include "services/profileconfig.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QString secretName(const char *secret)
{
    return QString::fromLatin1(secret);
}

} // namespace

ProfileDialog::ProfileDialog(
    ProfileStore *store, SecretVault *vault, QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_store(store)
    , m_vault(vault)
    , m_nam(nam)
{
    m_ui->setupUi(this);
    m_receiving = new ReceivingPanel(
        m_vault, m_nam,
        [this](const auto &use) {
            const Profile profile = formProfile();
            withToken([profile, use](const QByteArray &token) { use(profile, token); });
        },
        m_ui->receivingTab);
    m_ui->receivingLayout->addWidget(m_receiving);
    m_receiving->setTabOrderAfter(m_ui->revealSecretToolButton);
    m_storePanel = new StorePanel(m_vault);
    m_ui->profileTabWidget->addTab(m_storePanel, tr("Team store"));
    connect(m_ui->wabaIdLineEdit, &QLineEdit::textChanged, m_receiving, &ReceivingPanel::setWabaId);
    m_ui->sessionOnlyLabel->setStyleSheet(
        u"QLabel { background: palette(alternate-base); padding: 6px; "
        "border-left: 4px solid #d08800; }"_s);
    m_ui->sessionOnlyLabel->setVisible(m_vault->isSessionOnly());
    connect(
        m_vault, &SecretVault::sessionOnlyChanged, m_ui->sessionOnlyLabel, &QWidget::setVisible);
    connect(m_ui->profilesListWidget, &QListWidget::currentRowChanged, this,
        &ProfileDialog::showProfile);
    connect(m_ui->newPushButton, &QPushButton::clicked, this, &ProfileDialog::startNew);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &ProfileDialog::save);
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, &ProfileDialog::remove);
    connect(m_ui->testPushButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_ui->revealTokenToolButton, &QToolButton::toggled, this,
        [this](bool show) { reveal(m_ui->accessTokenLineEdit, SecretVault::accessToken, show); });
    connect(m_ui->revealSecretToolButton, &QToolButton::toggled, this,
        [this](bool show) { reveal(m_ui->appSecretLineEdit, SecretVault::appSecret, show); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload({});
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::selectProfile(const QString &name)
{
    reload(name);
}

void ProfileDialog::setReceiverState(const ReceiverState &state)
{
    m_receiving->setReceiverState(state);
}

void ProfileDialog::reload(const QString &select)
{
    QSignalBlocker blocker(m_ui->profilesListWidget);
    m_ui->profilesListWidget->clear();
    int row = 0;
    const QList<Profile> profiles = m_store->profiles();
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &p = profiles.at(i);
        auto *item = new QListWidgetItem(p.isSandbox() ? tr("%1 (built in)").arg(p.name) : p.name);
        item->setData(Qt::UserRole, p.name);
        m_ui->profilesListWidget->addItem(item);
        if (p.name == select)
            row = i;
    }
    m_ui->profilesListWidget->setCurrentRow(row);
    blocker.unblock();
    showProfile();
}

void ProfileDialog::showProfile()
{
    const QListWidgetItem *item = m_ui->profilesListWidget->currentItem();
    const auto profile = item ? m_store->find(item->data(Qt::UserRole).toString()) : std::nullopt;
    if (!profile) {
        startNew();
        return;
    }
    m_original = profile->name;
    m_confirmingDelete = false;
    m_ui->deletePushButton->setText(tr("&Delete"));
    m_ui->nameLineEdit->setText(profile->name);
    m_ui->baseUrlLineEdit->setText(profile->baseUrl.toString());
    m_ui->apiVersionLineEdit->setText(profile->apiVersion);
    m_ui->phoneNumberIdLineEdit->setText(profile->phoneNumberId);
    m_ui->wabaIdLineEdit->setText(profile->wabaId);
    const bool sandbox = profile->isSandbox();
    for (QLineEdit *field : {m_ui->nameLineEdit, m_ui->baseUrlLineEdit, m_ui->apiVersionLineEdit,
             m_ui->phoneNumberIdLineEdit, m_ui->wabaIdLineEdit, m_ui->accessTokenLineEdit,
             m_ui->appSecretLineEdit})
        field->setReadOnly(sandbox);
    for (QLineEdit *field : {m_ui->accessTokenLineEdit, m_ui->appSecretLineEdit}) {
        field->clear();
        field->setPlaceholderText(
            sandbox ? tr("built in") : tr("kept in the keychain; type to replace"));
    }
    m_ui->revealTokenToolButton->setChecked(false);
    m_ui->revealSecretToolButton->setChecked(false);
    m_ui->savePushButton->setEnabled(!sandbox);
    m_ui->deletePushButton->setEnabled(!sandbox);
    m_ui->revealTokenToolButton->setEnabled(!sandbox);
    m_ui->revealSecretToolButton->setEnabled(!sandbox);
    m_receiving->showProfile(*profile);
    m_storePanel->showProfile(*profile);
    setStatus(sandbox ? tr("The Sandbox is the simulator inside waconsole: everything works "
                           "without a Meta account.")
                      : QString(),
        false);
    Q_EMIT profileShown(profile->name);
}

void ProfileDialog::startNew()
{
    m_original.clear();
    m_ui->profilesListWidget->clearSelection();
    for (QLineEdit *field : {m_ui->nameLineEdit, m_ui->phoneNumberIdLineEdit, m_ui->wabaIdLineEdit,
             m_ui->accessTokenLineEdit, m_ui->appSecretLineEdit}) {
        field->clear();
        field->setReadOnly(false);
    }
    const Profile defaults;
    m_ui->baseUrlLineEdit->setText(defaults.baseUrl.toString());
    m_ui->apiVersionLineEdit->setText(defaults.apiVersion);
    m_ui->baseUrlLineEdit->setReadOnly(false);
    m_ui->apiVersionLineEdit->setReadOnly(false);
    m_ui->accessTokenLineEdit->setPlaceholderText(tr("paste the access token"));
    m_ui->appSecretLineEdit->setPlaceholderText(tr("optional, for webhook signatures"));
    m_ui->savePushButton->setEnabled(true);
    m_ui->deletePushButton->setEnabled(false);
    m_ui->revealTokenToolButton->setEnabled(true);
    m_ui->revealSecretToolButton->setEnabled(true);
    m_receiving->showProfile(defaults);
    m_storePanel->showProfile(defaults);
    setStatus({}, false);
    m_ui->nameLineEdit->setFocus();
    Q_EMIT profileShown({});
}

Profile ProfileDialog::formProfile() const
{
    Profile p;
    p.name = m_ui->nameLineEdit->text();
    p.baseUrl = QUrl(m_ui->baseUrlLineEdit->text().trimmed());
    p.apiVersion = m_ui->apiVersionLineEdit->text().trimmed();
    p.phoneNumberId = m_ui->phoneNumberIdLineEdit->text().trimmed();
    p.wabaId = m_ui->wabaIdLineEdit->text().trimmed();
    p.receiverPort = m_receiving->receiverPort();
    m_storePanel->apply(p);
    return p;
}

void ProfileDialog::save()
{
    const Profile profile = formProfile();
    const QString original = m_original;
    QString error;
    if (!m_store->save(profile, original, &error)) {
        setStatus(error, true);
        return;
    }
    const auto afterRename = [this, name = profile.name](
                                 TokenStore::Error renamed, const QString &why) {
        if (renamed != TokenStore::Error::None) {
            setStatus(tr("Saved, but its secrets could not be moved: %1").arg(why), true);
            return;
        }
        saveSecrets(name, 0);
    };
    if (!original.isEmpty() && original != profile.name)
        m_vault->renameProfile(original, profile.name, this, afterRename);
    else
        afterRename(TokenStore::Error::None, {});
}

void ProfileDialog::saveSecrets(const QString &profile, int pending)
{
    // Only what was typed is written; an empty field keeps the stored secret.
    const QList<std::pair<const char *, QString>> typed = {
        {SecretVault::accessToken, m_ui->accessTokenLineEdit->text()},
        {SecretVault::appSecret, m_ui->appSecretLineEdit->text()},
        {SecretVault::verifyToken, m_receiving->newVerifyToken()},
        {SecretVault::storePassword, m_storePanel->newPassword()}};
    for (qsizetype i = pending; i < typed.size(); ++i) {
        if (typed.at(i).second.isEmpty())
            continue;
        m_vault->write(profile, secretName(typed.at(i).first), typed.at(i).second.toUtf8(), this,
            [this, profile, i](TokenStore::Error error, const QString &why) {
                if (error != TokenStore::Error::None) {
                    setStatus(tr("Saved, but a secret could not be stored: %1").arg(why), true);
                    return;
                }
                saveSecrets(profile, int(i) + 1);
            });
        return;
    }
    reload(profile);
    setStatus(m_vault->isSessionOnly() ? tr("Saved; the secrets are kept for this session only.")
                                       : tr("Saved."),
        false);
    Q_EMIT profilesChanged();
}

void ProfileDialog::remove()
{
    if (m_original.isEmpty())
        return;
    if (!m_confirmingDelete) {
        // A second click confirms: no modal box to dismiss, and nothing happens by accident.
        m_confirmingDelete = true;
        m_ui->deletePushButton->setText(tr("Confirm &delete"));
        setStatus(tr("Click again to delete \"%1\" and its secrets.").arg(m_original), true);
        return;
    }
    QString error;
    const QString name = m_original;
    if (!m_store->remove(name, &error)) {
        setStatus(error, true);
        return;
    }
    m_vault->removeProfile(name, this, [this, name](TokenStore::Error, const QString &) {
        reload({});
        setStatus(tr("Deleted \"%1\".").arg(name), false);
        Q_EMIT profilesChanged();
    });
}

void ProfileDialog::withToken(const std::function<void(const QByteArray &)> &use)
{
    const Profile profile = formProfile();
    if (profile.isSandbox()) {
        use(Profile::sandboxToken);
        return;
    }
    if (!m_ui->accessTokenLineEdit->text().isEmpty() || m_original.isEmpty()) {
        use(m_ui->accessTokenLineEdit->text().toUtf8());
        return;
    }
    m_vault->read(m_original, secretName(SecretVault::accessToken), this,
        [use](const QByteArray &token, TokenStore::Error, const QString &) { use(token); });
}

void ProfileDialog::testConnection()
{
    const Profile profile = formProfile();
    setStatus(tr("Testing…"), false);
    withToken([this, profile](const QByteArray &token) {
        m_client = std::make_unique<CloudApiClient>(m_nam, apiConfig(profile, 15000));
        m_client->setToken(token);
        SendJob *job =
            m_client->getObject(profile.phoneNumberId, u"display_phone_number,verified_name"_s);
        connect(job, &SendJob::finished, this, [this](const SendResult &result) {
            if (result.outcome == SendResult::Outcome::Accepted) {
                setStatus(tr("Connected: %1 · %2")
                              .arg(result.response.value(u"display_phone_number").toString(),
                                  result.response.value(u"verified_name").toString()),
                    false);
                return;
            }
            const ApiError &e = result.error;
            setStatus(e.headline() + u' ' + e.message + u"\n"_s + e.hint(), true);
        });
    });
}

void ProfileDialog::reveal(QLineEdit *field, const char *secret, bool show)
{
    field->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    if (!show || !field->text().isEmpty() || m_original.isEmpty())
        return;
    // Asked for: the stored secret is read only now, and only into this field.
    m_vault->read(m_original, secretName(secret), field,
        [field](const QByteArray &value, TokenStore::Error, const QString &) {
            field->setText(QString::fromUtf8(value));
        });
}

void ProfileDialog::setStatus(const QString &text, bool problem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(problem ? u"color: #c62828;"_s : QString());
}

} // namespace Wac

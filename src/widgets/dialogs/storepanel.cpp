// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/dialogs/storepanel.h"

#include "ui_storepanel.h"

#include "storage/secretvault.h"
#include "widgets/dialogs/filedialogs.h"

#include <QDir>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace Wac {

StorePanel::StorePanel(SecretVault *vault, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StorePanel>())
    , m_vault(vault)
{
    m_ui->setupUi(this);
    fillChoices();
    connect(m_ui->engineComboBox, &QComboBox::currentIndexChanged, this, &StorePanel::updateFields);
    connect(m_ui->tlsComboBox, &QComboBox::currentIndexChanged, this, &StorePanel::updateFields);
    connect(m_ui->revealPasswordToolButton, &QToolButton::toggled, this, &StorePanel::reveal);
    connect(
        m_ui->authoritiesToolButton, &QToolButton::clicked, this, &StorePanel::chooseAuthorities);
    // A long path scrolls in its field: the whole of it on hover.
    connect(m_ui->authoritiesLineEdit, &QLineEdit::textChanged, m_ui->authoritiesLineEdit,
        &QLineEdit::setToolTip);
    updateFields();
}

StorePanel::~StorePanel() = default;

void StorePanel::fillChoices()
{
    QComboBox *engine = m_ui->engineComboBox;
    const int chosen = qMax(0, engine->currentIndex());
    engine->clear();
    engine->addItem(tr("This computer (a file of its own)"));
    engine->addItem(tr("The team's PostgreSQL server"));
    engine->setCurrentIndex(chosen);
    QComboBox *tls = m_ui->tlsComboBox;
    const QString mode = tls->currentData().toString();
    tls->clear();
    // What each of libpq's modes checks, in the user's words; verify-full is the default.
    tls->addItem(
        tr("verify-full: encrypted, the server's certificate and name checked"), u"verify-full"_s);
    tls->addItem(tr("verify-ca: encrypted, the certificate checked, not the name"), u"verify-ca"_s);
    tls->addItem(tr("require: encrypted, the server not checked"), u"require"_s);
    tls->addItem(tr("prefer: encrypted when the server offers it"), u"prefer"_s);
    tls->addItem(tr("disable: not encrypted (a server on this computer only)"), u"disable"_s);
    tls->setCurrentIndex(qMax(0, tls->findData(mode)));
}

void StorePanel::showProfile(const Profile &profile)
{
    m_profile = profile.name;
    m_sandbox = profile.isSandbox();
    const StoreLocation &store = profile.store;
    m_ui->engineComboBox->setCurrentIndex(store.isPostgres() ? 1 : 0);
    m_ui->hostLineEdit->setText(store.host);
    m_ui->portSpinBox->setValue(store.port);
    m_ui->databaseLineEdit->setText(store.database);
    m_ui->userLineEdit->setText(store.user);
    const int tls = m_ui->tlsComboBox->findData(store.tlsMode);
    m_ui->tlsComboBox->setCurrentIndex(qMax(0, tls));
    m_ui->authoritiesLineEdit->setText(QDir::toNativeSeparators(store.tlsAuthorities));
    m_ui->passwordLineEdit->clear();
    m_ui->revealPasswordToolButton->setChecked(false);
    m_ui->agentLineEdit->setText(profile.agentName);
    m_ui->agentLineEdit->setPlaceholderText(profile.name);
    updateFields();
}

void StorePanel::apply(Profile &profile) const
{
    StoreLocation &store = profile.store;
    store.engine = m_ui->engineComboBox->currentIndex() == 1 ? StoreLocation::Engine::PostgreSQL
                                                             : StoreLocation::Engine::SQLite;
    store.host = m_ui->hostLineEdit->text().trimmed();
    store.port = m_ui->portSpinBox->value();
    store.database = m_ui->databaseLineEdit->text().trimmed();
    store.user = m_ui->userLineEdit->text().trimmed();
    store.tlsMode = m_ui->tlsComboBox->currentData().toString();
    store.tlsAuthorities = QDir::fromNativeSeparators(m_ui->authoritiesLineEdit->text().trimmed());
    profile.agentName = m_ui->agentLineEdit->text();
}

QString StorePanel::newPassword() const
{
    return m_ui->engineComboBox->currentIndex() == 1 ? m_ui->passwordLineEdit->text() : QString();
}

void StorePanel::updateFields()
{
    const bool server = m_ui->engineComboBox->currentIndex() == 1;
    m_ui->engineComboBox->setEnabled(!m_sandbox);
    m_ui->agentLineEdit->setReadOnly(m_sandbox);
    const QList<QWidget *> serverFields = {m_ui->hostLineEdit, m_ui->portSpinBox,
        m_ui->databaseLineEdit, m_ui->userLineEdit, m_ui->passwordLineEdit,
        m_ui->revealPasswordToolButton, m_ui->tlsComboBox};
    for (QWidget *field : serverFields)
        field->setEnabled(server && !m_sandbox);
    // Only a mode that checks the server's certificate has authorities to trust.
    StoreLocation mode;
    mode.tlsMode = m_ui->tlsComboBox->currentData().toString();
    for (QWidget *field : {static_cast<QWidget *>(m_ui->authoritiesLineEdit),
             static_cast<QWidget *>(m_ui->authoritiesToolButton)})
        field->setEnabled(server && !m_sandbox && mode.checksCertificate());
    m_ui->authoritiesLineEdit->setPlaceholderText(
        tr("empty: ~/.postgresql/root.crt, else the system's"));
    m_ui->passwordLineEdit->setPlaceholderText(m_profile.isEmpty()
            ? tr("the role's password")
            : tr("kept in the keychain; type to replace"));
    m_ui->engineHelpLabel->setText(server
            ? tr("Every console of the team with this store sees the same sends, statuses and "
                 "conversations as they happen. Move your own history there with "
                 "waconsole-cli store copy.")
            : tr("Sends and conversations stay on this computer, in the file every profile "
                 "without a team store shares."));
}

void StorePanel::chooseAuthorities()
{
    const QString file = FileDialogs::openFileName(
        this, tr("Certificate authorities"), tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui->authoritiesLineEdit->setText(QDir::toNativeSeparators(file));
}

void StorePanel::reveal(bool show)
{
    QLineEdit *field = m_ui->passwordLineEdit;
    field->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    if (!show || !field->text().isEmpty() || m_profile.isEmpty())
        return;
    // Asked for: the stored password is read only now, and only into this field.
    // A late answer (an unlock prompt) for a profile no longer shown is dropped.
    m_vault->read(m_profile, QString::fromLatin1(SecretVault::storePassword), field,
        [this, field, shown = m_profile](
            const QByteArray &value, TokenStore::Error, const QString &) {
            if (m_profile == shown && field->text().isEmpty())
                field->setText(QString::fromUtf8(value));
        });
}

void StorePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        updateFields();
    }
    QWidget::changeEvent(event);
}

} // namespace Wac

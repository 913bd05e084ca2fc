// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/dialogs/receivingpanel.h"

#include "ui_receivingpanel.h"

#include "storage/secretvault.h"

#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QRandomGenerator>

#include "services/subscriptioncheck.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int verifyTokenLength = 32;
constexpr auto toneProperty = "waconsoleTone";

/// 32 characters of A–Z, a–z, 0–9, "-" and "_": safe in the query string Meta sends it in, and
/// from the system's generator, since whoever knows it can pass for Meta at verification.
QString randomVerifyToken()
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString token;
    for (int i = 0; i < verifyTokenLength; ++i)
        token.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(64)]));
    return token;
}

} // namespace

ReceivingPanel::ReceivingPanel(
    SecretVault *vault, QNetworkAccessManager *nam, Credentials credentials, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReceivingPanel>())
    , m_vault(vault)
    , m_credentials(std::move(credentials))
    , m_check(new SubscriptionCheck(nam, this))
{
    m_ui->setupUi(this);
    // The spin box sizes itself for its first special text only: room for the longer one too.
    QSpinBox *port = m_ui->receiverPortSpinBox;
    const QFontMetrics metrics(port->font());
    const int shown = qMax(metrics.horizontalAdvance(QString::number(port->maximum())),
        metrics.horizontalAdvance(port->specialValueText()));
    port->setMinimumWidth(
        port->sizeHint().width() + qMax(0, metrics.horizontalAdvance(tr("Automatic")) - shown));
    // Monospaced and wide enough for the whole token: it is read and compared by eye with what
    // was pasted into the dashboard, where 0/O and l/I must not be guessed.
    QLineEdit *token = m_ui->verifyTokenLineEdit;
    token->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    token->setMinimumWidth(
        QFontMetrics(token->font()).horizontalAdvance(QString(verifyTokenLength + 2, u'x')));
    connect(
        m_ui->receiverPortSpinBox, &QSpinBox::valueChanged, this, &ReceivingPanel::updateCallback);
    connect(
        m_ui->generateTokenToolButton, &QToolButton::clicked, this, &ReceivingPanel::generateToken);
    connect(m_ui->copyTokenToolButton, &QToolButton::clicked, this, &ReceivingPanel::copyToken);
    connect(m_ui->verifyTokenLineEdit, &QLineEdit::textChanged, this,
        [this] { m_ui->copyTokenToolButton->setText(tr("Cop&y")); });
    connect(m_ui->checkSubscriptionPushButton, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_ui->subscribePushButton, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_check, &SubscriptionCheck::finished, this,
        [this](const SubscriptionCheck::Answer &answer) {
            setBusy(false);
            Theme::Tone tone = Theme::Tone::Bad;
            if (answer.subscription)
                tone = answer.subscription->isSubscribed() ? Theme::Tone::Good
                                                           : Theme::Tone::Uncertain;
            setLine(m_ui->subscriptionLabel, answer.text(), tone);
        });
    showProfile(Profile());
}

ReceivingPanel::~ReceivingPanel() = default;

void ReceivingPanel::showProfile(const Profile &profile)
{
    ++m_run; // a token or an answer still on its way belongs to the profile shown before
    m_check->forget();
    m_profile = profile.name;
    m_sandbox = profile.isSandbox();
    auto *port = m_ui->receiverPortSpinBox;
    // The lowest value is the special one: "Off", or the Sandbox's port of its own choosing.
    port->setSpecialValueText(m_sandbox ? tr("Automatic") : tr("Off"));
    port->setValue(profile.receiverPort == 0 ? port->minimum() : profile.receiverPort);
    port->setEnabled(!m_sandbox);
    m_ui->verifyTokenLineEdit->clear();
    m_ui->verifyTokenLineEdit->setReadOnly(m_sandbox);
    m_ui->verifyTokenLineEdit->setPlaceholderText(m_sandbox ? tr("not needed for the Sandbox")
            : m_profile.isEmpty()                           ? tr("Generate one, or type your own")
                                  : tr("kept in the keychain; Generate replaces it"));
    m_ui->generateTokenToolButton->setEnabled(!m_sandbox);
    m_ui->copyTokenToolButton->setEnabled(!m_sandbox);
    setReceiverState({});
    setBusy(false);
    setWabaId(profile.wabaId);
    updateCallback();
}

void ReceivingPanel::setWabaId(const QString &wabaId)
{
    m_hasWaba = !wabaId.trimmed().isEmpty();
    updateButtons();
    if (m_busy)
        return;
    setLine(m_ui->subscriptionLabel,
        m_hasWaba ? QString()
                  : tr("Add the WABA ID on the Profile tab to check whether Meta sends this "
                       "account's webhooks to your app."),
        Theme::Tone::Neutral);
}

quint16 ReceivingPanel::receiverPort() const
{
    const QSpinBox *port = m_ui->receiverPortSpinBox;
    return port->value() == port->minimum() ? 0 : quint16(port->value());
}

QString ReceivingPanel::newVerifyToken() const
{
    return m_sandbox ? QString() : m_ui->verifyTokenLineEdit->text().trimmed();
}

void ReceivingPanel::updateCallback()
{
    const quint16 port = receiverPort();
    QString url;
    QString help;
    if (m_sandbox) {
        url = m_state.url.toString();
        help = tr("The Sandbox's receiver picks a free port by itself, and the simulator's "
                  "webhooks reach it without a tunnel.");
    } else if (port != 0) {
        url = u"http://127.0.0.1:%1/webhook"_s.arg(port);
        // A QString, not the string builder "auto" would give: its parts die with the lambda.
        const auto command = [](const QString &text) -> QString {
            return u"<nobr><code>"_s + text + u"</code></nobr>"_s;
        };
        help = tr("Meta calls only an https address that reaches this port: run a tunnel such as "
                  "%1 or %2, and enter its https address followed by /webhook in the app "
                  "dashboard under WhatsApp → Configuration → Callback URL, with the verify token "
                  "below.")
                   .arg(command(u"cloudflared tunnel --url http://127.0.0.1:%1"_s.arg(port)),
                       command(u"ngrok http %1"_s.arg(port)));
    } else {
        help = tr("Off: this profile's receiver does not run. Choose a port to receive "
                  "webhooks.");
    }
    m_ui->callbackUrlLineEdit->setText(url);
    m_ui->callbackUrlLineEdit->setPlaceholderText(m_sandbox
            ? tr("known once the Sandbox's receiver listens")
            : tr("none while the receiver is off"));
    m_ui->callbackHelpLabel->setText(help);
}

void ReceivingPanel::generateToken()
{
    m_ui->verifyTokenLineEdit->setText(randomVerifyToken());
}

void ReceivingPanel::copyToken()
{
    QLineEdit *field = m_ui->verifyTokenLineEdit;
    const auto copy = [this, field](const QString &token) {
        if (token.isEmpty()) {
            field->setPlaceholderText(tr("none is stored yet: Generate one"));
            return;
        }
        field->setText(token);
        QGuiApplication::clipboard()->setText(token);
        m_ui->copyTokenToolButton->setText(tr("Copied"));
    };
    if (!field->text().isEmpty() || m_profile.isEmpty()) {
        copy(field->text());
        return;
    }
    // Asked for: the stored token is read only now, and shown so the user sees what was copied.
    const quint64 run = m_run;
    m_vault->read(m_profile, QString::fromLatin1(SecretVault::verifyToken), this,
        [this, run, copy](const QByteArray &value, TokenStore::Error, const QString &) {
            if (run == m_run)
                copy(QString::fromUtf8(value));
        });
}

void ReceivingPanel::run(bool subscribe)
{
    setBusy(true);
    setLine(m_ui->subscriptionLabel, subscribe ? tr("Subscribing…") : tr("Checking…"),
        Theme::Tone::Neutral);
    const quint64 run = ++m_run;
    m_credentials([this, run, subscribe](const Profile &profile, const QByteArray &token) {
        if (run != m_run)
            return;
        if (subscribe)
            m_check->subscribe(profile, token);
        else
            m_check->check(profile, token);
    });
}

void ReceivingPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ReceivingPanel::updateButtons()
{
    m_ui->checkSubscriptionPushButton->setEnabled(m_hasWaba && !m_busy);
    m_ui->subscribePushButton->setEnabled(m_hasWaba && !m_busy);
}

void ReceivingPanel::setReceiverState(const ReceiverState &state)
{
    m_state = state;
    QString text;
    Theme::Tone tone = Theme::Tone::Neutral;
    if (state.listening) {
        text = tr("Listening on %1").arg(state.url.toString());
        if (state.lastDeliveryAt > 0) {
            const QString at = QDateTime::fromMSecsSinceEpoch(state.lastDeliveryAt)
                                   .toLocalTime()
                                   .toString(u"HH:mm:ss"_s);
            text += u"\n"_s
                + (state.lastVerified ? tr("Last delivery %1, signature verified: %2")
                                      : tr("Last delivery %1, signature not verified: %2"))
                      .arg(at, state.lastResult);
        } else {
            text += u"\n"_s + tr("No delivery yet");
        }
        if (state.accepted + state.rejected > 0)
            text +=
                u"\n"_s + tr("%1 accepted, %2 rejected").arg(state.accepted).arg(state.rejected);
        tone = Theme::Tone::Good;
        if (!state.problem.isEmpty()) {
            text += u"\n"_s + state.problem;
            tone = Theme::Tone::Uncertain;
        }
    } else if (!state.problem.isEmpty()) {
        text = state.problem;
        tone = Theme::Tone::Bad;
    } else {
        text = tr("Not running");
    }
    setLine(m_ui->receiverStateLabel, text, tone);
    if (m_sandbox)
        updateCallback();
}

void ReceivingPanel::setTabOrderAfter(QWidget *previous)
{
    // Made after the dialog's form, the fields would come last, after Close; and Qt moves no
    // widget without focus, such as this panel, so each field is placed in turn. A field's own
    // parts (a spin box's line edit) follow it.
    QList<QWidget *> fields;
    for (QWidget *w = nextInFocusChain(); isAncestorOf(w); w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && !fields.contains(w->parentWidget()))
            fields.append(w);
    }
    for (QWidget *field : std::as_const(fields)) {
        setTabOrder(previous, field);
        previous = field;
    }
}

void ReceivingPanel::setLine(QLabel *label, const QString &text, Theme::Tone tone)
{
    label->setText(text);
    label->setProperty(toneProperty, int(tone));
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::toneColor(tone, palette()));
    label->setPalette(p);
}

void ReceivingPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // A theme switch: each line keeps its tone in the new palette's colours.
    for (QLabel *label : {m_ui->receiverStateLabel, m_ui->subscriptionLabel})
        setLine(label, label->text(), Theme::Tone(label->property(toneProperty).toInt()));
}

} // namespace Wac

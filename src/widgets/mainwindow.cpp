// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/mainwindow.h"

#include "ui_mainwindow.h"

#include "core/jsoninput.h"
#include "core/messagetype.h"
#include "core/outgoingmessage.h"
#include "core/phonenumber.h"
#include "core/validation/validator.h"
#include "storage/profile.h"
#include "widgets/resultpanel.h"

#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QIcon>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

constexpr int debounceMs = 150;

QString summaryOf(const QJsonObject &body)
{
    const OutgoingMessage message = OutgoingMessage::fromJson(body);
    const QString type = messageTypeId(message.type());
    if (message.type() == MessageType::MarkAsRead)
        return MainWindow::tr("Mark as read: %1").arg(message.markRead().messageId);
    const PhoneNumber phone = PhoneNumber::parse(message.recipient());
    if (!phone.isValid())
        return MainWindow::tr("Type: %1").arg(type);
    if (!phone.hasCountryCode()) {
        return MainWindow::tr("Type: %1 · to %2 (no country code: the business number's code "
                              "will be prepended)")
            .arg(type, phone.digits());
    }
    return MainWindow::tr("Type: %1 · to %2").arg(type, phone.normalized());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/waconsole.svg"_s));
    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(u"profileLabel"_s);
    m_profileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_profileLabel);
    m_secretsLabel = new QLabel(this);
    m_secretsLabel->setObjectName(u"secretsLabel"_s);
    statusBar()->addPermanentWidget(m_secretsLabel);
    m_ui->payloadPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({460, 160});
    m_ui->problemsTreeWidget->setColumnWidth(0, 300);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &MainWindow::revalidate);
    connect(m_ui->payloadPlainTextEdit, &QPlainTextEdit::textChanged, &m_debounce,
        qOverload<>(&QTimer::start));
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->profilesAction, &QAction::triggered, this, &MainWindow::showProfiles);

    m_result = new ResultPanel(m_ui->resultContainer);
    auto *resultLayout = new QVBoxLayout(m_ui->resultContainer);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_result);
    // Ctrl+Return sends from anywhere in the window, the payload editor included.
    m_sendAction = new QAction(tr("Send"), this);
    m_sendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    addAction(m_sendAction);
    // send() checks the payload as it is now: the button may still show the state from before
    // the last keystroke, while the check waits out its 150 ms.
    connect(m_sendAction, &QAction::triggered, this, [this] { send(false); });
    connect(m_ui->sendPushButton, &QPushButton::clicked, this, [this] { send(false); });
    connect(m_ui->sendAnywayPushButton, &QPushButton::clicked, this, [this] { send(true); });
    connect(
        m_ui->profileComboBox, &QComboBox::currentIndexChanged, this, &MainWindow::updateSendState);

    setPayloadText(QString::fromUtf8(
        QJsonDocument(OutgoingMessage().toJson()).toJson(QJsonDocument::Indented)));
}

MainWindow::~MainWindow() = default;

void MainWindow::setPayloadText(const QString &json)
{
    m_ui->payloadPlainTextEdit->setPlainText(json);
    m_debounce.stop();
    revalidate();
}

void MainWindow::setSandbox(const QUrl &baseUrl, const QString &apiVersion)
{
    m_profileLabel->setText(tr("Sandbox · %1 · %2").arg(baseUrl.toString(), apiVersion));
    if (m_profiles)
        fillProfiles(QString::fromLatin1(Profile::sandboxName));
    m_profileLabel->setToolTip(tr("The built-in Cloud API simulator answers on this address "
                                  "while waconsole runs (token: sandbox-token)."));
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString reason = tr("Cannot open %1: %2").arg(path, file.errorString());
        statusBar()->showMessage(reason);
        if (error)
            *error = reason;
        return false;
    }
    setPayloadText(QString::fromUtf8(file.readAll()));
    return true;
}

void MainWindow::revalidate()
{
    QTreeWidget *problems = m_ui->problemsTreeWidget;
    problems->clear();
    const JsonInput input = JsonInput::parse(m_ui->payloadPlainTextEdit->toPlainText().toUtf8());
    if (!input.ok()) {
        m_payloadOk = false;
        updateSendState();
        m_ui->summaryLabel->setText(tr("The payload is not valid JSON."));
        auto *item = new QTreeWidgetItem(problems, {tr("JSON"), input.error});
        item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        statusBar()->showMessage(tr("Not JSON: %1").arg(input.error));
        return;
    }
    m_ui->summaryLabel->setText(input.value.isObject() ? summaryOf(input.value.toObject())
                                                       : tr("The payload is not a JSON object."));
    const QList<Diagnostic> diagnostics = validate(input.value);
    m_payloadOk = input.value.isObject();
    m_payload = input.value.toObject();
    m_payloadErrors = hasErrors(diagnostics);
    updateSendState();
    int errors = 0;
    for (const Diagnostic &d : diagnostics) {
        auto *item =
            new QTreeWidgetItem(problems, {d.pointer.isEmpty() ? u"/"_s : d.pointer, d.message});
        item->setToolTip(0, d.pointer);
        item->setToolTip(1, d.message + u"\n["_s + d.code + u']');
        item->setIcon(0,
            style()->standardIcon(
                d.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        errors += d.isError() ? 1 : 0;
    }
    const int warnings = int(diagnostics.size()) - errors;
    statusBar()->showMessage(diagnostics.isEmpty()
            ? tr("No problems: the payload is ready to send.")
            : tr("Errors: %1, warnings: %2").arg(errors).arg(warnings));
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open payload"), {}, tr("JSON payloads (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About waconsole"),
        tr("<b>waconsole</b> %1<br>Compose, validate and send WhatsApp Business "
           "Cloud API messages.")
            .arg(QCoreApplication::applicationVersion()));
}

} // namespace Wac

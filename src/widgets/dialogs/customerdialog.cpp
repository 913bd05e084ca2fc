// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/dialogs/customerdialog.h"

#include "core/phonenumber.h"
#include "widgets/dialogs/permissionreplypage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "services/sandbox.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QFormLayout *formOn(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

QLineEdit *lineEdit(const QString &name, const QString &text, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

CustomerDialog::CustomerDialog(Sandbox *sandbox, QWidget *parent)
    : QDialog(parent)
    , m_sandbox(sandbox)
{
    setObjectName(u"customerDialog"_s);
    setWindowTitle(tr("Simulate a customer message"));
    auto *intro = new QLabel(tr("Writes to the Sandbox as a customer would. The message arrives "
                                "by webhook, like a real one, and opens their 24-hour window."),
        this);
    intro->setWordWrap(true);
    m_from = lineEdit(u"customerFromLineEdit"_s, u"+1 650 555 1234"_s, this);
    m_name = lineEdit(u"customerNameLineEdit"_s, tr("Pablo Morales"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"customerKindComboBox"_s);
    m_kind->addItem(tr("Text"), u"text"_s);
    m_kind->addItem(tr("Photo"), u"image"_s);
    m_kind->addItem(tr("Location"), u"location"_s);
    m_kind->addItem(tr("Reply button tap"), u"button_reply"_s);
    m_kind->addItem(tr("Call permission answer"), u"call_permission_reply"_s);
    m_kind->addItem(tr("Share contact info tap"), u"contact_info"_s);

    m_pages = new QStackedWidget(this);
    auto *textPage = new QWidget(m_pages);
    m_text = lineEdit(u"customerTextLineEdit"_s, tr("Hi! Where is my order?"), textPage);
    formOn(textPage)->addRow(tr("&Text:"), m_text);
    auto *imagePage = new QWidget(m_pages);
    m_caption = lineEdit(u"customerCaptionLineEdit"_s, tr("The box arrived damaged"), imagePage);
    formOn(imagePage)->addRow(tr("&Caption:"), m_caption);
    auto *locationPage = new QWidget(m_pages);
    m_latitude = new QDoubleSpinBox(locationPage);
    m_latitude->setObjectName(u"customerLatitudeSpinBox"_s);
    m_latitude->setRange(-90, 90);
    m_latitude->setDecimals(6);
    m_latitude->setValue(37.483307);
    m_longitude = new QDoubleSpinBox(locationPage);
    m_longitude->setObjectName(u"customerLongitudeSpinBox"_s);
    m_longitude->setRange(-180, 180);
    m_longitude->setDecimals(6);
    m_longitude->setValue(-122.148981);
    m_placeName = lineEdit(u"customerPlaceLineEdit"_s, u"Philz Coffee"_s, locationPage);
    m_address = lineEdit(
        u"customerAddressLineEdit"_s, u"101 Forest Ave, Palo Alto, CA 94301"_s, locationPage);
    QFormLayout *where = formOn(locationPage);
    where->addRow(tr("&Latitude:"), m_latitude);
    where->addRow(tr("L&ongitude:"), m_longitude);
    where->addRow(tr("&Place:"), m_placeName);
    where->addRow(tr("&Address:"), m_address);
    auto *buttonPage = new QWidget(m_pages);
    m_buttonTitle = lineEdit(u"customerButtonTitleLineEdit"_s, tr("Track my order"), buttonPage);
    m_buttonId = lineEdit(u"customerButtonIdLineEdit"_s, u"track"_s, buttonPage);
    m_context = lineEdit(u"customerContextLineEdit"_s, {}, buttonPage);
    m_context->setPlaceholderText(tr("WAMID of our message with the buttons (optional)"));
    QFormLayout *tap = formOn(buttonPage);
    tap->addRow(tr("Button &title:"), m_buttonTitle);
    tap->addRow(tr("Button &ID:"), m_buttonId);
    tap->addRow(tr("&In reply to:"), m_context);
    m_permission = new PermissionReplyPage(m_pages);
    auto *contactPage = new QWidget(m_pages);
    m_userId = lineEdit(u"customerUserIdLineEdit"_s, {}, contactPage);
    m_userId->setPlaceholderText(tr("The customer's business-scoped user ID (optional)"));
    formOn(contactPage)->addRow(tr("&User ID:"), m_userId);
    for (QWidget *page : {textPage, imagePage, locationPage, buttonPage,
             static_cast<QWidget *>(m_permission), contactPage})
        m_pages->addWidget(page);
    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Sends:"), m_kind);
    m_status = new QLabel(this);
    m_status->setObjectName(u"customerStatusLabel"_s);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_send = buttons->addButton(tr("&Send as the customer"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(u"customerSendButton"_s);
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &CustomerDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void CustomerDialog::setCustomer(const QString &number, const QString &name)
{
    m_from->setText(number);
    if (!name.isEmpty())
        m_name->setText(name);
}

QJsonObject CustomerDialog::request() const
{
    const QString kind = m_kind->currentData().toString();
    QJsonObject r {{u"from"_s, m_from->text().trimmed()}, {u"name"_s, m_name->text().trimmed()},
        {u"type"_s, kind}};
    if (kind == u"text"_s) {
        r.insert(u"text"_s, m_text->text());
    } else if (kind == u"image"_s) {
        if (!m_caption->text().isEmpty())
            r.insert(u"caption"_s, m_caption->text());
    } else if (kind == u"location"_s) {
        r.insert(u"latitude"_s, m_latitude->value());
        r.insert(u"longitude"_s, m_longitude->value());
        if (!m_placeName->text().isEmpty())
            r.insert(u"location_name"_s, m_placeName->text());
        if (!m_address->text().isEmpty())
            r.insert(u"address"_s, m_address->text());
    } else if (kind == u"call_permission_reply"_s) {
        m_permission->addTo(r);
    } else if (kind == u"contact_info"_s) {
        // The number shared is the customer's own, the one in "From".
        if (!m_userId->text().trimmed().isEmpty())
            r.insert(u"user_id"_s, m_userId->text().trimmed());
    } else {
        r.insert(u"id"_s, m_buttonId->text());
        r.insert(u"title"_s, m_buttonTitle->text());
        if (!m_context->text().trimmed().isEmpty())
            r.insert(u"context_id"_s, m_context->text().trimmed());
    }
    return r;
}

QString CustomerDialog::problem() const
{
    if (!PhoneNumber::parse(m_from->text()).isValid())
        return tr("\"From\" must be the customer's phone number, e.g. +1 650 555 1234.");
    const QString kind = m_kind->currentData().toString();
    if (kind == u"text"_s && m_text->text().trimmed().isEmpty())
        return tr("The text is empty.");
    if (kind == u"button_reply"_s && m_buttonTitle->text().trimmed().isEmpty())
        return tr("The button's title is empty.");
    if (kind == u"call_permission_reply"_s)
        return m_permission->problem();
    return {};
}

void CustomerDialog::send()
{
    if (const QString why = problem(); !why.isEmpty()) {
        m_status->setText(why);
        return;
    }
    m_send->setEnabled(false);
    m_status->setText(tr("Sending…"));
    // The answer may come after the dialog was closed: it is dropped then.
    const QPointer<CustomerDialog> self(this);
    m_sandbox->customerWrites(request(), [self](const QJsonObject &answer, const QString &error) {
        if (!self)
            return;
        self->answered(answer, error);
    });
}

void CustomerDialog::answered(const QJsonObject &answer, const QString &error)
{
    m_send->setEnabled(true);
    if (!error.isEmpty()) {
        m_status->setText(tr("The simulator did not take it: %1").arg(error));
        return;
    }
    m_status->setText(
        tr("Sent as %1: it arrives in Conversations in a moment.")
            .arg(m_name->text().trimmed().isEmpty() ? m_from->text() : m_name->text()));
    Q_EMIT sent(answer.value(u"id").toString());
}

} // namespace Wac

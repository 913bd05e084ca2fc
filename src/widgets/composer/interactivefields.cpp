// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/interactivefields.h"

#include "ui_interactivefields.h"

#include "widgets/composer/fieldmap.h"
#include "widgets/composer/fieldtext.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QString headerTypeName(const QString &type)
{
    if (type == u"text"_s)
        return InteractiveFields::tr("Text");
    if (type == u"image"_s)
        return InteractiveFields::tr("Image");
    if (type == u"video"_s)
        return InteractiveFields::tr("Video");
    if (type == u"document"_s)
        return InteractiveFields::tr("Document");
    return type;
}

bool isMediaHeader(const QString &type)
{
    return type == u"image"_s || type == u"video"_s || type == u"document"_s;
}

} // namespace

InteractiveFields::InteractiveFields(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InteractiveFields>())
{
    m_ui->setupUi(this);
    connect(m_ui->headerTypeComboBox, &QComboBox::currentIndexChanged, this,
        &InteractiveFields::updateHeaderRows);
    setHeaderTypes({});
}

InteractiveFields::~InteractiveFields() = default;

void InteractiveFields::setHeaderTypes(const QStringList &headerTypes)
{
    m_headerTypes = headerTypes;
    const QSignalBlocker blocker(m_ui->headerTypeComboBox);
    m_ui->headerTypeComboBox->clear();
    m_ui->headerTypeComboBox->addItem(tr("No header"), QString());
    for (const QString &type : headerTypes)
        m_ui->headerTypeComboBox->addItem(headerTypeName(type), type);
    updateHeaderRows();
}

void InteractiveFields::setBodyPlaceholder(const QString &text)
{
    m_ui->bodyTextEdit->setPlaceholderText(text);
}

void InteractiveFields::setFooterAllowed(bool allowed)
{
    m_footerAllowed = allowed;
    updateHeaderRows();
}

void InteractiveFields::load(const InteractivePayload &payload)
{
    setHeaderTypes(m_headerTypes); // drops a type a previous payload added
    m_headerLoaded = payload.header.has_value();
    m_footerLoaded = payload.footer.has_value();
    {
        const QSignalBlocker blocker(m_ui->headerTypeComboBox);
        FieldText::showChoice(
            m_ui->headerTypeComboBox, payload.header ? payload.header->type : QString());
    }
    const InteractiveHeader header = payload.header.value_or(InteractiveHeader());
    FieldText::show(m_ui->headerTextLineEdit, header.text);
    m_ui->headerMediaEditor->setMedia(header.media.id, header.media.link);
    FieldText::show(m_ui->headerFilenameLineEdit, header.media.filename);
    FieldText::show(m_ui->bodyTextEdit, payload.body);
    FieldText::show(m_ui->footerLineEdit, payload.footer);
    updateHeaderRows();
}

void InteractiveFields::store(InteractivePayload &payload) const
{
    const QString type = headerType();
    if (m_headerTypes.isEmpty() && !m_headerLoaded) {
        // The kind has no header: leave whatever the payload has for the validator to name.
    } else if (type.isEmpty()) {
        payload.header.reset();
    } else {
        InteractiveHeader header = payload.header.value_or(InteractiveHeader());
        header.type = type;
        if (type == u"text"_s) {
            header.text = FieldText::read(m_ui->headerTextLineEdit);
        } else if (isMediaHeader(type)) {
            header.media.id = m_ui->headerMediaEditor->id();
            header.media.link = m_ui->headerMediaEditor->link();
            if (type == u"document"_s)
                header.media.filename = FieldText::read(m_ui->headerFilenameLineEdit);
        }
        payload.header = header;
    }
    payload.body = FieldText::read(m_ui->bodyTextEdit);
    if (m_footerAllowed || m_footerLoaded)
        payload.footer = FieldText::read(m_ui->footerLineEdit);
}

void InteractiveFields::describeFields(FieldMap &fields) const
{
    fields.add(u"/interactive/header"_s, m_ui->headerTypeComboBox);
    fields.add(u"/interactive/header/type"_s, m_ui->headerTypeComboBox);
    fields.add(u"/interactive/header/text"_s, m_ui->headerTextLineEdit);
    for (const QString &kind : {u"image"_s, u"video"_s, u"document"_s}) {
        const QString media = u"/interactive/header/"_s + kind;
        fields.add(media, m_ui->headerMediaEditor);
        fields.add(media + u"/id"_s, m_ui->headerMediaEditor->idField());
        fields.add(media + u"/link"_s, m_ui->headerMediaEditor->linkField());
        fields.add(media + u"/filename"_s, m_ui->headerFilenameLineEdit);
    }
    fields.add(u"/interactive/body"_s, m_ui->bodyTextEdit);
    fields.add(u"/interactive/body/text"_s, m_ui->bodyTextEdit);
    fields.add(u"/interactive/footer"_s, m_ui->footerLineEdit);
    fields.add(u"/interactive/footer/text"_s, m_ui->footerLineEdit);
}

void InteractiveFields::updateHeaderRows()
{
    const QString type = headerType();
    QFormLayout *form = m_ui->formLayout;
    form->setRowVisible(m_ui->headerTypeComboBox, !m_headerTypes.isEmpty() || m_headerLoaded);
    form->setRowVisible(m_ui->headerTextLineEdit, type == u"text"_s);
    form->setRowVisible(m_ui->headerMediaEditor, isMediaHeader(type));
    form->setRowVisible(m_ui->headerFilenameLineEdit, type == u"document"_s);
    form->setRowVisible(m_ui->footerLineEdit, m_footerAllowed || m_footerLoaded);
    m_ui->headerMediaEditor->setMediaKind(type);
}

QString InteractiveFields::headerType() const
{
    return FieldText::readChoice(m_ui->headerTypeComboBox);
}

} // namespace Wac

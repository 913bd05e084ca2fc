// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templates/templatebrowser.h"

#include "ui_templatebrowser.h"

#include "core/templates/templateexample.h"
#include "core/templates/templateslots.h"
#include "widgets/templates/templatelistmodel.h"

#include <QHeaderView>
#include <QLocale>
#include <QShortcut>

#include "services/templatelibrary.h"

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

QComboBox *comboFor(Ui::TemplateBrowser &ui, int column)
{
    switch (column) {
    case TemplateListModel::StatusColumn:
        return ui.statusComboBox;
    case TemplateListModel::CategoryColumn:
        return ui.categoryComboBox;
    default:
        return ui.languageComboBox;
    }
}

} // namespace

TemplateBrowser::TemplateBrowser(TemplateLibrary *library, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TemplateBrowser>())
    , m_library(library)
    , m_model(new TemplateListModel(this))
{
    m_ui->setupUi(this);
    m_ui->templateView->setModel(m_model);
    m_ui->templateView->header()->setSectionResizeMode(
        TemplateListModel::NameColumn, QHeaderView::Stretch);
    for (int column : {TemplateListModel::LanguageColumn, TemplateListModel::CategoryColumn,
             TemplateListModel::StatusColumn})
        m_ui->templateView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->templateView->header()->setStretchLastSection(false);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->progressBar->hide();
    resize(1040, 680);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &TemplateBrowser::applyFilter);
    for (QComboBox *combo : {m_ui->statusComboBox, m_ui->categoryComboBox, m_ui->languageComboBox})
        connect(combo, &QComboBox::activated, this, &TemplateBrowser::applyFilter);
    connect(m_ui->templateView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TemplateBrowser::currentChanged);
    connect(m_ui->templateView, &QTreeView::activated, this, &TemplateBrowser::use);
    connect(m_ui->useButton, &QPushButton::clicked, this, &TemplateBrowser::use);
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] {
        if (const TemplateDefinition *d = current())
            Q_EMIT editRequested(*d);
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] {
        if (const TemplateDefinition *d = current())
            Q_EMIT deleteRequested(*d);
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &TemplateBrowser::refresh);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
        &TemplateBrowser::refresh);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, m_ui->searchLineEdit,
        qOverload<>(&QWidget::setFocus));
    connect(m_library, &TemplateLibrary::progress, this, [this](int templates, int pages) {
        m_ui->stateLabel->setText(
            tr("Reading page %1 of the library: %L2 templates so far…").arg(pages).arg(templates));
    });
    connect(m_library, &TemplateLibrary::refreshed, this, &TemplateBrowser::refreshed);
    // A submission, a deletion or a review's webhook changes the library: the list follows.
    connect(m_library, &TemplateLibrary::changed, this, [this](const QString &profile) {
        if (profile == m_profile.name)
            reload();
    });
}

TemplateBrowser::~TemplateBrowser() = default;

void TemplateBrowser::setProfile(const Profile &profile)
{
    m_profile = profile;
    m_problem.clear();
    setWindowTitle(tr("Templates — %1").arg(profile.name));
    reload();
    if (!m_library->fetchedAt(profile.name).isValid() && !m_library->isBusy())
        refresh();
}

void TemplateBrowser::reload()
{
    m_model->setDefinitions(m_library->definitions(m_profile.name));
    for (int column : {TemplateListModel::StatusColumn, TemplateListModel::CategoryColumn,
             TemplateListModel::LanguageColumn})
        fillCombo(column);
    applyFilter();
}

void TemplateBrowser::fillCombo(int column)
{
    QComboBox *combo = comboFor(*m_ui, column);
    const QString chosen = combo->currentData().toString();
    combo->clear();
    combo->addItem(column == TemplateListModel::StatusColumn ? tr("Any status")
            : column == TemplateListModel::CategoryColumn    ? tr("Any category")
                                                             : tr("Any language"),
        QString());
    for (const QString &value : m_model->distinct(TemplateListModel::Column(column)))
        combo->addItem(value, value);
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
}

void TemplateBrowser::applyFilter()
{
    const TemplateDefinition *before = current();
    const QString name = before ? before->name : QString();
    const QString language = before ? before->language : QString();
    m_model->setFilter(
        {m_ui->searchLineEdit->text(), m_ui->statusComboBox->currentData().toString(),
            m_ui->categoryComboBox->currentData().toString(),
            m_ui->languageComboBox->currentData().toString()});
    select(name, language);
    if (!current() && m_model->rowCount() > 0)
        m_ui->templateView->setCurrentIndex(m_model->index(0, 0));
    currentChanged();
}

void TemplateBrowser::select(const QString &name, const QString &language)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const TemplateDefinition *d = m_model->definitionAt(row);
        if (d->name == name && d->language == language) {
            m_ui->templateView->setCurrentIndex(m_model->index(row, 0));
            return;
        }
    }
}

const TemplateDefinition *TemplateBrowser::current() const
{
    const QModelIndex index = m_ui->templateView->currentIndex();
    return index.isValid() ? m_model->definitionAt(index.row()) : nullptr;
}

void TemplateBrowser::setEditable(bool editable)
{
    m_ui->editButton->setVisible(editable);
    m_ui->deleteButton->setVisible(editable);
}

void TemplateBrowser::currentChanged()
{
    const TemplateDefinition *d = current();
    for (QPushButton *button : {m_ui->useButton, m_ui->editButton, m_ui->deleteButton})
        button->setEnabled(d != nullptr);
    showState();
    // With nothing selected the phone would show an empty bubble: a line says why instead.
    m_ui->previewStack->setCurrentWidget(
        d ? static_cast<QWidget *>(m_ui->previewWidget) : m_ui->emptyLabel);
    if (!d) {
        m_ui->emptyLabel->setText(m_model->totalCount() == 0
                ? tr("The library is empty.")
                : tr("No template matches the search and filters."));
        m_ui->detailsLabel->clear();
        return;
    }
    const QJsonObject json = d->json;
    m_ui->previewWidget->setTemplateLookup(
        [json](const QString &, const QString &) { return std::optional(json); });
    m_ui->previewWidget->setMessage(TemplateExample::message(*d));
    QStringList facts {tr("ID %1").arg(d->id),
        d->isNamed() ? tr("named variables") : tr("numbered variables"),
        tr("values to fill: %L1").arg(TemplateSlots::of(*d).size())};
    const QString quality = json.value(u"quality_score").toObject().value(u"score").toString();
    if (!quality.isEmpty())
        facts.append(tr("quality %1").arg(quality));
    const QString rejected = json.value(u"rejected_reason").toString();
    if (!rejected.isEmpty() && rejected != u"NONE"_s)
        facts.append(tr("rejected: %1").arg(rejected));
    if (!d->isApproved())
        facts.append(tr("not approved: sending it fails until it is"));
    m_ui->detailsLabel->setText(facts.join(u" · "_s));
}

void TemplateBrowser::showState()
{
    const bool busy = m_library->isBusy();
    m_ui->progressBar->setVisible(busy);
    m_ui->refreshButton->setText(busy ? tr("&Cancel") : tr("&Refresh"));
    if (busy)
        return;
    const QDateTime at = m_library->fetchedAt(m_profile.name);
    QString state = !at.isValid()
        ? tr("Never read from Graph.")
        : tr("%L1 of %L2 templates · read %3")
              .arg(m_model->rowCount())
              .arg(m_model->totalCount())
              .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    if (!m_problem.isEmpty())
        state =
            tr("Refresh failed: %1 — showing the copy kept before.").arg(m_problem) + u' ' + state;
    m_ui->stateLabel->setText(state);
}

void TemplateBrowser::refresh()
{
    if (m_library->isBusy()) {
        m_library->cancel();
        return;
    }
    m_problem.clear();
    if (m_library->refresh(m_profile)) {
        m_ui->stateLabel->setText(tr("Reading the library…"));
        showState();
    }
}

void TemplateBrowser::refreshed(const QString &profile, bool ok, const SendResult &failure)
{
    if (profile != m_profile.name)
        return;
    if (!ok) {
        m_problem = failure.outcome == SendResult::Outcome::Cancelled ? tr("cancelled")
                                                                      : failure.error.headline()
                + (failure.error.message.isEmpty() ? QString() : u": "_s + failure.error.message);
    }
    reload();
}

void TemplateBrowser::use()
{
    if (const TemplateDefinition *d = current())
        Q_EMIT useRequested(*d);
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/templatebuilder/templatebuilder.h"

#include "ui_templatebuilder.h"

#include "core/templates/templatecreation.h"
#include "core/templates/templatedefinition.h"
#include "core/templates/templateexample.h"
#include "widgets/dialogs/confirm.h"
#include "widgets/problemlist.h"
#include "widgets/templatebuilder/builderidentitypage.h"
#include "widgets/templatebuilder/builderpage.h"

#include <QShortcut>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

/// As the composer: typing does not redraw the phone at every key.
constexpr int checkPauseMs = 150;

bool isAuthentication(const QString &category)
{
    return category == u"AUTHENTICATION"_s;
}

} // namespace

TemplateBuilder::TemplateBuilder(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TemplateBuilder>())
{
    m_ui->setupUi(this);
    m_problems = new ProblemList(m_ui->problemsTreeWidget, m_ui->problemsLabel, this);
    m_pages = builderPages(m_ui->pageStack);
    for (const BuilderPageEntry &entry : std::as_const(m_pages)) {
        m_ui->pageStack->addWidget(entry.page);
        m_ui->pageList->addItem(entry.title);
        BuilderPage *page = entry.page;
        connect(page, &BuilderPage::changed, this, [this, page] { pageChanged(page); });
    }
    const int listWidth = m_ui->pageList->sizeHintForColumn(0) + 2 * m_ui->pageList->frameWidth()
        + fontMetrics().averageCharWidth() * 2;
    m_ui->pageList->setMaximumWidth(listWidth);
    connect(m_ui->pageList, &QListWidget::currentRowChanged, m_ui->pageStack,
        &QStackedWidget::setCurrentIndex);
    // The form gets the room it needs to read; the phone keeps its natural width; the
    // findings a few lines, as the composer's.
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setStretchFactor(2, 2);
    m_ui->splitter->setSizes({listWidth, 520, 400});
    m_ui->verticalSplitter->setStretchFactor(0, 1);
    m_ui->verticalSplitter->setStretchFactor(1, 0);
    m_ui->verticalSplitter->setSizes({560, fontMetrics().height() * 6});
    m_ui->progressBar->hide();
    m_check.setSingleShot(true);
    m_check.setInterval(checkPauseMs);
    connect(&m_check, &QTimer::timeout, this, &TemplateBuilder::checkNow);
    connect(m_problems, &ProblemList::activated, this, &TemplateBuilder::focusPointer);
    connect(m_ui->submitButton, &QPushButton::clicked, this,
        [this] { Q_EMIT(m_busy ? cancelRequested() : submitRequested()); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated,
        this, [this] {
            if (m_ui->submitButton->isEnabled() && !m_busy)
                Q_EMIT submitRequested();
        });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    resize(1024, 700);
    setDefinition(blank());
}

TemplateBuilder::~TemplateBuilder() = default;

QJsonObject TemplateBuilder::blank()
{
    return {{u"name"_s, QString()}, {u"language"_s, u"en_US"_s}, {u"category"_s, u"MARKETING"_s},
        {u"parameter_format"_s, u"POSITIONAL"_s},
        {u"components"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"BODY"_s}, {u"text"_s, QString()}}}}};
}

void TemplateBuilder::setDefinition(const QJsonObject &definition, const QString &templateId)
{
    m_definition = definition;
    m_baseline = definition;
    m_templateId = templateId;
    m_refusal.clear();
    const QJsonValue components = definition.value(u"components");
    m_freshComponents =
        components == blank().value(u"components") ? components : QJsonValue(QJsonValue::Undefined);
    reload();
    if (auto *identity = findChild<BuilderIdentityPage *>())
        identity->setEditing(!templateId.isEmpty());
    const QString name = definition.value(u"name").toString();
    setWindowTitle(
        (templateId.isEmpty()
                ? tr("New template")
                : tr("Edit template %1 (%2)").arg(name, definition.value(u"language").toString()))
        + u"[*]"_s);
    setWindowModified(false);
    showPages();
    m_ui->pageList->setCurrentRow(0);
    setState(templateId.isEmpty() ? QString() : tr("Editing template ID %1.").arg(templateId));
    checkNow();
}

void TemplateBuilder::pageChanged(BuilderPage *page)
{
    const QString format = m_definition.value(u"parameter_format").toString();
    const QString category = m_definition.value(u"category").toString();
    page->store(m_definition);
    // The identity page renamed the variables for the new format: the other pages show them.
    if (m_definition.value(u"parameter_format").toString() != format) {
        for (const BuilderPageEntry &entry : std::as_const(m_pages)) {
            if (entry.page != page)
                entry.page->load(m_definition);
        }
    }
    if (m_definition.value(u"category").toString() != category)
        categoryChanged(category);
    m_refusal.clear(); // Graph's answer was about the definition as it was
    setWindowModified(isModified());
    m_check.start();
}

void TemplateBuilder::categoryChanged(const QString &from)
{
    const QString to = m_definition.value(u"category").toString();
    if (isAuthentication(from) == isAuthentication(to)) {
        showPages();
        return;
    }
    // The parts one kind writes are not the other's: they go, so that no hidden page's part
    // is submitted. What the user wrote is asked about first.
    const QJsonValue components = m_definition.value(u"components");
    const bool written = components != m_freshComponents
        && !(components.isArray() && components.toArray().isEmpty()) && !components.isUndefined();
    const bool toAuthentication = isAuthentication(to);
    if (written
        && !Confirm::ask(this, tr("Change the category?"),
            toAuthentication
                ? tr("An authentication template has Meta's fixed text, a code expiry and a code "
                     "button instead of its own header, body, footer and buttons: what is written "
                     "on those pages is removed.")
                : tr("A marketing or utility template has its own header, body, footer and "
                     "buttons instead of an authentication template's fixed text: the "
                     "authentication options are removed."),
            tr("Change the category"))) {
        m_definition.insert(u"category"_s, from);
        reload();
        return;
    }
    m_definition.insert(
        u"components"_s, toAuthentication ? QJsonArray() : blank().value(u"components").toArray());
    reload();
    // The authentication page writes its code button at once, as for a new template.
    for (const BuilderPageEntry &entry : std::as_const(m_pages)) {
        if (toAuthentication && entry.shownFor(to))
            entry.page->store(m_definition);
    }
    m_freshComponents = m_definition.value(u"components");
    showPages();
}

void TemplateBuilder::reload()
{
    for (const BuilderPageEntry &entry : std::as_const(m_pages))
        entry.page->load(m_definition);
}

bool TemplateBuilder::isModified() const
{
    return m_definition != m_baseline;
}

bool TemplateBuilder::confirmDiscard()
{
    if (!isModified())
        return true;
    const QString name = m_definition.value(u"name").toString();
    // While Graph has not answered, the answer still reaches the Templates window.
    const QString state = m_busy
        ? tr("The template %1 is being submitted; if Meta refuses it, the changes are lost with "
             "this window.")
              .arg(name)
        : (name.isEmpty() ? tr("The changes to this template have not been submitted.")
                          : tr("The changes to the template %1 have not been submitted.").arg(name))
            + u' ' + tr("If you discard them, they are lost.");
    return Confirm::ask(this, tr("Discard the changes?"), state, tr("Discard them"));
}

void TemplateBuilder::reject()
{
    if (confirmDiscard())
        QDialog::reject();
}

QJsonObject TemplateBuilder::storedByPages() const
{
    QJsonObject stored = m_definition;
    const QString category = m_definition.value(u"category").toString();
    for (const BuilderPageEntry &entry : m_pages) {
        if (entry.shownFor(category))
            entry.page->store(stored);
    }
    return stored;
}

void TemplateBuilder::showPages()
{
    const QString category = m_definition.value(u"category").toString();
    for (int i = 0; i < m_pages.size(); ++i)
        m_ui->pageList->item(i)->setHidden(!m_pages.at(i).shownFor(category));
    if (QListWidgetItem *current = m_ui->pageList->currentItem(); current && current->isHidden())
        m_ui->pageList->setCurrentRow(0);
}

void TemplateBuilder::checkNow()
{
    m_check.stop();
    m_findings = TemplateCreation::check(m_definition) + m_refusal;
    m_problems->show(m_findings, m_definition);
    if (m_findings.isEmpty())
        m_ui->problemsLabel->setText(tr("P&roblems: none, ready to submit"));
    for (const BuilderPageEntry &entry : std::as_const(m_pages))
        entry.page->showFindings(m_findings, m_definition);
    // The lookup is given anew each time: a change that leaves the example send as it was (a
    // footer, a body without variables) must still redraw the phone.
    const QJsonObject definition = m_definition;
    m_ui->previewWidget->setTemplateLookup(
        [definition](const QString &, const QString &) { return std::optional(definition); });
    m_ui->previewWidget->setMessage(
        TemplateExample::message(TemplateDefinition::fromJson(m_definition)));
    updateSubmit();
}

void TemplateBuilder::setRefusal(const QList<Diagnostic> &refusal)
{
    m_refusal = refusal;
    checkNow();
    if (!refusal.isEmpty())
        focusPointer(refusal.constFirst().pointer);
}

bool TemplateBuilder::focusPointer(const QString &pointer)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        BuilderPage *page = m_pages.at(i).page;
        if (m_ui->pageList->item(i)->isHidden() || !page->focusPointer(pointer, m_definition))
            continue;
        // Focus only sticks on a shown page: it is asked again once its page is up.
        m_ui->pageList->setCurrentRow(i);
        page->focusPointer(pointer, m_definition);
        return true;
    }
    return false;
}

void TemplateBuilder::setBusy(bool busy, const QString &state)
{
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    m_ui->pageStack->setEnabled(!busy);
    m_ui->submitButton->setText(busy ? tr("&Cancel") : tr("&Submit for review"));
    if (!state.isEmpty())
        setState(state);
    updateSubmit();
}

void TemplateBuilder::setState(const QString &text)
{
    m_ui->stateLabel->setText(text);
}

QString TemplateBuilder::stateText() const
{
    return m_ui->stateLabel->text();
}

void TemplateBuilder::setTemplateId(const QString &templateId)
{
    // Graph has the definition as it is now.
    m_baseline = m_definition;
    setWindowModified(false);
    m_templateId = templateId;
    if (auto *identity = findChild<BuilderIdentityPage *>())
        identity->setEditing(true);
    setWindowTitle(
        tr("Edit template %1 (%2)")
            .arg(m_definition.value(u"name").toString(), m_definition.value(u"language").toString())
        + u"[*]"_s);
}

void TemplateBuilder::updateSubmit()
{
    const bool errors = hasErrors(m_findings);
    m_ui->submitButton->setEnabled(m_busy || !errors);
    m_ui->submitButton->setToolTip(errors && !m_busy
            ? tr("Fix the errors in the Problems list first")
            : tr("Send the template to Meta for review (Ctrl+Return)"));
}

} // namespace Wac

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "storage/historystore.h"
#include "widgets/dialogs/confirm.h"
#include "widgets/previewwidget.h"
#include "widgets/templatebuilder/builderbodypage.h"
#include "widgets/templatebuilder/builderidentitypage.h"
#include "widgets/templatebuilder/templatebuilder.h"
#include "widgets/templatebuilder/templatedesigner.h"
#include "widgets/templates/templatebrowser.h"
#include "widgets/templates/templatedesk.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include "simclient.h"
#include "webhookreceiver.h"
#include "windowfixture.h"

using namespace Qt::StringLiterals;
using namespace Wac;

/**
 * The builder through the window against the real simulator on loopback: File → New template,
 * Submit, the template PENDING in the Templates window, then its review by Refresh or by the
 * simulator's own status webhook, received as the Inbox receives it.
 */
class TestTemplateBuilderFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createdPendingThenApprovedByRefresh();
    void rejectedByWebhookShowsTheReason();
    void refusalShownAtTheField();
    void editSubmitsById();
    void anAnswerGoesOnlyToTheBuilderThatAsked();
    void deleteAsksFirst();
    void changesAskBeforeAnotherTemplateOrQuitting();
    void theQuestionOutlivesALibraryReload();

private:
    TemplateBuilder *design(const QString &name, const QString &body);
    bool submitAndWait(TemplateBuilder *builder);
    TemplateBrowser *browser();
    /// The status column's text and the details line for `name` in the Templates window.
    QString statusOf(TemplateBrowser *browser, const QString &name);

    std::unique_ptr<Test::WindowFixture> m_f;
    std::unique_ptr<HistoryStore> m_history;
};

void TestTemplateBuilderFlow::init()
{
    m_f = std::make_unique<Test::WindowFixture>();
    m_history = std::make_unique<HistoryStore>(m_f->dir.filePath(u"history.sqlite"_s));
    QVERIFY(m_history->open());
    QCOMPARE(m_f->start(m_history.get()), QString());
    m_f->inbox->setTemplates(m_f->templates.get()); // as the app wires it (main.cpp)
    // Reviewed at once, set as a user of waconsole-sim sets it: over its control endpoint.
    Test::SimClient control(m_f->sim->baseUrl(), QByteArray());
    QCOMPARE(control.postJson(u"/_sim/options"_s, {{u"template_review_seconds"_s, 0}}).status, 200);
}

void TestTemplateBuilderFlow::cleanup()
{
    m_f->stop();
    m_history.reset();
    m_f.reset();
}

TemplateBuilder *TestTemplateBuilderFlow::design(const QString &name, const QString &body)
{
    auto *action = m_f->window->findChild<QAction *>(u"newTemplateAction"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    TemplateBuilder *builder = m_f->window->findChild<TemplateDesk *>()->designer()->builder();
    if (!builder)
        return nullptr;
    QTest::keyClicks(
        builder->findChild<BuilderIdentityPage *>()->findChild<QLineEdit *>(u"nameLineEdit"_s),
        name);
    auto *page = builder->findChild<BuilderBodyPage *>();
    page->findChild<QPlainTextEdit *>(u"textEdit"_s)->setPlainText(body);
    auto *table = page->findChild<QTableWidget *>(u"examplesTable"_s);
    for (int row = 0; row < table->rowCount(); ++row)
        table->item(row, 1)->setText(u"Example %1"_s.arg(row + 1));
    builder->checkNow();
    return builder;
}

bool TestTemplateBuilderFlow::submitAndWait(TemplateBuilder *builder)
{
    auto *submit = builder->findChild<QPushButton *>(u"submitButton"_s);
    if (!submit->isEnabled()) {
        qWarning("Submit is disabled");
        return false;
    }
    QTest::mouseClick(submit, Qt::LeftButton);
    return QTest::qWaitFor([&] { return submit->text() != TemplateBuilder::tr("&Cancel"); }, 10000);
}

TemplateBrowser *TestTemplateBuilderFlow::browser()
{
    return m_f->window->showTemplates();
}

QString TestTemplateBuilderFlow::statusOf(TemplateBrowser *b, const QString &name)
{
    b->select(name, u"en_US"_s);
    if (!b->current() || b->current()->name != name)
        return {};
    return b->current()->status + u" | "_s + b->findChild<QLabel *>(u"detailsLabel"_s)->text();
}

void TestTemplateBuilderFlow::createdPendingThenApprovedByRefresh()
{
    TemplateBrowser *b = browser();
    QTRY_VERIFY_WITH_TIMEOUT(b->findChild<QTreeView *>()->model()->rowCount() > 0, 10000);
    TemplateBuilder *builder = design(u"spring_launch"_s, u"Hi {{1}}, the spring range is in."_s);
    QVERIFY(builder);
    QVERIFY(submitAndWait(builder));
    const QString state = builder->findChild<QLabel *>(u"stateLabel"_s)->text();
    QVERIFY2(state.contains(u"Submitted: PENDING review"_s), qPrintable(state));
    QVERIFY2(!builder->templateId().isEmpty(), "no template id");
    QVERIFY(state.contains(builder->templateId()));
    QCOMPARE(m_f->posts(u"/message_templates"_s), 1);
    QTRY_VERIFY(statusOf(b, u"spring_launch"_s).startsWith(u"PENDING"_s));
    // The simulator reviewed it at once (delay 0) but has no webhook target here: the library
    // knows only what Submit was answered until Refresh reads Graph again.
    QTest::mouseClick(b->findChild<QPushButton *>(u"refreshButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(b, u"spring_launch"_s).startsWith(u"APPROVED"_s), 10000);
    // The builder, still open, follows the review too.
    const QString followed = builder->stateText();
    QVERIFY2(followed.contains(u"Review: APPROVED"_s), qPrintable(followed));
}

void TestTemplateBuilderFlow::rejectedByWebhookShowsTheReason()
{
    Test::WebhookReceiver receiver;
    Test::SimClient control(m_f->sim->baseUrl(), QByteArray());
    QCOMPARE(
        control
            .postJson(u"/_sim/options"_s, {{u"webhooks"_s, QJsonArray {receiver.url().toString()}}})
            .status,
        200);
    TemplateBrowser *b = browser();
    QTRY_VERIFY_WITH_TIMEOUT(b->findChild<QTreeView *>()->model()->rowCount() > 0, 10000);
    TemplateBuilder *builder = design(u"reject_this_offer"_s, u"Your code is ready."_s);
    QVERIFY(builder);
    QVERIFY(submitAndWait(builder));
    QTRY_VERIFY(statusOf(b, u"reject_this_offer"_s).startsWith(u"PENDING"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!receiver.valuesWith(u"message_template_name"_s).isEmpty(), 10000);
    const QJsonObject value = receiver.valuesWith(u"message_template_name"_s).constLast();
    QCOMPARE(value.value(u"event"_s).toString(), u"REJECTED"_s);
    QVERIFY(m_f->receive(receiver.deliveries().constLast().body));
    const QString shown = statusOf(b, u"reject_this_offer"_s);
    QVERIFY2(shown.startsWith(u"REJECTED"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"INVALID_FORMAT"_s), qPrintable(shown));
    const QString followed = builder->stateText();
    QVERIFY2(followed.contains(u"Review: REJECTED (INVALID_FORMAT)"_s), qPrintable(followed));
    const QString out = qEnvironmentVariable("WACONSOLE_SCREENSHOT_DIR");
    if (!out.isEmpty()) {
        QDir().mkpath(out);
        for (const auto &[mode, theme] : {std::pair {Theme::Mode::Light, u"light"_s},
                 std::pair {Theme::Mode::Dark, u"dark"_s}}) {
            Theme::apply(mode);
            QCoreApplication::processEvents();
            b->resize(1024, 700);
            QVERIFY(b->grab().save(out + u"/templates-rejected-"_s + theme + u".png"_s));
            builder->resize(1024, 700);
            builder->findChild<PreviewWidget *>()->flush(); // drawn now, not after its pause
            QVERIFY(builder->grab().save(out + u"/builder-rejected-"_s + theme + u".png"_s));
        }
        Theme::apply(Theme::Mode::Light);
    }
}

void TestTemplateBuilderFlow::refusalShownAtTheField()
{
    // hello_world en_US is in the Sandbox's library: Graph refuses the same name and language.
    TemplateBuilder *builder = design(u"hello_world"_s, u"Hello again."_s);
    QVERIFY(builder);
    QVERIFY(submitAndWait(builder));
    bool atName = false;
    for (const Diagnostic &d : builder->findings())
        atName |= d.isError() && d.pointer == u"/name"_s;
    QVERIFY2(atName, "the refusal is not at /name");
    auto *name =
        builder->findChild<BuilderIdentityPage *>()->findChild<QLineEdit *>(u"nameLineEdit"_s);
    QVERIFY(!builder->findChild<QPushButton *>(u"submitButton"_s)->isEnabled());
    // A change is a new definition: the refusal goes with it.
    QTest::keyClicks(name, u"_2"_s);
    builder->checkNow();
    QVERIFY(builder->findChild<QPushButton *>(u"submitButton"_s)->isEnabled());
}

// A rejected template edited and sent again for review, by its id (Meta allows editing a
// rejected one any number of times).
void TestTemplateBuilderFlow::editSubmitsById()
{
    TemplateBrowser *b = browser();
    QTRY_VERIFY_WITH_TIMEOUT(b->findChild<QTreeView *>()->model()->rowCount() > 0, 10000);
    b->select(u"winback_offer"_s, u"en_US"_s);
    QVERIFY(b->current());
    const QString id = b->current()->id;
    QTest::mouseClick(b->findChild<QPushButton *>(u"editButton"_s), Qt::LeftButton);
    TemplateBuilder *builder = m_f->window->findChild<TemplateDesk *>()->designer()->builder();
    QVERIFY(builder);
    QCOMPARE(builder->templateId(), id);
    // An edit sends only category and components: what it cannot change is not editable.
    auto *identity = builder->findChild<BuilderIdentityPage *>();
    QVERIFY(identity->findChild<QLineEdit *>(u"nameLineEdit"_s)->isReadOnly());
    QVERIFY(!identity->findChild<QComboBox *>(u"formatComboBox"_s)->isEnabled());
    QVERIFY(identity->findChild<QComboBox *>(u"categoryComboBox"_s)->isEnabled());
    auto *text = builder->findChild<BuilderBodyPage *>()->findChild<QPlainTextEdit *>();
    text->setPlainText(text->toPlainText() + u" Thank you!"_s);
    builder->checkNow();
    QVERIFY(submitAndWait(builder));
    QCOMPARE(m_f->posts(u"/"_s + id), 1);
    const QString state = builder->findChild<QLabel *>(u"stateLabel"_s)->text();
    QVERIFY2(state.contains(u"PENDING"_s), qPrintable(state));
}

void TestTemplateBuilderFlow::anAnswerGoesOnlyToTheBuilderThatAsked()
{
    // Submit, close that builder before the answer, open a new one: the new design must not
    // become an edit of the template the first one created (its next Submit would overwrite it).
    TemplateBuilder *first = design(u"closed_early"_s, u"Hi {{1}}, see you soon."_s);
    QVERIFY(first);
    QTest::mouseClick(first->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);
    Confirm::setNextAnswer(true); // not accepted yet: closing asks
    QVERIFY(first->close());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    TemplateBuilder *second = design(u"opened_after"_s, u"Hi {{1}}, welcome back."_s);
    QVERIFY(second);
    QVERIFY(second != first);
    TemplateBrowser *b = browser();
    // The answer arrived: the template is listed (PENDING, or already reviewed: no delay).
    QTRY_VERIFY_WITH_TIMEOUT(!statusOf(b, u"closed_early"_s).isEmpty(), 10000);
    QVERIFY(second->templateId().isEmpty());
    QVERIFY(second->windowTitle().contains(TemplateBuilder::tr("New template")));
}

void TestTemplateBuilderFlow::deleteAsksFirst()
{
    TemplateBrowser *b = browser();
    QTRY_VERIFY_WITH_TIMEOUT(b->findChild<QTreeView *>()->model()->rowCount() > 0, 10000);
    const int before = b->findChild<QTreeView *>()->model()->rowCount();
    b->select(u"feedback_request"_s, u"en_US"_s);
    // Declined: nothing is sent.
    Confirm::setNextAnswer(false);
    QTest::mouseClick(b->findChild<QPushButton *>(u"deleteButton"_s), Qt::LeftButton);
    QVERIFY(Confirm::lastQuestion().contains(u"feedback_request"_s));
    QTest::qWait(100);
    QCOMPARE(b->findChild<QTreeView *>()->model()->rowCount(), before);
    Confirm::setNextAnswer(true);
    QTest::mouseClick(b->findChild<QPushButton *>(u"deleteButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(b->findChild<QTreeView *>()->model()->rowCount(), before - 1, 10000);
    b->select(u"feedback_request"_s, u"en_US"_s);
    QVERIFY(!b->current() || b->current()->name != u"feedback_request"_s);
    bool gone = true;
    for (const QJsonObject &t : m_f->sim->templates().templates())
        gone &= t.value(u"name").toString() != u"feedback_request"_s;
    QVERIFY2(gone, "the simulator still has the template");
}

// File → New template… and Edit on an open builder with changes, and quitting the console,
// ask first; once Graph has the template, nothing is asked.
void TestTemplateBuilderFlow::changesAskBeforeAnotherTemplateOrQuitting()
{
    TemplateBuilder *builder = design(u"first_draft"_s, u"Hi {{1}}, your table is booked."_s);
    QVERIFY(builder);
    auto *name =
        builder->findChild<BuilderIdentityPage *>()->findChild<QLineEdit *>(u"nameLineEdit"_s);
    auto *action = m_f->window->findChild<QAction *>(u"newTemplateAction"_s);
    Confirm::setNextAnswer(false);
    action->trigger();
    QVERIFY(Confirm::lastQuestion().contains(u"first_draft"_s));
    QCOMPARE(name->text(), u"first_draft"_s);
    QVERIFY(builder->isVisible());

    Confirm::setNextAnswer(false);
    QVERIFY(!m_f->window->close());
    QVERIFY(m_f->window->isVisible());
    QVERIFY(builder->isVisible());

    QVERIFY(submitAndWait(builder));
    QVERIFY(!builder->templateId().isEmpty());
    QVERIFY(!builder->isModified());
    const QString asked = Confirm::lastQuestion();
    action->trigger(); // accepted by Graph: replaced without a question
    QCOMPARE(Confirm::lastQuestion(), asked);
    QCOMPARE(name->text(), QString());
    QVERIFY(builder->templateId().isEmpty());

    QTest::keyClicks(name, u"second_draft"_s);
    Confirm::setNextAnswer(true);
    action->trigger();
    QVERIFY(Confirm::lastQuestion().contains(u"second_draft"_s));
    QCOMPARE(name->text(), QString());
    // Esc closes the unchanged builder for good: the next New template is a new window.
    QTest::keyClick(builder, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!m_f->window->findChild<TemplateDesk *>()->designer()->builder());
}

// Edit template… on a builder with changes asks with a real question; while it is open, a
// webhook's change reloads the Templates window's list, where the chosen template lived.
void TestTemplateBuilderFlow::theQuestionOutlivesALibraryReload()
{
    TemplateBrowser *b = browser();
    QTRY_VERIFY_WITH_TIMEOUT(b->findChild<QTreeView *>()->model()->rowCount() > 0, 10000);
    TemplateBuilder *builder = design(u"unsaved_draft"_s, u"Hi {{1}}, still here."_s);
    QVERIFY(builder);
    b->select(u"winback_offer"_s, u"en_US"_s);
    QVERIFY(b->current());
    const TemplateDefinition chosen = *b->current();
    const QString profile = u"Sandbox"_s;
    bool reloaded = false;
    bool answered = false;
    QTimer::singleShot(100, this, [&] {
        TemplateDefinition paused = chosen;
        paused.status = u"PAUSED"_s;
        paused.json.insert(u"status"_s, u"PAUSED"_s);
        reloaded = m_f->templates->put(profile, paused);
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == TemplateBuilder::tr("Discard them")) {
                answered = true;
                button->click();
            }
        }
    });
    QTest::mouseClick(b->findChild<QPushButton *>(u"editButton"_s), Qt::LeftButton);
    QVERIFY(reloaded);
    QVERIFY2(answered, "no question was open");
    QCOMPARE(builder->templateId(), chosen.id);
    QCOMPARE(builder->definition().value(u"name").toString(), u"winback_offer"_s);
    QCOMPARE(builder->definition().value(u"components"), chosen.json.value(u"components"));
}

QTEST_MAIN(TestTemplateBuilderFlow)
#include "tst_templatebuilderflow.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// A text body of a megabyte of emoji, far past Meta's 4096 characters, opens in the window with
// its finding: the message keeps every character, the validator reports the real length at
// its pointer, and the phone preview draws a bounded prefix with a note that it is cut.
// Sixteen megabytes are too large for the form: they open kept as loaded, with a finding naming
// the field, the JSON tab shows a cut start read-only, and Save writes every byte.
#include "core/largevalue.h"
#include "preview/previewcut.h"
#include "widgets/jsonpane.h"
#include "widgets/mainwindow.h"
#include "widgets/messagefiles.h"
#include "widgets/previewwidget.h"

#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestLongText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aMegabyteOfEmojiOpensWithItsFindingAndACutPreview();
    void sixteenMegabytesOpenKeptWithACutReadOnlyJsonTabAndSaveWhole();
};

namespace {

QJsonObject textPayload(const QString &body)
{
    return {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, u"+16505551234"_s},
        {u"type"_s, u"text"_s}, {u"text"_s, QJsonObject {{u"body"_s, body}}}};
}

/// The texts of the problem list's findings at `pointer`.
QStringList findingsAt(const QWidget &window, const QString &pointer)
{
    auto *problems = window.findChild<QTreeWidget *>(u"problemsTreeWidget"_s);
    QStringList found;
    for (int i = 0; problems && i < problems->topLevelItemCount(); ++i) {
        if (problems->topLevelItem(i)->data(0, Qt::UserRole).toString() == pointer)
            found << problems->topLevelItem(i)->text(0);
    }
    return found;
}

/// Shows `window` at a desktop size and pastes `payload` into it, as a user would; the reason
/// when the window refused it.
QString openIn(Wac::MainWindow &window, const QJsonObject &payload)
{
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return u"the window was never shown"_s;
    QString error;
    if (!window.files()->importText(QString::fromUtf8(QJsonDocument(payload).toJson()), &error))
        return error.isEmpty() ? u"refused"_s : error;
    return {};
}

} // namespace

void TestLongText::aMegabyteOfEmojiOpensWithItsFindingAndACutPreview()
{
    constexpr qsizetype emoji = (qsizetype(1) << 20) / 4; // 4 UTF-8 bytes each
    const QString body = QString(u"\U0001F600"_s).repeated(emoji);
    const QJsonObject payload = textPayload(body);
    Wac::MainWindow window;
    const QString refused = openIn(window, payload);
    QVERIFY2(refused.isEmpty(), qPrintable(refused));

    // Nothing is cut from what is kept and sent.
    QCOMPARE(window.message().toJson(), payload);

    // The validator counts the whole body, at its pointer.
    const QString finding = findingsAt(window, u"/text/body"_s).join(u'\n');
    QVERIFY2(finding.contains(QString::number(emoji)), qPrintable(finding));
    QVERIFY2(finding.contains(u"4096"_s), qPrintable(finding));

    // The preview draws the first characters only, and says so under them.
    auto *preview = window.findChild<Wac::PreviewWidget *>(u"previewPane"_s);
    QVERIFY(preview);
    QTRY_COMPARE(preview->scene().texts(u"body.cut"_s), QStringList {Wac::PreviewCut::note()});
    const QStringList drawn = preview->scene().texts(u"body"_s);
    QCOMPARE(drawn.size(), 1);
    QCOMPARE(drawn.first(), body.left(Wac::PreviewCut::shownCharacters * 2)); // 2 units each
}

void TestLongText::sixteenMegabytesOpenKeptWithACutReadOnlyJsonTabAndSaveWhole()
{
    constexpr qsizetype emoji = (qsizetype(16) << 20) / 4; // 4 UTF-8 bytes each
    const QString body = QString(u"\U0001F600"_s).repeated(emoji);
    const QJsonObject payload = textPayload(body);
    Wac::MainWindow window;
    const QString refused = openIn(window, payload);
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    QCOMPARE(window.message().toJson(), payload);

    // Kept as loaded, with the reason naming the field; the validator still counts it all.
    QVERIFY(window.findChild<QWidget *>(u"KeptComposerPage"_s));
    QVERIFY(window.findChild<QWidget *>(u"KeptComposerPage"_s)->isVisible());
    const QString found = findingsAt(window, u"/text/body"_s).join(u'\n');
    QVERIFY2(found.contains(QString::number(emoji)), qPrintable(found));
    QVERIFY2(found.contains(u"4096"_s), qPrintable(found));
    QVERIFY2(
        found.contains(u"/text/body holds %1 bytes"_s.arg(qsizetype(16) << 20)), qPrintable(found));

    // The JSON tab shows a bounded start, read-only, and says it is cut.
    auto *pane = window.findChild<Wac::JsonPane *>();
    QVERIFY(pane);
    QVERIFY(pane->isCut());
    QVERIFY(pane->editor()->isReadOnly());
    QVERIFY(pane->editor()->toPlainText().size() <= Wac::JsonPane::shownUnits);
    const QString status = pane->findChild<QLabel *>(u"jsonStatusLabel"_s)->text();
    QVERIFY2(status.startsWith(u"Cut:"_s), qPrintable(status));

    // Save writes the whole payload, not what the tab shows.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"big.json"_s);
    QString error;
    QVERIFY2(window.files()->saveFile(path, &error), qPrintable(error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QVERIFY(bytes.size() > (qsizetype(16) << 20));
    QCOMPARE(QJsonDocument::fromJson(bytes).object(), payload);

    // A payload the form can show again makes the tab whole and editable.
    QVERIFY(window.files()->importText(
        QString::fromUtf8(QJsonDocument(textPayload(u"hi"_s)).toJson())));
    QVERIFY(!pane->isCut());
    QVERIFY(!pane->editor()->isReadOnly());
    QVERIFY(pane->editor()->toPlainText().contains(u"\"hi\""_s));
}

QTEST_MAIN(TestLongText)
#include "tst_longtext.moc"

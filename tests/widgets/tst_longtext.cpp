// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// A text body of a megabyte of emoji, far past Meta's 4096 characters, opens in the window with
// its finding: the message keeps every character, the validator reports the real length at
// its pointer, and the phone preview draws a bounded prefix with a note that it is cut.
#include "preview/previewcut.h"
#include "widgets/mainwindow.h"
#include "widgets/previewwidget.h"

#include <QJsonDocument>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestLongText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aMegabyteOfEmojiOpensWithItsFindingAndACutPreview();
};

void TestLongText::aMegabyteOfEmojiOpensWithItsFindingAndACutPreview()
{
    constexpr qsizetype emoji = (qsizetype(1) << 20) / 4; // 4 UTF-8 bytes each
    const QString body = QString(u"\U0001F600"_s).repeated(emoji);
    const QJsonObject payload {{u"messaging_product"_s, u"whatsapp"_s},
        {u"to"_s, u"+16505551234"_s}, {u"type"_s, u"text"_s},
        {u"text"_s, QJsonObject {{u"body"_s, body}}}};
    Wac::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QString error;
    QVERIFY2(window.importText(QString::fromUtf8(QJsonDocument(payload).toJson()), &error),
        qPrintable(error));

    // Nothing is cut from what is kept and sent.
    QCOMPARE(window.message().toJson(), payload);

    // The validator counts the whole body, at its pointer.
    auto *problems = window.findChild<QTreeWidget *>(u"problemsTreeWidget"_s);
    QVERIFY(problems);
    QString finding;
    for (int i = 0; i < problems->topLevelItemCount(); ++i) {
        if (problems->topLevelItem(i)->data(0, Qt::UserRole).toString() == u"/text/body"_s)
            finding = problems->topLevelItem(i)->text(0);
    }
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

QTEST_MAIN(TestLongText)
#include "tst_longtext.moc"

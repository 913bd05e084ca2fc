// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The Russian window says what the English one says, where a new user read the opposite.
#include "core/translator.h"
#include "widgets/mainwindow.h"

#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTranslatedWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theReplyFieldNamesTheQuotedMessage();
};

void TestTranslatedWindow::theReplyFieldNamesTheQuotedMessage()
{
    QCOMPARE(Wac::installTranslators(u"ru"_s), u"ru"_s);
    Wac::MainWindow window;
    const auto *replyTo = window.findChild<QLineEdit *>(u"replyToLineEdit"_s);
    QVERIFY(replyTo);
    // English: "Optional: the message this one quotes". It used to read "the message that
    // quotes this one".
    QCOMPARE(replyTo->placeholderText(), u"Необязательно: цитируемое сообщение"_s);
}

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translatedwindow.moc"

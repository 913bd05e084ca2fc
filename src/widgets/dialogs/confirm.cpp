// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/dialogs/confirm.h"

#include <QMessageBox>
#include <QPushButton>

#include <optional>

namespace Wac::Confirm {

namespace {

std::optional<bool> nextAnswer;
QString asked;

} // namespace

bool ask(QWidget *parent, const QString &title, const QString &text, const QString &action)
{
    asked = text;
    if (nextAnswer)
        return *std::exchange(nextAnswer, std::nullopt);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *go = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

void setNextAnswer(bool answer)
{
    nextAnswer = answer;
}

QString lastQuestion()
{
    return asked;
}

} // namespace Wac::Confirm

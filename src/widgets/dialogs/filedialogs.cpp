// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/dialogs/filedialogs.h"

#include <QFileDialog>

#include <optional>

namespace Wac::FileDialogs {

namespace {

std::optional<QString> &nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
}

std::optional<QString> takeAnswer()
{
    std::optional<QString> answer = nextAnswer();
    nextAnswer().reset();
    return answer;
}

} // namespace

QString openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (const auto answer = takeAnswer())
        return *answer;
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QString saveFileName(
    QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    if (const auto answer = takeAnswer())
        return *answer;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void setNextAnswer(const QString &path)
{
    nextAnswer() = path;
}

} // namespace Wac::FileDialogs

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/dialogs/filedialogs.h"

#include "storage/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

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

/// The chosen file's folder is where the next dialog opens, in this run and the next ones.
QString remember(const QString &path)
{
    if (!path.isEmpty())
        Settings::setValue(Settings::Key::LastFolder, QFileInfo(path).absolutePath());
    return path;
}

} // namespace

QString startFolder()
{
    // The folder used last, unless it went away; the working directory means nothing to a
    // person who started the console from a menu.
    const QString last = Settings::value(Settings::Key::LastFolder).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

QString openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (const auto answer = takeAnswer())
        return remember(*answer);
    return remember(QFileDialog::getOpenFileName(parent, caption, startFolder(), filter));
}

QString saveFileName(
    QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    if (const auto answer = takeAnswer())
        return remember(*answer);
    const QString start =
        QFileInfo(suggested).isAbsolute() ? suggested : QDir(startFolder()).filePath(suggested);
    return remember(QFileDialog::getSaveFileName(parent, caption, start, filter));
}

void setNextAnswer(const QString &path)
{
    nextAnswer() = path;
}

} // namespace Wac::FileDialogs

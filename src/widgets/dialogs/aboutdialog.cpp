// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/dialogs/aboutdialog.h"

#include "ui_aboutdialog.h"

#include "core/version.h"
#include "storage/datafolders.h"

#include <QDesktopServices>
#include <QDir>
#include <QIcon>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Wac {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"aboutDialog"_s);
    m_ui->iconLabel->setPixmap(QIcon(u":/icons/waconsole.svg"_s).pixmap(64, 64));
    m_ui->titleLabel->setText(u"<big><b>waconsole</b> %1</big>"_s.arg(QLatin1String(version)));
    // Built against one Qt, running on another when the system's was upgraded since.
    m_ui->qtVersionLabel->setText(
        tr("Qt %1 (built with %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)));
    showFolder(m_ui->openConfigButton, DataFolders::config());
    showFolder(m_ui->openDataButton, DataFolders::data());
    showFolder(m_ui->openCacheButton, DataFolders::cache());
    m_ui->configPathLabel->setText(QDir::toNativeSeparators(DataFolders::config()));
    m_ui->dataPathLabel->setText(QDir::toNativeSeparators(DataFolders::data()));
    m_ui->cachePathLabel->setText(QDir::toNativeSeparators(DataFolders::cache()));
}

AboutDialog::~AboutDialog() = default;

AboutDialog *AboutDialog::showFor(QWidget *window)
{
    auto *dialog = window->findChild<AboutDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new AboutDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void AboutDialog::showFolder(QPushButton *button, const QString &path)
{
    connect(button, &QPushButton::clicked, this, [path] {
        // A folder is made by its first use (the cache by the first download): a file manager
        // asked for one that does not exist yet shows an error instead, so it is made here.
        QDir().mkpath(path);
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
}

} // namespace Wac

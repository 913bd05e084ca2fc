// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/conversations/rawjsondialog.h"

#include "core/jsoninput.h"
#include "widgets/jsonhighlighter.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wac {

RawJsonDialog::RawJsonDialog(const QString &title, const QByteArray &json, QWidget *parent)
    : QDialog(parent)
    , m_view(new QPlainTextEdit(this))
{
    setObjectName(u"rawJsonDialog"_s);
    setWindowTitle(title);
    m_view->setObjectName(u"rawJsonPlainTextEdit"_s);
    m_view->setReadOnly(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setAccessibleName(tr("Raw JSON"));
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    m_view->setPlainText(QString::fromUtf8(doc.isObject() ? indentedJson(doc.object()) : json));
    new JsonHighlighter(m_view->document(), m_view->palette());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy all"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyJsonPushButton"_s);
    connect(copy, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    const QFontMetrics fm(m_view->font());
    resize(fm.averageCharWidth() * 90, fm.lineSpacing() * 28);
}

QString RawJsonDialog::text() const
{
    return m_view->toPlainText();
}

} // namespace Wac

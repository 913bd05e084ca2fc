// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "templateform2026fixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wac::Test::Form2026 {

QJsonObject loadFile()
{
    QFile file(QStringLiteral(WACONSOLE_TEMPLATES_2026));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", WACONSOLE_TEMPLATES_2026);
    return QJsonDocument::fromJson(file.readAll()).object();
}

TemplateDefinition definition(const QJsonObject &file, const QString &name)
{
    for (const QJsonValue &d : file[u"data"].toArray()) {
        if (d[u"name"].toString() == name)
            return TemplateDefinition::fromJson(d.toObject());
    }
    qFatal("no definition %s", qPrintable(name));
}

QJsonObject payload(const QJsonObject &file, const QString &name)
{
    return {{u"messaging_product"_s, u"whatsapp"_s}, {u"to"_s, u"16505551234"_s},
        {u"type"_s, u"template"_s}, {u"template"_s, file[u"sends"][name]}};
}

std::unique_ptr<TemplateComposerPage> newPage(const QJsonObject &file)
{
    auto page = std::make_unique<TemplateComposerPage>();
    page->setLookup(
        [file](const QString &name, const QString &) -> std::optional<TemplateDefinition> {
            for (const QJsonValue &d : file[u"data"].toArray()) {
                if (d[u"name"].toString() == name)
                    return TemplateDefinition::fromJson(d.toObject());
            }
            return std::nullopt;
        });
    page->resize(700, 900);
    page->show();
    return page;
}

QList<QLineEdit *> lines(QWidget *editor)
{
    QList<QLineEdit *> out;
    for (QLineEdit *edit : editor->findChildren<QLineEdit *>()) {
        if (edit->isVisibleTo(editor) && !edit->parentWidget()->inherits("QAbstractSpinBox"))
            out.append(edit);
    }
    return out;
}

void settle()
{
    QCoreApplication::processEvents();
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace Wac::Test::Form2026

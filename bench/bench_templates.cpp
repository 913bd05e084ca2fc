// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
//
// Templates: (1) the form and the preview made from a definition with a media header, 10 body
// variables and 3 buttons, beside a plain form of as many line edits and a plain drawText of
// the same text; (2) loading a cached library of 1,000 templates, beside raw SQLite reading the
// same rows. Figures only: nothing here passes or fails. Run: build/bench/bench_templates
#include "core/templates/templateslots.h"
#include "preview/previewrenderer.h"
#include "storage/templatecache.h"
#include "widgets/composer/templateform.h"

#include <QApplication>
#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QPainter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include "benchtiming.h"
#include "services/templatelibrary.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject bigTemplate(int n)
{
    QString body = u"Hello {{1}},"_s;
    QJsonArray examples;
    examples.append(u"Pablo"_s);
    for (int i = 2; i <= 10; ++i) {
        body += u" line %1 says {{%1}}."_s.arg(i);
        examples.append(u"value %1"_s.arg(i));
    }
    return QJsonObject {{u"id"_s, QString::number(700000 + n)},
        {u"name"_s, u"bench_template_%1"_s.arg(n)}, {u"language"_s, u"en_US"_s},
        {u"status"_s, u"APPROVED"_s}, {u"category"_s, u"MARKETING"_s},
        {u"parameter_format"_s, u"POSITIONAL"_s},
        {u"components"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"HEADER"_s}, {u"format"_s, u"IMAGE"_s},
                            {u"example"_s,
                                QJsonObject {{u"header_handle"_s,
                                    QJsonArray {u"https://example.com/a.jpg"_s}}}}},
                QJsonObject {{u"type"_s, u"BODY"_s}, {u"text"_s, body},
                    {u"example"_s,
                        QJsonObject {{u"body_text"_s, QJsonArray {QJsonValue(examples)}}}}},
                QJsonObject {{u"type"_s, u"FOOTER"_s}, {u"text"_s, u"Reply STOP to opt out"_s}},
                QJsonObject {{u"type"_s, u"BUTTONS"_s},
                    {u"buttons"_s,
                        QJsonArray {
                            QJsonObject {{u"type"_s, u"URL"_s}, {u"text"_s, u"Track"_s},
                                {u"url"_s, u"https://x.example/t/{{1}}"_s},
                                {u"example"_s, QJsonArray {u"https://x.example/t/1"_s}}},
                            QJsonObject {{u"type"_s, u"QUICK_REPLY"_s}, {u"text"_s, u"Stop"_s}},
                            QJsonObject {{u"type"_s, u"COPY_CODE"_s}, {u"example"_s, u"SAVE"_s}},
                        }}}}}};
}

double formAndPreviewMs(const Wac::TemplateDefinition &d)
{
    return Bench::nanosPerCall(
               [&d] {
                   Wac::TemplateForm form;
                   form.setDefinition(d);
                   form.setValues(Wac::TemplateSlots::examples(d));
                   form.adjustSize(); // polished and laid out, as on screen
                   const QJsonObject message {{u"messaging_product"_s, u"whatsapp"_s},
                       {u"type"_s, u"template"_s}, {u"template"_s, form.templateObject()}};
                   Wac::PreviewOptions options;
                   options.templateDefinition = d.json;
                   const QImage image =
                       Wac::renderPreviewImage(Wac::OutgoingMessage::fromJson(message), options);
                   Q_UNUSED(image);
               },
               300'000'000)
        / 1e6;
}

double plainFormAndTextMs(const Wac::TemplateDefinition &d, const QSize &size)
{
    return Bench::nanosPerCall(
               [&d, size] {
                   QWidget form;
                   auto *layout = new QFormLayout(&form);
                   for (int i = 0; i < 14; ++i)
                       layout->addRow(u"{{%1}}"_s.arg(i), new QLineEdit(&form));
                   form.adjustSize();
                   QImage image(size, QImage::Format_RGB32);
                   image.fill(Qt::white);
                   QPainter p(&image);
                   p.drawText(QRect(QPoint(0, 0), size), Qt::TextWordWrap, d.bodyText);
               },
               300'000'000)
        / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);

    const Wac::TemplateDefinition d = Wac::TemplateDefinition::fromJson(bigTemplate(0));
    Wac::PreviewOptions options;
    options.templateDefinition = d.json;
    const QSize size = Wac::renderPreviewImage(
        Wac::OutgoingMessage::fromJson(
            QJsonObject {{u"messaging_product"_s, u"whatsapp"_s}, {u"type"_s, u"template"_s},
                {u"template"_s, Wac::TemplateSlots::build(d, Wac::TemplateSlots::examples(d))}}),
        options)
                           .size();
    const double form = formAndPreviewMs(d);
    const double plain = plainFormAndTextMs(d, size);
    out << u"form + preview, image header, 10 body variables, 3 buttons\n"_s;
    out << u"  waconsole        %1 ms (target: under 20 ms)\n"_s.arg(form, 0, 'f', 2);
    out << u"  plain baseline   %1 ms (14 QLineEdits in a QFormLayout + drawText, %2x%3)\n"_s
               .arg(plain, 0, 'f', 2)
               .arg(size.width())
               .arg(size.height());
    out << u"  ratio            %1\n"_s.arg(form / plain, 0, 'f', 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"templates.sqlite"_s);
    {
        QList<QJsonObject> library;
        for (int i = 0; i < 1000; ++i)
            library.append(bigTemplate(i));
        Wac::TemplateCache cache(path);
        cache.open();
        cache.store(u"Bench"_s, library);
    }
    Wac::TemplateCache cache(path);
    cache.open();
    const double load = Bench::nanosPerCall(
                            [&cache] {
                                Wac::TemplateLibrary library(&cache, nullptr);
                                if (library.definitions(u"Bench"_s).size() != 1000)
                                    qFatal("the library did not load");
                            },
                            500'000'000)
        / 1e6;
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
    raw.setDatabaseName(path);
    raw.open();
    const double rawMs = Bench::nanosPerCall(
                             [&raw] {
                                 QSqlQuery q(raw);
                                 q.setForwardOnly(true);
                                 q.exec(u"SELECT definition FROM templates WHERE profile = 'Bench' "
                                        "ORDER BY position"_s);
                                 qsizetype bytes = 0;
                                 while (q.next())
                                     bytes += q.value(0).toString().size();
                                 if (bytes == 0)
                                     qFatal("no rows");
                             },
                             500'000'000)
        / 1e6;
    out << u"cached library of 1,000 templates\n"_s;
    out << u"  waconsole        %1 ms (read + parse every definition; target: under 100 ms)\n"_s
               .arg(load, 0, 'f', 2);
    out << u"  raw SQLite       %1 ms (the same rows as strings, no parsing)\n"_s.arg(
        rawMs, 0, 'f', 2);
    out << u"  ratio            %1\n"_s.arg(load / rawMs, 0, 'f', 2);
    return 0;
}

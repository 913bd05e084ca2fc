// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliRender final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersAPng();
    void widthScaleAndTheme();
    void openStateShowsTheSheet();
    void templateDefinitions();
    void refusalsExitWithTwo();

private:
    int run(const QStringList &args, QString *err = nullptr);

    static QString example(const QString &name)
    {
        return QStringLiteral(WACONSOLE_EXAMPLES_DIR) + u'/' + name + u".json"_s;
    }

    QTemporaryDir m_dir;
};

int TestCliRender::run(const QStringList &args, QString *err)
{
    QProcess cli;
    // No display: render must draw offscreen by itself.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(WACONSOLE_CLI), args);
    if (!cli.waitForFinished(20000))
        return -1;
    if (err)
        *err = QString::fromUtf8(cli.readAllStandardError());
    return cli.exitCode();
}

void TestCliRender::rendersAPng()
{
    const QString out = m_dir.filePath(u"text.png"_s);
    QCOMPARE(run({u"render"_s, example(u"text"_s), u"-o"_s, out}), 0);
    const QImage image(out);
    QCOMPARE(image.width(), 360);
    QVERIFY(image.height() >= 200);
}

void TestCliRender::widthScaleAndTheme()
{
    const QString out = m_dir.filePath(u"wide.png"_s);
    QCOMPARE(run({u"render"_s, example(u"interactive.button"_s), u"-o"_s, out, u"--width"_s,
                 u"420"_s, u"--scale"_s, u"2"_s, u"--theme"_s, u"dark"_s, u"--time"_s, u"09:41"_s}),
        0);
    const QImage image(out);
    QCOMPARE(image.width(), 840);
    QVERIFY(image.pixelColor(2, 2).lightness() < 40);
}

void TestCliRender::openStateShowsTheSheet()
{
    const QString closed = m_dir.filePath(u"closed.png"_s);
    const QString open = m_dir.filePath(u"open.png"_s);
    QCOMPARE(run({u"render"_s, example(u"interactive.list"_s), u"-o"_s, closed}), 0);
    QCOMPARE(
        run({u"render"_s, example(u"interactive.list"_s), u"-o"_s, open, u"--state"_s, u"open"_s}),
        0);
    QVERIFY(QImage(open).height() > QImage(closed).height());
}

void TestCliRender::templateDefinitions()
{
    const QString out = m_dir.filePath(u"template.png"_s);
    QCOMPARE(run({u"render"_s, example(u"template"_s), u"-o"_s, out, u"--template-def"_s,
                 QStringLiteral(WACONSOLE_SIM_TEMPLATES)}),
        0);
    // A library without that template says so.
    const QString library = m_dir.filePath(u"library.json"_s);
    QFile file(library);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"data": [{"name": "other", "language": "en_US", "components": []}]})");
    file.close();
    QString err;
    QCOMPARE(run({u"render"_s, example(u"template"_s), u"-o"_s, out, u"--template-def"_s, library},
                 &err),
        2);
    QVERIFY2(err.contains(u"order_confirmation"_s), qPrintable(err));
}

void TestCliRender::refusalsExitWithTwo()
{
    QString err;
    QCOMPARE(run({u"render"_s, example(u"text"_s)}, &err), 2);
    QVERIFY(err.contains(u"-o"_s));
    QCOMPARE(
        run({u"render"_s, u"/nonexistent.json"_s, u"-o"_s, m_dir.filePath(u"x.png"_s)}, &err), 2);
    QVERIFY(err.contains(u"/nonexistent.json"_s));
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.png"_s)));
}

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_clirender.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
// The voice-call button, the call permission card and the contact info request as the phone
// draws them: the button's own text or WhatsApp's default, the two choices of the permission
// card, the fixed "Share contact info", each with its icon and inside its bubble.
#include "preview/previewrenderer.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QTest>
#include <QTextLayout>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Wac::PreviewTheme)

namespace {

QList<Wac::PreviewIcon> iconsOf(const Wac::PreviewScene &scene)
{
    QList<Wac::PreviewIcon> icons;
    for (const Wac::SceneItem &item : scene.items) {
        if (item.kind == Wac::SceneItem::Kind::Icon && item.role.isEmpty())
            icons << item.icon;
    }
    return icons;
}

/// Every text and icon of the message lies inside its bubble: nothing spills or is clipped.
QString outsideTheBubble(const Wac::PreviewScene &scene)
{
    QRectF bubble;
    for (const Wac::SceneItem &item : scene.items) {
        if (item.kind == Wac::SceneItem::Kind::Bubble)
            bubble = item.rect;
    }
    const QRectF inside = bubble.adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const Wac::SceneItem &item : scene.items) {
        if (item.role == u"date"_s)
            continue;
        if (item.kind == Wac::SceneItem::Kind::Icon && !inside.contains(item.rect))
            return u"icon "_s + item.role;
        if (item.kind != Wac::SceneItem::Kind::Text)
            continue;
        // A text's rectangle is the width it was laid out in; its lines are what is drawn.
        for (int i = 0; i < item.layout->lineCount(); ++i) {
            const QRectF line =
                item.layout->lineAt(i).naturalTextRect().translated(item.rect.topLeft());
            if (!inside.contains(line))
                return item.role + u' ' + item.text;
        }
    }
    return bubble.isEmpty() ? u"no bubble"_s : QString();
}

} // namespace

class TestCallPreview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachKindDrawsItsButtons_data();
    void eachKindDrawsItsButtons();
    void aPermissionRequestIsACardWithoutHeaderOrFooter();
};

void TestCallPreview::eachKindDrawsItsButtons_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("remove"); ///< a pointer taken out of the fixture first
    QTest::addColumn<Wac::PreviewTheme>("theme");
    QTest::addColumn<QStringList>("buttons");
    QTest::addColumn<QList<Wac::PreviewIcon>>("icons");
    using I = Wac::PreviewIcon;
    for (const auto theme : {Wac::PreviewTheme::Light, Wac::PreviewTheme::Dark}) {
        const char *name = theme == Wac::PreviewTheme::Light ? "light" : "dark";
        QTest::addRow("voice call, %s", name)
            << u"ref-interactive.voice_call-call-button"_s << QString() << theme
            << QStringList {u"Call on WhatsApp"_s} << QList<I> {I::Phone};
        QTest::addRow("voice call with WhatsApp's text, %s", name)
            << u"ref-interactive.voice_call-call-button"_s << u"parameters"_s << theme
            << QStringList {u"Call Now"_s} << QList<I> {I::Phone};
        QTest::addRow("longest voice call, %s", name)
            << u"max-voice-call"_s << QString() << theme << QStringList {QString(20, u'C')}
            << QList<I> {I::Phone};
        QTest::addRow("call permission request, %s", name)
            << u"ref-interactive.call_permission_request-free-form"_s << QString() << theme
            << QStringList {u"Allow"_s, u"Decline"_s}
            << QList<I> {I::Phone, I::CallAllow, I::Close};
        QTest::addRow("contact info request, %s", name)
            << u"ref-interactive.request_contact_info-bsuid"_s << QString() << theme
            << QStringList {u"Share contact info"_s} << QList<I> {I::ContactCard};
    }
}

void TestCallPreview::eachKindDrawsItsButtons()
{
    QFETCH(QString, fixture);
    QFETCH(QString, remove);
    QFETCH(Wac::PreviewTheme, theme);
    QFETCH(QStringList, buttons);
    QFETCH(QList<Wac::PreviewIcon>, icons);
    QJsonObject payload = Wac::Test::loadValidPayload(fixture);
    if (!remove.isEmpty()) {
        QJsonObject interactive = payload.value(u"interactive").toObject();
        QJsonObject action = interactive.value(u"action").toObject();
        action.remove(remove);
        interactive.insert(u"action"_s, action);
        payload.insert(u"interactive"_s, interactive);
    }
    const Wac::OutgoingMessage message = Wac::OutgoingMessage::fromJson(payload);
    Wac::PreviewOptions options;
    options.theme = theme;
    const Wac::PreviewScene scene = Wac::renderPreview(message, options);
    QCOMPARE(scene.texts(u"button"_s), buttons); // whole, not elided
    QCOMPARE(iconsOf(scene), icons);
    const QString body = message.interactive().body.value_or(QString());
    QVERIFY(scene.texts(u"body"_s).join(QString()).contains(body.left(20)));
    QCOMPARE(outsideTheBubble(scene), QString());
}

void TestCallPreview::aPermissionRequestIsACardWithoutHeaderOrFooter()
{
    const Wac::OutgoingMessage blank =
        Wac::OutgoingMessage::create(Wac::MessageType::InteractiveCallPermissionRequest);
    const Wac::PreviewScene scene = Wac::renderPreview(blank, {});
    QCOMPARE(scene.texts(u"call.title"_s), QStringList {u"Call permission request"_s});
    QCOMPARE(scene.texts(u"body"_s), QStringList()); // its body is optional
    QCOMPARE(scene.texts(u"button"_s), (QStringList {u"Allow"_s, u"Decline"_s}));
    QCOMPARE(outsideTheBubble(scene), QString());
}

QTEST_MAIN(TestCallPreview)
#include "tst_callpreview.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "core/outgoingmessage.h"
#include "preview/previewrenderer.h"

#include <QGuiApplication>
#include <QTest>

#include "payloadcorpus.h"

using namespace Qt::StringLiterals;

namespace {

bool hasKind(const Wac::PreviewScene &scene, Wac::SceneItem::Kind kind)
{
    return std::any_of(scene.items.cbegin(), scene.items.cend(),
        [kind](const Wac::SceneItem &item) { return item.kind == kind; });
}

bool hasIcon(const Wac::PreviewScene &scene, Wac::PreviewIcon icon)
{
    return std::any_of(scene.items.cbegin(), scene.items.cend(), [icon](const auto &item) {
        return item.kind == Wac::SceneItem::Kind::Icon && item.icon == icon;
    });
}

} // namespace

/// `audio.voice: true` is drawn as a voice note (a mic and the recording's bars), anything
/// else as an audio file (headphones and a plain track), in both themes.
class TestVoiceNote final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void voiceOrFile_data();
    void voiceOrFile();
};

void TestVoiceNote::voiceOrFile_data()
{
    QTest::addColumn<QJsonValue>("voice");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("voiceNote");
    for (const bool dark : {false, true}) {
        const char *theme = dark ? "dark" : "light";
        QTest::addRow("voice true, %s", theme) << QJsonValue(true) << dark << true;
        QTest::addRow("voice false, %s", theme) << QJsonValue(false) << dark << false;
        QTest::addRow("no voice, %s", theme) << QJsonValue(QJsonValue::Undefined) << dark << false;
    }
}

void TestVoiceNote::voiceOrFile()
{
    QFETCH(QJsonValue, voice);
    QFETCH(bool, dark);
    QFETCH(bool, voiceNote);
    QJsonObject payload = Wac::Test::loadValidPayload(u"ref-audio-voice-id"_s);
    QJsonObject audio = payload.value(u"audio").toObject();
    audio.remove(u"voice");
    if (!voice.isUndefined())
        audio.insert(u"voice", voice);
    payload.insert(u"audio", audio);
    Wac::PreviewOptions options;
    options.theme = dark ? Wac::PreviewTheme::Dark : Wac::PreviewTheme::Light;
    const Wac::PreviewScene scene =
        Wac::renderPreview(Wac::OutgoingMessage::fromJson(payload), options);
    QCOMPARE(scene.texts(u"audio"_s), QStringList {voiceNote ? u"Voice message"_s : u"Audio"_s});
    QCOMPARE(hasKind(scene, Wac::SceneItem::Kind::Waveform), voiceNote);
    QCOMPARE(hasIcon(scene, Wac::PreviewIcon::Mic), voiceNote);
    QCOMPARE(hasIcon(scene, Wac::PreviewIcon::Headphones), !voiceNote);
}

QTEST_MAIN(TestVoiceNote)
#include "tst_voicenote.moc"

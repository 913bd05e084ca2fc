// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/sendpanel.h"

#include "core/validation/validator.h"
#include "net/mediafile.h"
#include "storage/historystore.h"
#include "storage/profilestore.h"
#include "storage/settings.h"
#include "widgets/composer/mediasourceeditor.h"
#include "widgets/dialogs/filedialogs.h"
#include "widgets/profilestatus.h"
#include "widgets/resultpanel.h"
#include "widgets/sendquestions.h"
#include "widgets/storehandover.h"

#include <QComboBox>
#include <QPushButton>

#include "services/graphaccess.h"
#include "services/historylog.h"
#include "services/mediauploader.h"
#include "services/sendservice.h"

using namespace Qt::StringLiterals;

namespace Wac {

SendPanel::SendPanel(
    const Widgets &widgets, const WindowServices &services, DraftReader draft, QObject *parent)
    : QObject(parent)
    , m_w(widgets)
    , m_s(services)
    , m_draft(std::move(draft))
    , m_status(new ProfileStatus(m_w.statusBar, m_s, this))
    , m_questions(new SendQuestions(m_w.window, m_s.templates, m_s.history, this))
    , m_handover(new StoreHandover(
          m_s.history, m_w.result, [this] { return m_draft().body; }, this))
{
    connect(m_handover, &StoreHandover::statusMessage, this, &SendPanel::statusMessage);
    connect(m_w.send, &QPushButton::clicked, this, [this] { send(false); });
    connect(m_w.sendAnyway, &QPushButton::clicked, this, [this] { send(true); });
    connect(m_w.profiles, &QComboBox::currentIndexChanged, this, [this] {
        showProfile();
        updateState();
        Q_EMIT profileChanged();
    });
    if (m_s.sender) {
        connect(m_s.sender, &SendService::progress, m_w.result, &ResultPanel::showProgress);
        connect(m_s.sender, &SendService::finished, this, &SendPanel::sendFinished);
        connect(m_s.sender, &SendService::notRecorded, this,
            [this](const QString &why) { Q_EMIT statusMessage(why, 0); });
        connect(m_w.cancel, &QPushButton::clicked, m_s.sender, &SendService::cancel);
    }
    if (m_s.uploader) {
        connect(m_s.uploader, &MediaUploader::progress, m_w.result, &ResultPanel::showProgress);
        connect(m_s.uploader, &MediaUploader::finished, this, &SendPanel::uploadFinished);
        connect(m_w.cancel, &QPushButton::clicked, m_s.uploader, &MediaUploader::cancel);
    }
    fillProfiles();
}

std::optional<Profile> SendPanel::currentProfile() const
{
    if (!m_s.profiles)
        return std::nullopt;
    return m_s.profiles->find(m_w.profiles->currentData().toString());
}

bool SendPanel::selectProfile(const QString &name)
{
    const int index = m_w.profiles->findData(name);
    if (index < 0 || isBusy())
        return false;
    m_w.profiles->setCurrentIndex(index); // its signal tells everyone
    return true;
}

void SendPanel::fillProfiles(const QString &select)
{
    QComboBox *combo = m_w.profiles;
    const QString keep = select.isEmpty() ? combo->currentData().toString() : select;
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (m_s.profiles) {
            for (const Profile &p : m_s.profiles->profiles()) {
                const QString label = p.isSandbox() ? tr("Sandbox (simulator)")
                    : p.reachesCustomers()          ? tr("%1 (live)").arg(p.name)
                                                    : p.name;
                combo->addItem(label, p.name);
            }
        }
        const int index = combo->findData(keep);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    }
    showProfile();
    updateState();
    Q_EMIT profileChanged();
}

void SendPanel::setSandbox(const QUrl &baseUrl)
{
    if (!m_s.profiles)
        return;
    // The console opens on the Sandbox: the first time it is listed it is chosen, whatever
    // saved profile came first before (a live one, maybe).
    const bool firstTime =
        m_s.profiles->profiles().isEmpty() || !m_s.profiles->profiles().first().isSandbox();
    m_s.profiles->setSandbox(baseUrl);
    fillProfiles(firstTime ? QString::fromLatin1(Profile::sandboxName) : QString());
}

void SendPanel::setDraftState(bool hasErrors, bool parsable)
{
    m_hasErrors = hasErrors;
    m_parsable = parsable;
    updateState();
}

void SendPanel::showProfile()
{
    m_status->show(currentProfile());
    m_handover->show(currentProfile());
}

bool SendPanel::isLive() const
{
    const std::optional<Profile> p = currentProfile();
    return p && p->reachesCustomers();
}

bool SendPanel::isBusy() const
{
    return (m_s.sender && m_s.sender->isBusy()) || (m_s.uploader && m_s.uploader->isBusy());
}

void SendPanel::updateState()
{
    const bool busy = isBusy();
    const std::optional<Profile> p = currentProfile();
    const bool anywayOffered = p && (p->isSandbox() || Settings::sendAnywayEverywhere());
    const bool here = p && m_s.sender && !m_handover->isElsewhere();
    m_w.send->setEnabled(!busy && here && m_parsable && !m_hasErrors);
    // Sending a payload with errors is for seeing the server's own validation (product.md).
    m_w.sendAnyway->setVisible(!busy && here && anywayOffered && m_parsable && m_hasErrors);
    m_w.cancel->setVisible(busy);
    m_w.profiles->setEnabled(!busy);
}

void SendPanel::send(bool anyway)
{
    // Read first, even when nothing can be sent: trying to send shows every finding.
    const Draft draft = m_draft(); // what is sent is what the form holds now
    const std::optional<Profile> profile = currentProfile();
    if (!profile || !m_s.sender || isBusy())
        return;
    if (!draft.parsable || (hasErrors(draft.diagnostics) && !anyway))
        return;
    if (!m_questions->allow(*profile, draft.body, draft.diagnostics, anyway))
        return;
    start(*profile, draft.body);
}

void SendPanel::resend(const QString &profileName, const QJsonObject &body)
{
    const std::optional<Profile> profile =
        m_s.profiles ? m_s.profiles->find(profileName) : std::nullopt;
    if (!profile) {
        Q_EMIT statusMessage(
            tr("The profile %1 no longer exists: open the message in the composer and send it "
               "with another.")
                .arg(profileName),
            0);
        return;
    }
    if (isBusy() || !start(*profile, body))
        Q_EMIT statusMessage(tr("Wait for the request in flight to finish."), 0);
}

bool SendPanel::start(const Profile &profile, const QJsonObject &body)
{
    if (!m_s.sender->send(profile, body))
        return false;
    m_sending = body;
    m_w.result->showSending();
    Q_EMIT statusMessage(tr("Sending with %1…").arg(profile.name), 0);
    updateState();
    return true;
}

void SendPanel::sendFinished(const SendResult &result)
{
    if (result.outcome == SendResult::Outcome::Accepted)
        m_lastSent = m_sending;
    m_w.result->showResult(result);
    Q_EMIT statusMessage(result.outcome == SendResult::Outcome::Accepted
            ? tr("Accepted: %1").arg(result.wamid.isEmpty() ? tr("done") : result.wamid)
            : result.error.headline(),
        0);
    updateState();
}

void SendPanel::upload(MediaSourceEditor *editor)
{
    const std::optional<Profile> profile = currentProfile();
    if (!m_s.uploader || !profile) {
        Q_EMIT statusMessage(tr("Choose a profile to upload to first."), 0);
        return;
    }
    if (isBusy()) {
        Q_EMIT statusMessage(tr("Wait for the request in flight to finish."), 0);
        return;
    }
    const QPointer<MediaSourceEditor> target = editor; // the dialog runs the event loop
    const QString path = FileDialogs::openFileName(m_w.window, tr("Upload a file"));
    if (path.isEmpty() || !target)
        return;
    const MediaFile file = MediaFile::load(path, {}, target->mediaKind());
    if (!file.ok()) {
        m_w.result->showProblem(tr("Not uploaded"), file.problem);
        return;
    }
    m_uploadTarget = target;
    m_uploadPath = path;
    m_s.uploader->upload(*profile, file);
    m_w.result->showSending();
    Q_EMIT statusMessage(tr("Uploading %1 to %2…").arg(file.fileName, profile->name), 0);
    updateState();
}

void SendPanel::uploadFinished(const SendResult &result, const QString &mediaId)
{
    if (!mediaId.isEmpty()) {
        if (m_uploadTarget)
            m_uploadTarget->setUploadedId(mediaId);
        m_w.result->showUploaded(mediaId);
        Q_EMIT uploaded(mediaId, m_uploadPath);
        Q_EMIT statusMessage(tr("Uploaded: media ID %1").arg(mediaId), 0);
    } else {
        m_w.result->showResult(result);
        Q_EMIT statusMessage(result.error.headline(), 0);
    }
    m_uploadTarget.clear();
    updateState();
}

} // namespace Wac

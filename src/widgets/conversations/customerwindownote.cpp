// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/conversations/customerwindownote.h"

#include "core/messagetype.h"
#include "widgets/theme.h"

#include <QLabel>

#include "services/inbox.h"

using namespace Qt::StringLiterals;

namespace Wac {

CustomerWindowNote::CustomerWindowNote(
    const Inbox *inbox, std::function<QDateTime()> clock, QLabel *label, QObject *parent)
    : QObject(parent)
    , m_inbox(inbox)
    , m_clock(std::move(clock))
    , m_label(label)
{
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(
        Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard | Qt::TextSelectableByMouse);
    m_label->hide();
    connect(m_label, &QLabel::linkActivated, this, [this] { Q_EMIT templateRequested(); });
}

void CustomerWindowNote::start()
{
    m_started = true;
    Q_EMIT changed();
}

void CustomerWindowNote::invalidate()
{
    m_looked = false;
}

CustomerWindow CustomerWindowNote::window() const
{
    return CustomerWindow::at(m_shown && m_conversation ? m_conversation->lastInboundAt : 0,
        m_clock().toMSecsSinceEpoch());
}

QList<Diagnostic> CustomerWindowNote::findings(
    const std::optional<Profile> &profile, const QJsonObject &body)
{
    const QString to = body.value(u"to").toString().trimmed();
    // A group is not one customer with a window (Meta names none for groups).
    m_shown = m_started && profile && !profile->phoneNumberId.isEmpty() && !to.isEmpty()
        && messageTypeOf(body) != MessageType::MarkAsRead
        && body.value(u"recipient_type").toString() != u"group"_s;
    if (!m_shown) {
        m_label->hide();
        return {};
    }
    // One indexed look-up per customer, not per keystroke: kept until a write says otherwise.
    if (!m_looked || to != m_to || profile->phoneNumberId != m_phoneNumberId) {
        m_to = to;
        m_phoneNumberId = profile->phoneNumberId;
        m_conversation = m_inbox->store().find(m_phoneNumberId, m_to);
        m_looked = true;
    }
    show();
    const std::optional<Diagnostic> finding = window().finding(body);
    return finding ? QList<Diagnostic> {*finding} : QList<Diagnostic> {};
}

void CustomerWindowNote::clockTicked()
{
    if (!m_shown)
        return;
    const CustomerWindow::State before = m_state;
    show();
    if (m_state != before)
        Q_EMIT changed();
}

void CustomerWindowNote::show()
{
    const CustomerWindow now = window();
    m_state = now.state();
    const QPalette &base =
        m_label->parentWidget() ? m_label->parentWidget()->palette() : m_label->palette();
    const QColor colour = now.isOpen() ? Theme::toneColor(Theme::Tone::Good, base)
        : now.isClosed()               ? Theme::toneColor(Theme::Tone::Bad, base)
                                       : base.color(QPalette::PlaceholderText);
    // Short, beside the recipient in the top row; the tooltip says the whole of it.
    //: The customer-service window beside the recipient: "24-hour window open · 3 h 12 min left".
    const QString text =
        now.isUnknown() ? tr("24-hour window unknown") : tr("24-hour window %1").arg(now.text());
    if (now.isClosed()) {
        // The words themselves lead to the Template page: the only kind that can go out.
        m_label->setText(u"<a href=\"template\" style=\"color:%1\">%2</a>"_s.arg(
            colour.name(), text.toHtmlEscaped()));
    } else {
        m_label->setText(text.toHtmlEscaped());
    }
    m_label->setToolTip(now.isClosed()
            ? tr("The customer last wrote more than 24 hours ago: only an approved template "
                 "reaches them until they write again. Click to open the Template page.")
            : now.isOpen()
            ? tr("Any message may go out until the window closes; each message the customer "
                 "writes opens it for 24 hours again.")
            : now.text() + u"\n"_s
                + tr("No message from this customer to this profile's number has reached the "
                     "console, so it cannot tell whether the window is open; a free-form "
                     "message may fail with error 131047."));
    QPalette palette = m_label->palette();
    palette.setColor(QPalette::WindowText, colour);
    m_label->setPalette(palette);
    m_label->show();
}

} // namespace Wac

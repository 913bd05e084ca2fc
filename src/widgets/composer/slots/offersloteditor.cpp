// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 waconsole authors
#include "widgets/composer/slots/offersloteditor.h"

#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Wac {

namespace {

// The earliest the editor shows, and the value it shows as "Not set".
QDateTime epoch()
{
    return QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc());
}

} // namespace

OfferSlotEditor::OfferSlotEditor(const TemplateSlot &slot, QWidget *parent)
    : TemplateSlotEditor(slot, parent)
    , m_when(new QDateTimeEdit(this))
    , m_sent(new QLabel(this))
{
    m_when->setTimeSpec(Qt::LocalTime);
    m_when->setMinimumDateTime(epoch());
    m_when->setDateTime(epoch());
    m_when->setSpecialValueText(tr("Not set"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_when->setAccessibleName(tr("Offer expires at"));
    m_when->setToolTip(tr("When the offer ends, in this computer's time zone"));
    m_sent->setProperty("wacHint", true);
    m_sent->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid()->addWidget(m_when, 0, 0);
    grid()->addWidget(m_sent, 1, 0);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &when) {
        // Graph reads a Unix time in milliseconds: an SDK that sends seconds ends in 1970.
        m_milliseconds = when == m_when->minimumDateTime()
            ? std::nullopt
            : std::optional<double>(double(when.toMSecsSinceEpoch()));
        showSeconds();
        Q_EMIT changed();
    });
    showSeconds();
}

void OfferSlotEditor::showSeconds()
{
    // 10^12 ms is September 2001: a smaller number is seconds or a duration (as in Meta's own
    // example), which the phone would show as long expired.
    const bool implausible = m_milliseconds && *m_milliseconds < 1e12;
    m_sent->setText(!m_milliseconds ? tr("Pick when the offer ends: the countdown needs it.")
            : implausible
            ? tr("Sent as expiration_time_ms: %1, before 2001: seconds or a duration, not a "
                 "time in milliseconds?")
                  .arg(numberText(m_milliseconds, 16))
            : tr("Sent as expiration_time_ms: %1").arg(numberText(m_milliseconds, 16)));
    m_sent->setWordWrap(true);
}

QWidget *OfferSlotEditor::mainField() const
{
    return m_when;
}

TemplateParameter OfferSlotEditor::value() const
{
    TemplateParameter p = TemplateSlots::emptyValue(templateSlot());
    if (m_milliseconds)
        p.object.insert(u"expiration_time_ms"_s, *m_milliseconds);
    return p;
}

void OfferSlotEditor::setValue(const TemplateParameter &p)
{
    const QJsonValue ms = p.object.value(u"expiration_time_ms");
    m_milliseconds = ms.isDouble() ? std::optional(ms.toDouble()) : std::nullopt;
    {
        const QSignalBlocker quiet(m_when);
        m_when->setDateTime(m_milliseconds
                ? QDateTime::fromMSecsSinceEpoch(qint64(*m_milliseconds)).toLocalTime()
                : epoch());
    }
    showSeconds();
}

} // namespace Wac

#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace casedesk {

// The platform's time zone: China keeps one zone, UTC+8, with no daylight saving. Days of the
// procedure (deadlines, dates on notices) and every time shown are China time, whatever zone
// this computer is set to.
inline QTimeZone chinaTimeZone()
{
    return QTimeZone(8 * 3600);
}

inline QDateTime inChinaTime(const QDateTime &at)
{
    return at.isValid() ? at.toTimeZone(chinaTimeZone()) : QDateTime();
}

inline QDate chinaDate(const QDateTime &at)
{
    return inChinaTime(at).date();
}

// One way of writing a time and a day everywhere (inbox, pane, history, CLI), in China time,
// without a zone abbreviation: 2026-12-01 17:22.
inline QString chinaTimeText(const QDateTime &at)
{
    return at.isValid() ? inChinaTime(at).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

inline QString chinaDateText(const QDateTime &at)
{
    return at.isValid() ? chinaDate(at).toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

} // namespace casedesk

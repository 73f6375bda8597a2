#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace casedesk {

// The official working-day calendar: weekends and statutory holidays are off, except the
// make-up working days (调休) that the State Council's yearly schedule moves onto weekends.
// Years without a loaded schedule fall back to weekends and the holidays fixed by the calendar
// date (元旦 1 Jan, 劳动节 1-2 May, 国庆节 1-3 Oct); the lunar holidays and 调休 are unknown
// then, so callers must warn (coversYear).
class WorkCalendar
{
public:
    // The schedules shipped in resources/calendars.
    static WorkCalendar builtIn();

    // Adds one year's schedule: {"year", "holidays": [{"from","to","name"}], "workdays": [...]}.
    bool addYear(const QJsonObject &schedule, QString *error = nullptr);

    bool coversYear(int year) const { return m_years.contains(year); }
    QList<int> years() const;
    // The year's days off that fall on weekdays, and its make-up working days, in order.
    QList<QDate> holidaysOnWeekdays(int year) const;
    QList<QDate> makeUpWorkdays(int year) const;
    bool isWorkingDay(QDate date) const;

    // The day on which a period of `days` working days that starts on `start` ends. As the
    // law counts periods, the start day itself is not counted. Negative `days` count back.
    QDate addWorkingDays(QDate start, int days) const;

    // Working days in (from, to]; negative when `to` lies before `from`.
    int workingDaysBetween(QDate from, QDate to) const;

private:
    QSet<int> m_years;
    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
};

} // namespace casedesk

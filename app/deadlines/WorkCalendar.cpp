#include "WorkCalendar.h"

#include "core/DataDir.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace casedesk {

WorkCalendar WorkCalendar::builtIn()
{
    WorkCalendar calendar;
    const QDir dir(dataDir() + QStringLiteral("/calendars"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcStore) << "calendar" << file.fileName()
                               << "cannot be read:" << file.errorString();
            continue;
        }
        QString error;
        // A shipped schedule is checked by the tests; a broken one must not stop the app.
        if (!calendar.addYear(QJsonDocument::fromJson(file.readAll()).object(), &error))
            qCWarning(lcStore) << "calendar" << file.fileName() << "is not valid:" << error;
    }
    return calendar;
}

static bool parseDate(const QJsonValue &value, int year, QDate *out)
{
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!date.isValid() || date.year() != year)
        return false;
    *out = date;
    return true;
}

bool WorkCalendar::addYear(const QJsonObject &schedule, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const int year = schedule.value(QLatin1String("year")).toInt();
    if (year < 2000 || year > 2100)
        return fail(
                QCoreApplication::translate("WorkCalendar", "The calendar names no valid year."));

    QSet<QDate> holidays;
    const QJsonArray ranges = schedule.value(QLatin1String("holidays")).toArray();
    for (const QJsonValue &range : ranges) {
        QDate from, to;
        if (!parseDate(range[QLatin1String("from")], year, &from)
            || !parseDate(range[QLatin1String("to")], year, &to) || to < from)
            return fail(QCoreApplication::translate("WorkCalendar",
                                                    "A holiday of %1 has an invalid date range.")
                                .arg(year));
        for (QDate d = from; d <= to; d = d.addDays(1))
            holidays.insert(d);
    }
    QSet<QDate> workdays;
    const QJsonArray makeups = schedule.value(QLatin1String("workdays")).toArray();
    for (const QJsonValue &value : makeups) {
        QDate date;
        if (!parseDate(value, year, &date))
            return fail(QCoreApplication::translate("WorkCalendar",
                                                    "A make-up working day of %1 is invalid.")
                                .arg(year));
        if (holidays.contains(date))
            return fail(QCoreApplication::translate(
                                "WorkCalendar", "%1 is both a holiday and a make-up working day.")
                                .arg(date.toString(Qt::ISODate)));
        workdays.insert(date);
    }
    // Replacing a year (an update from the platform) drops its old days first.
    for (auto it = m_holidays.begin(); it != m_holidays.end();)
        it = it->year() == year ? m_holidays.erase(it) : std::next(it);
    for (auto it = m_workdays.begin(); it != m_workdays.end();)
        it = it->year() == year ? m_workdays.erase(it) : std::next(it);
    m_holidays.unite(holidays);
    m_workdays.unite(workdays);
    m_years.insert(year);
    return true;
}

namespace {
// 《全国年节及纪念日放假办法》: the holidays tied to a Gregorian date.
bool isFixedDateHoliday(QDate date)
{
    const int m = date.month();
    const int d = date.day();
    return (m == 1 && d == 1) || (m == 5 && d <= 2) || (m == 10 && d <= 3);
}
} // namespace

bool WorkCalendar::isWorkingDay(QDate date) const
{
    if (m_workdays.contains(date))
        return true;
    if (m_holidays.contains(date))
        return false;
    if (!m_years.contains(date.year()) && isFixedDateHoliday(date))
        return false;
    return date.dayOfWeek() < 6;
}

QList<int> WorkCalendar::years() const
{
    QList<int> list(m_years.cbegin(), m_years.cend());
    std::sort(list.begin(), list.end());
    return list;
}

QList<QDate> WorkCalendar::holidaysOnWeekdays(int year) const
{
    QList<QDate> days;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
        if (d.dayOfWeek() < 6 && !isWorkingDay(d))
            days.append(d);
    }
    return days;
}

QList<QDate> WorkCalendar::makeUpWorkdays(int year) const
{
    QList<QDate> days;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
        if (d.dayOfWeek() >= 6 && isWorkingDay(d))
            days.append(d);
    }
    return days;
}

QDate WorkCalendar::addWorkingDays(QDate start, int days) const
{
    const int step = days < 0 ? -1 : 1;
    QDate day = start;
    for (int remaining = std::abs(days); remaining > 0;) {
        day = day.addDays(step);
        if (isWorkingDay(day))
            --remaining;
    }
    return day;
}

int WorkCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (to < from)
        return -workingDaysBetween(to, from);
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (isWorkingDay(d))
            ++count;
    }
    return count;
}

} // namespace casedesk

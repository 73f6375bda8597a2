#pragma once

#include "cases/Case.h"
#include "WorkCalendar.h"

#include <QDate>
#include <QString>

#include <optional>

namespace casedesk {

// 预警 colours as electronic supervision uses them.
enum class WarningLight { None, Green, Yellow, Red };

// The running clock of a case's current stage: when it ends and from when it warns.
struct StageDeadline
{
    QDate due;
    QDate warnFrom; // yellow from this day on
    int limit = 0;
    LimitUnit unit = LimitUnit::WorkingDays;

    bool isValid() const { return due.isValid(); }

    // The clock of `c` now. No deadline for stages where no department clock runs (the
    // applicant is correcting, a special procedure suspends the clock, or the case is closed).
    static StageDeadline forCase(const Case &c, const ServiceItem *item, const WorkCalendar &calendar);

    // Working days left on `today`: 0 on the due day, negative once overdue.
    static int remainingDays(QDate due, QDate today, const WorkCalendar &calendar);
    static WarningLight light(QDate due, QDate warnFrom, QDate today);
};

} // namespace casedesk

#pragma once

#include "WorkCalendar.h"
#include "cases/Case.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

// 预警 colours as electronic supervision uses them.
enum class WarningLight { None, Green, Yellow, Red };

// When a deadline turns yellow: when at most `days` working days remain, or at most
// `percent` of the limit. Both are settings (deadlines/yellowDays, deadlines/yellowPercent).
struct WarningPolicy
{
    int days = 1;
    int percent = 20;
    int thresholdFor(int limit) const;
};

// A span of days that a period does not count (a special procedure), both ends included.
struct Pause
{
    QDate first;
    QDate last; // invalid: still running
};

// The end of a period of `limit` that starts on `start`: the start day is not counted, nor any
// paused day; a period in natural days that ends on a day off moves to the next working day.
// Invalid when a running pause stops the period before it ends.
QDate periodEnd(QDate start, TimeLimit limit, const WorkCalendar &calendar,
                const QList<Pause> &pauses = {});

// The clock of a case's current stage: when it ends, from when it warns, and how that was
// computed, in words the case pane can show.
struct StageDeadline
{
    static constexpr int kPreReviewDays = 2;
    static constexpr int kAcceptanceDays = 5;
    static constexpr int kDefaultDecisionDays = 20;
    static constexpr int kMaxExtensionDays = 10;
    static constexpr int kDeliveryDays = 10;
    // Raised whenever these rules change, so that caches compute their stored deadlines again.
    static constexpr int kRulesVersion = 2;

    QDate due; // the date to meet in this stage (the earlier of promised and legal)
    QDate legalDue; // the statutory limit with any approved extension (review to decision)
    QDate warnFrom; // yellow from this day on
    QDate acceptanceDue; // before acceptance: after this day the case counts as accepted
    int limit = 0;
    LimitUnit unit = LimitUnit::WorkingDays;
    bool clockStopped = false; // a special procedure is running
    QStringList explanation;

    bool isValid() const { return due.isValid(); }
    // 行政许可法 art. 32: no decision and no correction notice within the acceptance period
    // means the application counts as accepted from the day it was received.
    bool deemedAccepted(QDate today) const
    {
        return acceptanceDue.isValid() && today > acceptanceDue;
    }

    static StageDeadline forCase(const Case &c, const ServiceItem *item,
                                 const WorkCalendar &calendar, const WarningPolicy &policy = {});

    // Working days left on `today`: 0 on the due day, negative once overdue.
    static int remainingDays(QDate due, QDate today, const WorkCalendar &calendar);
    static WarningLight light(QDate due, QDate warnFrom, QDate today);
    // What the deadline column and the case pane say: "3 working days", "Due today", "Overdue
    // 2 working days", or why no clock runs.
    static QString remainingText(CaseStage stage, QDate due, QDate today,
                                 const WorkCalendar &calendar);
};

} // namespace casedesk

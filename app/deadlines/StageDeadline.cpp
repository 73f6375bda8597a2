#include "StageDeadline.h"

#include <algorithm>

namespace casedesk {

namespace {
// The district regulation: pre-review opinion within 2 working days of receipt; accept,
// refuse or ask for correction within 5 working days of receipt.
constexpr int kPreReviewDays = 2;
constexpr int kAcceptanceDays = 5;
// Without a catalogue entry, the statutory decision limit (行政许可法 art. 42).
constexpr int kDefaultDecisionDays = 20;

// Short limits warn on their last working day, longer ones three working days ahead.
int warningDays(int limit)
{
    return limit <= kAcceptanceDays ? 1 : 3;
}

QDate addPeriod(QDate start, TimeLimit limit, const WorkCalendar &calendar)
{
    return limit.unit == LimitUnit::NaturalDays ? start.addDays(limit.value)
                                                : calendar.addWorkingDays(start, limit.value);
}
} // namespace

StageDeadline StageDeadline::forCase(const Case &c, const ServiceItem *item,
                                     const WorkCalendar &calendar)
{
    TimeLimit limit;
    QDate start;
    switch (c.stage) {
    case CaseStage::PreReview:
        limit = {kPreReviewDays, LimitUnit::WorkingDays};
        start = c.receivedAt.date();
        break;
    case CaseStage::Acceptance:
        limit = {kAcceptanceDays, LimitUnit::WorkingDays};
        start = c.receivedAt.date();
        break;
    case CaseStage::Review:
    case CaseStage::Approval:
    case CaseStage::Decided:
        if (item && item->promisedLimit.isValid())
            limit = item->promisedLimit;
        else if (item && item->legalLimit.isValid())
            limit = item->legalLimit;
        else
            limit = {kDefaultDecisionDays, LimitUnit::WorkingDays};
        start = (c.acceptedAt.isValid() ? c.acceptedAt : c.stageStartedAt).date();
        break;
    case CaseStage::Correction:
    case CaseStage::Suspended:
    case CaseStage::Completed:
    case CaseStage::Refused:
    case CaseStage::Withdrawn:
        return {};
    }
    if (!start.isValid())
        return {};
    StageDeadline d;
    d.limit = limit.value;
    d.unit = limit.unit;
    d.due = addPeriod(start, limit, calendar);
    d.warnFrom = calendar.addWorkingDays(d.due, -(warningDays(limit.value) - 1));
    return d;
}

int StageDeadline::remainingDays(QDate due, QDate today, const WorkCalendar &calendar)
{
    const int days = calendar.workingDaysBetween(today, due);
    // A weekend right after the due day is already overdue, though no working day has passed.
    return today > due ? std::min(-1, days) : days;
}

WarningLight StageDeadline::light(QDate due, QDate warnFrom, QDate today)
{
    if (!due.isValid())
        return WarningLight::None;
    if (today > due)
        return WarningLight::Red;
    if (warnFrom.isValid() && today >= warnFrom)
        return WarningLight::Yellow;
    return WarningLight::Green;
}

} // namespace casedesk

#include "StageDeadline.h"

#include "cases/Suspension.h"

#include <QCoreApplication>

#include <algorithm>

namespace casedesk {

namespace {
// Longest period the rules can produce (years of natural days); bounds every loop below.
constexpr int kMaxSpanDays = 4000;

QString day(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString limitText(TimeLimit limit)
{
    return limit.unit == LimitUnit::NaturalDays
            ? QCoreApplication::translate("StageDeadline", "%n day(s)", nullptr, limit.value)
            : QCoreApplication::translate("StageDeadline", "%n working day(s)", nullptr,
                                          limit.value);
}

bool paused(QDate date, const QList<Pause> &pauses)
{
    return std::any_of(pauses.cbegin(), pauses.cend(), [date](const Pause &p) {
        return date >= p.first && (!p.last.isValid() || date <= p.last);
    });
}

QList<Pause> pausesOf(const Case &c)
{
    QList<Pause> pauses;
    for (const Suspension &s : c.suspensions) {
        if (s.start.isValid())
            pauses.append({s.start, s.end});
    }
    return pauses;
}
} // namespace

int WarningPolicy::thresholdFor(int limit) const
{
    return std::max(days, limit * percent / 100);
}

QDate periodEnd(QDate start, TimeLimit limit, const WorkCalendar &calendar,
                const QList<Pause> &pauses)
{
    if (!start.isValid() || limit.value < 0)
        return {};
    const bool natural = limit.unit == LimitUnit::NaturalDays;
    QDate d = start;
    for (int counted = 0, steps = 0; counted < limit.value; ++steps) {
        d = d.addDays(1);
        if (steps > kMaxSpanDays)
            return {};
        if (paused(d, pauses)) {
            if (std::any_of(pauses.cbegin(), pauses.cend(),
                            [d](const Pause &p) { return !p.last.isValid() && d >= p.first; }))
                return {}; // the clock stands until the procedure ends
            continue;
        }
        if (natural || calendar.isWorkingDay(d))
            ++counted;
    }
    // 民法典 art. 203 / 行政许可法 art. 82: a period may not end on a day off.
    while (natural && !calendar.isWorkingDay(d))
        d = d.addDays(1);
    return d;
}

StageDeadline StageDeadline::forCase(const Case &c, const ServiceItem *item,
                                     const WorkCalendar &calendar, const WarningPolicy &policy)
{
    StageDeadline d;
    const QList<Pause> pauses = pausesOf(c);
    const QDate received = c.receivedAt.date();
    const QDate acceptanceStart = c.resubmittedAt.isValid() ? c.resubmittedAt.date() : received;
    auto setClock = [&](QDate due, TimeLimit limit) {
        d.due = due;
        d.limit = limit.value;
        d.unit = limit.unit;
    };

    switch (c.stage) {
    case CaseStage::PreReview: {
        const TimeLimit limit{kPreReviewDays, LimitUnit::WorkingDays};
        setClock(periodEnd(received, limit, calendar), limit);
        d.acceptanceDue
                = periodEnd(acceptanceStart, {kAcceptanceDays, LimitUnit::WorkingDays}, calendar);
        d.explanation << QCoreApplication::translate("StageDeadline",
                                                     "Received %1; pre-review opinion within %2, "
                                                     "the day of receipt not counted: by %3.")
                                 .arg(day(received), limitText(limit), day(d.due));
        break;
    }
    case CaseStage::Acceptance: {
        const TimeLimit limit{kAcceptanceDays, LimitUnit::WorkingDays};
        setClock(periodEnd(acceptanceStart, limit, calendar), limit);
        d.acceptanceDue = d.due;
        if (c.resubmittedAt.isValid())
            d.explanation << QCoreApplication::translate("StageDeadline",
                                                         "Corrected materials received %1; the "
                                                         "acceptance period starts again.")
                                     .arg(day(acceptanceStart));
        d.explanation << QCoreApplication::translate(
                                 "StageDeadline",
                                 "Accept, refuse or ask for correction once within %1 of %2: by "
                                 "%3; after that "
                                 "the application counts as accepted from receipt.")
                                 .arg(limitText(limit), day(acceptanceStart), day(d.due));
        break;
    }
    case CaseStage::Review:
    case CaseStage::Approval: {
        const QDate accepted = (c.acceptedAt.isValid()               ? c.acceptedAt
                                        : c.stageStartedAt.isValid() ? c.stageStartedAt
                                                                     : c.receivedAt)
                                       .date();
        TimeLimit legal = item && item->legalLimit.isValid()
                ? item->legalLimit
                : TimeLimit{kDefaultDecisionDays, LimitUnit::WorkingDays};
        d.explanation << QCoreApplication::translate("StageDeadline",
                                                     "Accepted %1; statutory limit %2.")
                                 .arg(day(accepted), limitText(legal));
        if (c.extensionDays > 0) {
            const int extension = std::min(c.extensionDays, kMaxExtensionDays);
            if (extension < c.extensionDays)
                d.explanation << QCoreApplication::translate(
                                         "StageDeadline",
                                         "Extension of %1 days asked; the law allows at most %2.")
                                         .arg(c.extensionDays)
                                         .arg(kMaxExtensionDays);
            d.explanation << QCoreApplication::translate(
                                     "StageDeadline",
                                     "Extended by %1 with the agency head's approval.")
                                     .arg(limitText({extension, legal.unit}));
            legal.value += extension;
        }
        for (const Suspension &s : c.suspensions) {
            if (!s.start.isValid())
                continue;
            d.explanation << (s.end.isValid()
                                      ? QCoreApplication::translate(
                                                "StageDeadline", "%1 from %2 to %3: not counted.")
                                                .arg(suspensionKindLabel(s.kind), day(s.start),
                                                     day(s.end))
                                      : QCoreApplication::translate(
                                                "StageDeadline",
                                                "%1 since %2: the clock stands until it ends.")
                                                .arg(suspensionKindLabel(s.kind), day(s.start)));
        }
        d.legalDue = periodEnd(accepted, legal, calendar, pauses);
        setClock(d.legalDue, legal);
        if (item && item->promisedLimit.isValid()) {
            const QDate promised = periodEnd(accepted, item->promisedLimit, calendar, pauses);
            d.explanation << QCoreApplication::translate("StageDeadline",
                                                         "Promised limit %1: by %2.")
                                     .arg(limitText(item->promisedLimit),
                                          promised.isValid() ? day(promised) : QStringLiteral("-"));
            if (promised.isValid() && (!d.legalDue.isValid() || promised < d.legalDue))
                setClock(promised, item->promisedLimit);
        }
        if (d.legalDue.isValid())
            d.explanation << QCoreApplication::translate("StageDeadline", "Statutory deadline: %1.")
                                     .arg(day(d.legalDue));
        d.clockStopped = !d.legalDue.isValid();
        if (d.clockStopped)
            d.due = QDate();
        break;
    }
    case CaseStage::Suspended: {
        d.clockStopped = true;
        d.explanation << QCoreApplication::translate(
                "StageDeadline", "A special procedure is running; the case's own clock stands.");
        for (const Suspension &s : c.suspensions) {
            if (!s.isOngoing())
                continue;
            if (!s.limit.isValid()) {
                d.explanation << QCoreApplication::translate(
                                         "StageDeadline",
                                         "%1 since %2, without a limit of its own.")
                                         .arg(suspensionKindLabel(s.kind), day(s.start));
                continue;
            }
            const QDate own = periodEnd(s.start, s.limit, calendar);
            d.explanation << QCoreApplication::translate("StageDeadline",
                                                         "%1 since %2 within %3: by %4.")
                                     .arg(suspensionKindLabel(s.kind), day(s.start),
                                          limitText(s.limit), day(own));
            if (!d.due.isValid() || own < d.due)
                setClock(own, s.limit);
        }
        break;
    }
    case CaseStage::Decided: {
        const QDate decided = (c.decidedAt.isValid() ? c.decidedAt : c.stageStartedAt).date();
        const TimeLimit limit{kDeliveryDays, LimitUnit::WorkingDays};
        setClock(periodEnd(decided, limit, calendar), limit);
        d.explanation << QCoreApplication::translate(
                                 "StageDeadline",
                                 "Decided %1; deliver the decision within %2: by %3.")
                                 .arg(day(decided), limitText(limit), day(d.due));
        break;
    }
    case CaseStage::Correction:
        d.explanation << QCoreApplication::translate(
                "StageDeadline",
                "Waiting for the applicant's corrected materials; no department clock runs.");
        return d;
    case CaseStage::Completed:
    case CaseStage::Refused:
    case CaseStage::Withdrawn:
        return d;
    }
    if (d.due.isValid())
        d.warnFrom = calendar.addWorkingDays(d.due, -policy.thresholdFor(d.limit));
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

QString StageDeadline::remainingText(CaseStage stage, QDate due, QDate today,
                                     const WorkCalendar &calendar)
{
    if (!due.isValid()) {
        if (stage == CaseStage::Suspended)
            return QCoreApplication::translate("StageDeadline", "Clock stopped");
        if (stage == CaseStage::Correction)
            return QCoreApplication::translate("StageDeadline", "With applicant");
        return QCoreApplication::translate("StageDeadline", "—");
    }
    const int days = remainingDays(due, today, calendar);
    if (days < 0)
        return QCoreApplication::translate("StageDeadline", "Overdue %n working day(s)", nullptr,
                                           -days);
    if (days == 0)
        return QCoreApplication::translate("StageDeadline", "Due today");
    return QCoreApplication::translate("StageDeadline", "%n working day(s) left", nullptr, days);
}

} // namespace casedesk

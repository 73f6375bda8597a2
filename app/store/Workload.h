#pragma once

#include "cases/Case.h"
#include "deadlines/WorkCalendar.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

class Database;

// Who holds how much open work: for the section chief who shares it out. One row per holder
// of a claim, and one (empty user) for the open cases nobody holds yet; counted in the cache,
// by the stage the clerk sees.
struct WorkloadRow
{
    QString user; // login id; empty: not claimed
    QString name; // as people call them, when the platform sent it
    int open = 0;
    QHash<CaseStage, int> byStage;
    int dueSoon = 0; // yellow
    int overdue = 0; // red
    // Working days the open cases have been in the department so far, on average (since
    // receipt, by the working-day calendar).
    double averageWorkingDays = 0;

    // The holder as printed: the name, or the login id when the platform sent none.
    QString holder() const { return name.isEmpty() ? user : name; }
    bool operator==(const WorkloadRow &) const = default;
};

// The open stages a workload table has a column for, in the procedure's order.
inline const QList<CaseStage> &workloadStages()
{
    static const QList<CaseStage> stages{CaseStage::PreReview,  CaseStage::Acceptance,
                                         CaseStage::Correction, CaseStage::Review,
                                         CaseStage::Approval,   CaseStage::Suspended};
    return stages;
}

// Busiest first, the unclaimed row last. A long query: run it off the window's thread, on a
// connection of its own.
QList<WorkloadRow> workload(const Database &db, QDate today, const WorkCalendar &calendar,
                            QString *error = nullptr);

// The ids of the open cases `user` holds (those his workload row counts), for moving them all
// to another clerk. Off the window's thread too.
QStringList openCasesHeldBy(const Database &db, const QString &user, QString *error = nullptr);

} // namespace casedesk

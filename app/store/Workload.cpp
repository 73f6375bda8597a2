#include "Workload.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace casedesk {

namespace {
// Open: in a stage the clerk still works on, as he sees it (a queued local action's stage).
constexpr auto kOpen = "COALESCE(local_stage, stage) NOT IN ('completed', 'refused', 'withdrawn')";

QString cannotRead(const QSqlQuery &q)
{
    return QCoreApplication::translate("CaseStore", "The local cache cannot be read: %1")
            .arg(Database::errorText(q.lastError()));
}
} // namespace

QList<WorkloadRow> workload(const Database &db, QDate today, const WorkCalendar &calendar,
                            QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                      "SELECT COALESCE(claimed_by, ''), COALESCE(local_stage, stage) AS shown, "
                      "COUNT(*), "
                      "SUM(warn_from <= :today AND due_date >= :today), SUM(due_date < :today), "
                      "MAX(json_extract(json, '$.claimedByName')) FROM cases "
                      "WHERE %1 GROUP BY COALESCE(claimed_by, ''), shown")
                      .arg(QLatin1String(kOpen)));
    q.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    if (!Database::exec(q)) {
        if (error)
            *error = cannotRead(q);
        return {};
    }
    QHash<QString, WorkloadRow> rows;
    while (q.next()) {
        const QString user = q.value(0).toString();
        WorkloadRow &row = rows[user];
        row.user = user;
        if (row.name.isEmpty())
            row.name = q.value(5).toString();
        const int count = q.value(2).toInt();
        row.open += count;
        if (const auto stage = stageFromWireName(q.value(1).toString()))
            row.byStage[*stage] += count;
        row.dueSoon += q.value(3).toInt();
        row.overdue += q.value(4).toInt();
    }
    // The days open, counted once per day of receipt: many cases share one.
    QSqlQuery days(db.connection());
    days.setForwardOnly(true);
    days.prepare(QStringLiteral("SELECT COALESCE(claimed_by, ''), received_at FROM cases WHERE %1")
                         .arg(QLatin1String(kOpen)));
    if (!Database::exec(days)) {
        if (error)
            *error = cannotRead(days);
        return {};
    }
    const QTimeZone china(8 * 3600);
    QHash<QDate, int> byReceipt;
    QHash<QString, qint64> total;
    while (days.next()) {
        const QDate received
                = QDateTime::fromSecsSinceEpoch(days.value(1).toLongLong(), china).date();
        auto it = byReceipt.find(received);
        if (it == byReceipt.end())
            it = byReceipt.insert(received,
                                  std::max(0, calendar.workingDaysBetween(received, today)));
        total[days.value(0).toString()] += *it;
    }
    for (WorkloadRow &row : rows) {
        if (row.open > 0)
            row.averageWorkingDays = double(total.value(row.user)) / row.open;
    }
    QList<WorkloadRow> list = rows.values();
    std::sort(list.begin(), list.end(), [](const WorkloadRow &a, const WorkloadRow &b) {
        if (a.user.isEmpty() != b.user.isEmpty())
            return b.user.isEmpty();
        if (a.open != b.open)
            return a.open > b.open;
        return a.user < b.user;
    });
    return list;
}

QStringList openCasesHeldBy(const Database &db, const QString &user, QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE claimed_by = ? AND %1 ORDER BY id")
                      .arg(QLatin1String(kOpen)));
    q.addBindValue(user);
    if (!Database::exec(q)) {
        if (error)
            *error = cannotRead(q);
        return {};
    }
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

} // namespace casedesk

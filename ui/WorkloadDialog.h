#pragma once

#include "store/Workload.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace casedesk {

// View › Workload: who holds how much open work, by stage, with what is due soon and overdue,
// for the section chief who shares it out. Counted on a worker with a connection of its own;
// the table fills when the count is done.
class WorkloadDialog : public QDialog
{
    Q_OBJECT
public:
    // `mayReassign`: the user shares out the work (a chief), and may move a clerk's cases.
    WorkloadDialog(const QString &databasePath, QDate today, const WorkCalendar &calendar,
                   bool mayReassign, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *reassignButton() const { return m_reassign; }
    bool isCounted() const { return m_counted; }

Q_SIGNALS:
    // The chief asked to move all the open cases `user` holds (a clerk on leave).
    void reassignRequested(const QString &user, const QString &name);
    // The user asked to see the cases `user` holds in the inbox (Enter on a row).
    void showCasesRequested(const QString &user, const QString &name);

private:
    void show(const QList<WorkloadRow> &rows, const QString &error);
    void currentRowChanged();
    // The row selected when it is a clerk's (not the unclaimed cases); null otherwise.
    const WorkloadRow *currentHolder() const;

    QLabel *m_status;
    QTableWidget *m_table;
    QPushButton *m_reassign = nullptr;
    QPushButton *m_show = nullptr;
    QList<WorkloadRow> m_rows;
    bool m_counted = false;
};

} // namespace casedesk

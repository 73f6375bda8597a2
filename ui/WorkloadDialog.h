#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace casedesk {

struct WorkloadRow;

// View › Workload: who holds how much open work, by stage, with what is due soon and overdue,
// for the section chief who shares it out. Counted on a worker with a connection of its own;
// the table fills when the count is done.
class WorkloadDialog : public QDialog
{
    Q_OBJECT
public:
    WorkloadDialog(const QString &databasePath, QDate today, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    bool isCounted() const { return m_counted; }

private:
    void show(const QList<WorkloadRow> &rows, const QString &error);

    QLabel *m_status;
    QTableWidget *m_table;
    bool m_counted = false;
};

} // namespace casedesk

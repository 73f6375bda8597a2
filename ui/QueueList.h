#pragma once

#include "store/CaseStore.h"

#include <QListWidget>

#include <optional>

namespace casedesk {

class QueueCounter;

// The inbox's queues, each with its count: my work (what this role does next), the stages,
// due soon, overdue, completed, all. The counts come from the QueueCounter's thread.
class QueueList : public QListWidget
{
    Q_OBJECT
public:
    QueueList(QueueCounter &counter, QWidget *parent = nullptr);

    // The queue chosen, with 我的待办 read for `role` (a chief's approvals, a supervisor's
    // overdue cases).
    CaseQueue currentQueue(std::optional<Role> role) const;
    void showAll(); // 全部, without announcing a change
    // Counts every queue again for `user` on `today`; the labels follow when the numbers do.
    void recount(const QString &user, std::optional<Role> role, QDate today);

private:
    void setLabel(int row, int count); // count < 0: not known yet

    QueueCounter &m_counter;
    int m_request = 0;
};

} // namespace casedesk

#pragma once

#include "store/CaseStore.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace casedesk {

class FilterBar;
class InboxModel;
class InboxView;
class Profile;
class QueueCounter;

// The inbox: the search field (searching as the clerk pauses), the filter bar, the count (the
// exact one counted off the UI thread for a large list) with the offer to search every queue
// when the queue shown holds nothing that matches, and the table.
class InboxPanel : public QWidget
{
    Q_OBJECT
public:
    InboxPanel(InboxModel &model, QueueCounter &counter, Profile &profile,
               QWidget *parent = nullptr);

    InboxView *view() const { return m_view; }
    QLineEdit *search() const { return m_search; }
    FilterBar *filterBar() const { return m_filterBar; }

    // Shows `queue` for `user` with the search text and the filter bar's choices; returns how
    // many of the bar's filters are active.
    int applyFilter(CaseQueue queue, const QString &user);
    // After the list was read again: the count, and whether to offer every queue.
    void updateCount();
    // Only the cases `user` holds (from the workload), shown as a mark that clears it; an empty
    // user clears it.
    void showHeldBy(const QString &user, const QString &name);
    QString countText() const;

Q_SIGNALS:
    void filterChanged(); // the search text (after a pause) or the filter bar
    void searchAllRequested();

private:
    InboxModel &m_model;
    QPointer<QueueCounter> m_counter; // gone before the cache is removed
    int m_exactRequest = 0;
    QLineEdit *m_search;
    QTimer m_searchDelay;
    FilterBar *m_filterBar;
    QLabel *m_count;
    QPushButton *m_searchAll;
    QPushButton *m_heldBy; // the workload's drill-down, with a click to clear it
    QString m_holder;
    InboxView *m_view;
};

} // namespace casedesk

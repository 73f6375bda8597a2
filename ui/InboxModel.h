#pragma once

#include "deadlines/WorkCalendar.h"
#include "store/CaseStore.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QDate>

#include <memory>

namespace casedesk {

// The inbox table over the local cache. Rows are fetched from SQLite a page at a time as the
// view asks for them and only a few pages are kept, so memory does not grow with the cache.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CaseNo, Item, Applicant, Stage, Received, Remaining, ColumnCount };
    enum Role { CaseIdRole = Qt::UserRole + 1, WarningLightRole };

    // Over the workspace's cases (session/Workspace); null: a cache that could not be opened.
    explicit InboxModel(CaseStore *store, QObject *parent = nullptr);
    ~InboxModel() override;

    bool isOpen() const { return m_store != nullptr; }
    // Lets go of the cache (before it is wiped); the model is empty afterwards.
    void closeCache();
    void setToday(QDate today); // for tests and for midnight
    QDate today() const { return m_today; }
    // Which cases the table shows: a queue and a search text. Sorting stays as it is.
    void setFilter(const CaseFilter &filter);
    CaseFilter filter() const { return m_filter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const CaseSummary *summaryAt(int row) const;
    // Counting a million matches takes longer than a first page: the model counts up to a
    // limit on the spot, and the exact number, counted elsewhere, extends it when it comes.
    static constexpr int kQuickCount = 20000;
    void setQuickCountLimit(int limit); // for tests, which do not fill 20,000 cases
    bool isCountPartial() const { return m_countPartial; }
    // A search while the first sync's cases are still being indexed (store/SearchIndex).
    bool isSearchIncomplete() const { return m_searchIncomplete; }
    void setExactCount(const CaseFilter &filter, int count);
    CaseStore *store() const { return m_store; }

    // The row of case `id` in this list (its filter and order); -1 when the list does not hold it.
    int rowOf(const QString &id) const;

public Q_SLOTS:
    // Reads the cache again from the start (a new filter): a model reset.
    void reload();
    // Re-reads the cache after a sync, a claim or an action, without a reset: the selection,
    // the current row and the scroll position follow their cases to their new rows, so the
    // clerk's place is kept; a case that left the list loses its row.
    void refresh();

Q_SIGNALS:
    // The rows were read again (reload or refresh): the count may have changed.
    void refreshed();

private:
    QString remainingText(const CaseSummary &row) const;
    int newRowOf(const QString &id, int oldRow, int count) const;
    QString deadlineTooltip(const CaseSummary &row) const;

    static constexpr int kPageSize = 200;
    CaseStore *m_store = nullptr;
    QDate m_today;
    bool m_todayFixed = false;
    int m_count = 0;
    bool m_countPartial = false;
    bool m_searchIncomplete = false;
    int m_quickCount = kQuickCount;
    CaseFilter m_filter;
    CaseSort m_sort = CaseSort::Received;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    mutable QCache<int, QList<CaseSummary>> m_pages;
};

} // namespace casedesk

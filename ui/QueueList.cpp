#include "QueueList.h"

#include "cases/CaseStage.h"
#include "store/QueueCounter.h"

#include <QCoreApplication>

namespace casedesk {

namespace {
// A stage's queue is named like the stage (CaseStage's labels); the others have names of
// their own.
struct QueueEntry
{
    CaseQueue queue;
    std::optional<CaseStage> stage;
    const char *label;
};
const QList<QueueEntry> &queueEntries()
{
    static const QList<QueueEntry> entries{
            {CaseQueue::Mine, {}, QT_TRANSLATE_NOOP("casedesk::MainWindow", "My work")},
            {CaseQueue::PreReview, CaseStage::PreReview, nullptr},
            {CaseQueue::Acceptance, CaseStage::Acceptance, nullptr},
            {CaseQueue::Correction, CaseStage::Correction, nullptr},
            {CaseQueue::Review, CaseStage::Review, nullptr},
            {CaseQueue::Approval, CaseStage::Approval, nullptr},
            {CaseQueue::Suspended, CaseStage::Suspended, nullptr},
            {CaseQueue::ExtensionRequests,
             {},
             QT_TRANSLATE_NOOP("casedesk::MainWindow", "Extensions to approve")},
            {CaseQueue::DueSoon, {}, QT_TRANSLATE_NOOP("casedesk::MainWindow", "Due soon")},
            {CaseQueue::Overdue, {}, QT_TRANSLATE_NOOP("casedesk::MainWindow", "Overdue")},
            {CaseQueue::Completed, CaseStage::Completed, nullptr},
            {CaseQueue::All, {}, QT_TRANSLATE_NOOP("casedesk::MainWindow", "All")},
    };
    return entries;
}
} // namespace

QueueList::QueueList(QueueCounter &counter, QWidget *parent)
    : QListWidget(parent), m_counter(counter)
{
    setAccessibleName(QCoreApplication::translate("casedesk::MainWindow", "Queues"));
    setObjectName(QStringLiteral("queues"));
    const QSignalBlocker blocker(this);
    for (int row = 0; row < queueEntries().size(); ++row) {
        auto *item = new QListWidgetItem(this);
        item->setData(Qt::UserRole, int(queueEntries().at(row).queue));
        setLabel(row, -1);
    }
    connect(&m_counter, &QueueCounter::counted, this,
            [this](int request, const QList<int> &counts) {
                if (request != m_request)
                    return; // an older question, or not this list's; a newer answer is on its way
                for (int row = 0; row < std::min<int>(count(), int(counts.size())); ++row)
                    setLabel(row, counts.at(row));
            });
}

CaseQueue QueueList::currentQueue(std::optional<Role> role) const
{
    const QListWidgetItem *item = currentItem();
    const CaseQueue queue = item ? CaseQueue(item->data(Qt::UserRole).toInt()) : CaseQueue::Mine;
    return queue == CaseQueue::Mine ? myWorkQueue(role) : queue;
}

void QueueList::showAll()
{
    const QSignalBlocker blocker(this);
    setCurrentRow(count() - 1);
}

void QueueList::recount(const QString &user, std::optional<Role> role, QDate today)
{
    QList<CaseFilter> filters;
    CaseFilter filter;
    filter.user = user;
    filter.today = today;
    for (const QueueEntry &e : queueEntries()) {
        filter.queue = e.queue == CaseQueue::Mine ? myWorkQueue(role) : e.queue;
        filters.append(filter);
    }
    m_request = m_counter.count(filters);
}

void QueueList::setLabel(int row, int count)
{
    const QueueEntry &e = queueEntries().at(row);
    const QString label = e.stage ? stageLabel(*e.stage)
                                  : QCoreApplication::translate("casedesk::MainWindow", e.label);
    QListWidgetItem *entry = item(row);
    entry->setText(count < 0 ? label
                             : QCoreApplication::translate("casedesk::MainWindow", "%1 (%2)")
                                       .arg(label)
                                       .arg(count));
    entry->setData(Qt::AccessibleTextRole, entry->text());
}

} // namespace casedesk

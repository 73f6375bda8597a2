#pragma once

#include "CaseStore.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace casedesk {

class Database;

// What changed for the user since the last look: for the tray's notifications.
struct CaseAlerts
{
    int newCases = 0; // received since then, in the user's queues
    int turnedYellow = 0; // their warning day came since then
    int turnedRed = 0; // their deadline passed since then
};

// Counts the inbox's queues on a thread of its own, with its own connection to the cache, so the
// UI thread never waits on COUNT(*) over a million rows. Results come back by signal, tagged with
// the request's number, so a late answer to an old request can be told apart.
class QueueCounter : public QObject
{
    Q_OBJECT
public:
    explicit QueueCounter(QString databasePath, QObject *parent = nullptr);
    ~QueueCounter() override;

    // Asks for the count of each filter; answered by counted(). Returns the request's number.
    int count(const QList<CaseFilter> &filters);
    // Asks for what changed since `since` (received after it; lights that changed on a day after
    // `since`'s day, up to `today`), among cases unclaimed or claimed by `user` at these stages
    // (all stages when empty). Answered by alerted().
    void alerts(const QDateTime &since, QDate today, const QString &user,
                const QList<CaseStage> &stages);

Q_SIGNALS:
    void counted(int request, const QList<int> &counts);
    void alerted(const CaseAlerts &alerts);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker;
    int m_requests = 0;
};

} // namespace casedesk

Q_DECLARE_METATYPE(casedesk::CaseAlerts)

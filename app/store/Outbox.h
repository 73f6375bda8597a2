#pragma once

#include "CaseStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

class AuditLog;
class Database;

// A local action on its way to the platform.
struct OutboxItem
{
    enum class State { Pending, Conflict, Rejected };
    qint64 id = 0;
    QString caseId;
    QString verb;
    QJsonObject payload;
    QString idempotencyKey;
    std::optional<qint64> baseVersion; // empty: the version the previous item of this case produces
    QString user;
    QDateTime createdAt;
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QByteArray conflictJson; // the platform's case when it refused our version
};

// Every local action, kept in SQLite from the moment it is taken until the platform has applied
// it, or until the clerk discards it with a reason that is kept too. Items of one case go out in
// the order they were taken; an item held in conflict holds the later items of its case.
class Outbox
{
public:
    Outbox(Database &db, CaseStore &store);
    // Every queued action and every decision on a held one is also recorded here, in the same
    // transaction.
    void setAuditLog(AuditLog *audit) { m_audit = audit; }

    // Queues the action and shows its effect (`stageAfter`) on the cached case, in one transaction.
    std::optional<qint64> enqueue(const QString &caseId, const QString &verb,
                                  const QJsonObject &payload, const QString &user,
                                  CaseStage stageAfter, QString *error);

    // No retry waits longer than this. A turn further away than that was set by a clock that
    // has since gone back (corrected by hand or by NTP); it is taken as due, so an action is
    // never held for the size of the jump.
    static constexpr qint64 kLongestWaitMs = 60 * 60 * 1000;

    // The next item to send: the oldest pending item whose turn has come, of a case not held.
    std::optional<OutboxItem> nextDue(const QDateTime &now) const;
    // The version to send with `item` (If-Match). Nullopt with `missing` set when its case is
    // not in the cache; nullopt with `error` set when the cache could not be read.
    std::optional<qint64> expectedVersion(const OutboxItem &item, QString *error = nullptr,
                                          bool *missing = nullptr) const;

    // The platform applied it: drop it and store the platform's case, in one transaction.
    bool markApplied(const OutboxItem &item, const CacheBatch::CaseRecord &platformCase,
                     QString *error);
    bool markConflict(qint64 id, const QByteArray &currentJson, const QString &message);
    bool markRejected(qint64 id, const QString &message);
    bool reschedule(qint64 id, const QDateTime &next, const QString &message);

    // The clerk's decisions on a held item.
    bool reapply(qint64 id, const QString &user, QString *error);
    bool discard(qint64 id, const QString &reason, const QString &user, QString *error);

    // Every item, or those of one case, oldest first.
    QList<OutboxItem> items(const QString &caseId = {}) const;
    int pendingCount() const;
    int heldCount() const; // in conflict or rejected

private:
    bool refreshLocalStage(const QString &caseId);
    Database &m_db;
    CaseStore &m_store;
    AuditLog *m_audit = nullptr;
};

QString outboxStateName(OutboxItem::State state);

} // namespace casedesk

#pragma once

#include <QList>
#include <QString>

namespace casedesk {

class Database;

// The local audit trail: every action, sign-in and sign-out, conflict decision (and later every
// reveal of personal data and every export), each entry chained to the one before by an SM3
// hash (GB/T 32905), so that an edited, deleted or reordered entry shows.
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) { }

    // Appends inside the caller's transaction when there is one, so an entry and the change it
    // records land together.
    bool append(const QString &user, const QString &kind, const QString &subject, const QString &detail);

    struct Entry
    {
        qint64 seq = 0;
        qint64 at = 0; // ms since the epoch
        QString user;
        QString kind;
        QString subject;
        QString detail;
        QString prevHash;
        QString hash;
    };
    QList<Entry> entries(int limit = -1) const;
    // Entries after `seq`, oldest first: what the platform has not received yet.
    QList<Entry> entriesAfter(qint64 seq, int limit) const;
    // How far the platform has the chain (SyncEngine pushes it after the outbox).
    qint64 pushedSeq() const;
    bool setPushedSeq(qint64 seq);
    // Why the platform last refused the entries (empty once it took them).
    QString pushError() const;
    bool setPushError(const QString &message);

    struct Problem
    {
        qint64 seq;
        QString what; // translated: edited, deleted before, out of order
    };
    // Empty when the chain is whole.
    QList<Problem> verify() const;

    static QString hashOf(const Entry &e); // SM3 over the previous hash and the entry's fields

private:
    Database &m_db;
};

} // namespace casedesk

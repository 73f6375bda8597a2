#pragma once

#include <QString>

namespace casedesk {

class Database;

// Where this cache stands with the platform (the sync_state table): the change feed's cursor,
// the platform's clock offset (trusted time), and the basis the stored deadlines were computed
// on. One instance per connection.
class FeedState
{
public:
    explicit FeedState(Database &db) : m_db(db) { }

    // The cursor after the last page applied; empty before the first pull.
    QString cursor() const;
    // Written inside the page's transaction (CaseStore::apply), so page and cursor go together.
    bool setCursor(const QString &cursor);
    // Seconds the platform's clock is ahead of this computer's.
    qint64 clockOffset() const;
    bool setClockOffset(qint64 seconds);
    // What the stored deadlines were computed with (CaseStore::currentDeadlineBasis).
    QString deadlineBasis() const;
    bool setDeadlineBasis(const QString &basis);
    // The id of the approval key the platform has registered for this profile's user.
    QString registeredApprovalKey() const;
    bool setRegisteredApprovalKey(const QString &keyId);

private:
    QString value(const char *key) const;
    bool setValue(const char *key, const QString &value);

    Database &m_db;
};

} // namespace casedesk

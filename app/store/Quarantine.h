#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

class Database;

// Records from the platform the client could not read (the quarantine table). A bad record
// does not hold the whole feed: the rest of its page applies, the record waits here with why,
// is shown to the user and the log, and the sync engine fetches it again by id each round
// until the platform sends it readable (or says it is gone). One instance per connection.
class Quarantine
{
public:
    struct Entry
    {
        QString type; // case, item, rating
        QString id;
        QString error; // translated; names the field, not its value
        QDateTime firstSeen;
        QDateTime lastTried;
        int attempts = 0;
    };

    explicit Quarantine(Database &db) : m_db(db) { }

    // Keeps the record aside, or notes one more failed attempt for it; `sealedData` is the
    // record as the cache would hold it (personal data sealed).
    bool put(const QString &type, const QString &id, const QString &error,
             const QByteArray &sealedData, const QDateTime &now);
    // The records of `type` are readable now (or gone): no longer set aside.
    bool release(const QString &type, const QStringList &ids);
    QList<Entry> entries(const QString &type = {}, int limit = -1) const;
    int count() const;

private:
    Database &m_db;
};

} // namespace casedesk

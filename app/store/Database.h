#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlError;
class QSqlQuery;

namespace casedesk {

// One SQLite connection to the profile's cache, for the thread that opened it.
// Opening applies the pragmas the cache relies on and migrates the schema.
class Database
{
public:
    static constexpr int kSchemaVersion = 13;

    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(QString *error);
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // SQLite found the file damaged ("malformed", "not a database"), at open or in any query on
    // any connection since. A marker file beside the cache remembers it, so the next start
    // rebuilds the cache (store/CacheRescue) instead of failing at every sync.
    static bool isMarkedDamaged(const QString &path);
    static QString damageMarkerPath(const QString &path);
    // The words a clerk reads when a query found the cache damaged.
    static QString damageNote();
    // What went wrong with the cache, in the user's words (translated) for what a user can act
    // on — a full disk, a read-only or unwritable profile, a read error, another program
    // holding the cache, damage; SQLite's own words only for the rest.
    static QString errorText(const QSqlError &error);
    static QString diskFullText();

    // Executes a prepared query; retries while another connection holds the write lock
    // (SQLITE_BUSY beyond the busy timeout) and never on any other error.
    static bool exec(QSqlQuery &query);
    static bool exec(QSqlQuery &query, const QString &sql);

    // RAII transaction: rolls back unless committed.
    class Transaction
    {
    public:
        explicit Transaction(const Database &db);
        ~Transaction();
        bool commit();
        bool isActive() const { return m_active; }

    private:
        QSqlDatabase m_db;
        bool m_active = false;
    };

private:
    bool migrate(QString *error);

    QString m_path;
    QString m_connectionName;
};

} // namespace casedesk

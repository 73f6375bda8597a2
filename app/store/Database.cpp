#include "Database.h"

#include "Migrations.h"
#include "core/Logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace casedesk {

namespace {
constexpr int kBusyTimeoutMs = 5000;
constexpr int kBusyRetries = 5;
// SQLite's primary result codes (sqlite3.h) that CaseDesk tells apart.
enum SqliteCode {
    Perm = 3,
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Auth = 23,
    NotADb = 26,
};

// Which file each open connection's driver reads, so that a query that finds the file damaged
// can mark it without being told where it is.
QMutex g_pathsMutex;
QHash<const QSqlDriver *, QString> g_paths;

// SQLite's primary result code of an error. Qt drops the code of a failed COMMIT (it keeps
// only SQLite's text), so the text, which SQLite fixes per code (sqlite3_errstr), stands in.
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok)
        return code & 0xff; // extended codes (SQLITE_IOERR_WRITE is 778) carry it in the low byte
    static const QList<QPair<QLatin1String, int>> texts{
            {QLatin1String("database or disk is full"), Full},
            {QLatin1String("attempt to write a readonly database"), ReadOnly},
            {QLatin1String("disk I/O error"), IoErr},
            {QLatin1String("database disk image is malformed"), Corrupt},
            {QLatin1String("file is not a database"), NotADb},
            {QLatin1String("database is locked"), Busy},
            {QLatin1String("unable to open database file"), CantOpen},
    };
    const QString text = error.databaseText();
    for (const auto &[known, value] : texts)
        if (text.startsWith(known))
            return value;
    return -1;
}

bool isDamage(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == Corrupt || code == NotADb;
}

void markDamaged(const QString &path, const QSqlError &error)
{
    if (path.isEmpty() || Database::isMarkedDamaged(path))
        return;
    // SQLite's words only: they name pages and tables, never a row's data.
    qCCritical(lcStore).noquote() << "the local cache" << path << "is damaged:" << error.text();
    QSaveFile marker(Database::damageMarkerPath(path));
    if (marker.open(QIODevice::WriteOnly)) {
        marker.write(error.text().toUtf8() + '\n');
        marker.commit();
    }
}

void markDamaged(const QSqlQuery &query)
{
    QString path;
    {
        const QMutexLocker lock(&g_pathsMutex);
        path = g_paths.value(query.driver());
    }
    markDamaged(path, query.lastError());
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("casedesk-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database(QString path) : m_path(std::move(path)), m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        {
            const QMutexLocker lock(&g_pathsMutex);
            g_paths.remove(db.driver());
        }
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::open(QString *error)
{
    auto fail = [&](const QString &message) {
        qCWarning(lcStore).noquote() << message;
        if (error)
            *error = message;
        return false;
    };
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open())
        return fail(QCoreApplication::translate("Database", "Cannot open the local cache %1: %2")
                            .arg(m_path, errorText(db.lastError())));
    {
        const QMutexLocker lock(&g_pathsMutex);
        g_paths.insert(db.driver(), m_path);
    }
    QSqlQuery q(db);
    // WAL lets the inbox read while the sync engine writes; NORMAL is durable across
    // application crashes, which is what the outbox needs (not across power loss mid-commit).
    const QStringList pragmas{QStringLiteral("PRAGMA journal_mode=WAL"),
                              QStringLiteral("PRAGMA synchronous=NORMAL"),
                              QStringLiteral("PRAGMA foreign_keys=ON"),
                              // Freed pages are zeroed, so personal data the cache no longer
                              // holds cannot be read back from the file.
                              QStringLiteral("PRAGMA secure_delete=ON")};
    for (const QString &pragma : pragmas) {
        if (!exec(q, pragma))
            return fail(
                    QCoreApplication::translate("Database", "The local cache %1 is not usable: %2")
                            .arg(m_path, errorText(q.lastError())));
    }
    return migrate(error);
}

QString Database::damageMarkerPath(const QString &path)
{
    return path + QStringLiteral(".damaged");
}

bool Database::isMarkedDamaged(const QString &path)
{
    return QFile::exists(damageMarkerPath(path));
}

QString Database::damageNote()
{
    return QCoreApplication::translate(
            "Database",
            "The local cache file is damaged. Restart CaseDesk: it rebuilds the cache from the "
            "platform and keeps the actions, notices and audit records not yet sent.");
}

QString Database::diskFullText()
{
    return QCoreApplication::translate(
            "Database",
            "the disk that holds the profile is full. Free some space (or ask the administrator "
            "to); nothing is lost, and CaseDesk goes on where it stopped.");
}

QString Database::errorText(const QSqlError &error)
{
    switch (sqliteCode(error)) {
    case Full:
        return diskFullText();
    case ReadOnly:
    case Perm:
    case Auth:
        return QCoreApplication::translate("Database",
                                           "the profile folder or the cache file is read-only.");
    case CantOpen:
        return QCoreApplication::translate(
                "Database", "the cache file cannot be opened (a missing or unwritable folder).");
    case IoErr:
        return QCoreApplication::translate(
                "Database", "the disk could not be read or written (a failing or removed disk).");
    case Busy:
    case Locked:
        return QCoreApplication::translate(
                "Database", "another program holds the cache; try again in a moment.");
    case Corrupt:
    case NotADb:
        return damageNote();
    default:
        return error.text();
    }
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!exec(q, QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::migrate(QString *error)
{
    auto fail = [&](const QString &message) {
        qCWarning(lcStore).noquote() << message;
        if (error)
            *error = message;
        return false;
    };
    const int current = schemaVersion();
    if (current < 0)
        return fail(QCoreApplication::translate("Database", "The local cache %1 is not a database.")
                            .arg(m_path));
    if (current > kSchemaVersion)
        return fail(QCoreApplication::translate(
                            "Database",
                            "The local cache %1 was written by a newer CaseDesk (schema %2, this "
                            "version knows %3). Update CaseDesk; the cache was left untouched.")
                            .arg(m_path)
                            .arg(current)
                            .arg(kSchemaVersion));
    QSqlDatabase db = connection();
    for (const Migration &step : cacheMigrations()) {
        if (step.version <= current)
            continue;
        if (step.destructive && current > 0) {
            const QString backup = m_path + QStringLiteral(".schema%1.bak").arg(current);
            QFile::remove(backup);
            QSqlQuery vacuum(db);
            if (!exec(vacuum,
                      QStringLiteral("VACUUM INTO '%1'")
                              .arg(QString(backup).replace(QLatin1Char('\''),
                                                           QStringLiteral("''")))))
                return fail(QCoreApplication::translate("Database",
                                                        "Cannot back up the local cache before "
                                                        "upgrading it: %1")
                                    .arg(errorText(vacuum.lastError())));
        }
        Transaction tx(*this);
        QSqlQuery q(db);
        for (const QString &sql : step.statements) {
            if (!exec(q, sql))
                return fail(QCoreApplication::translate("Database",
                                                        "Upgrading the local cache to schema %1 "
                                                        "failed: %2")
                                    .arg(step.version)
                                    .arg(errorText(q.lastError())));
        }
        if (!exec(q, QStringLiteral("PRAGMA user_version = %1").arg(step.version)) || !tx.commit())
            return fail(QCoreApplication::translate("Database",
                                                    "Upgrading the local cache to schema %1 "
                                                    "failed: %2")
                                .arg(step.version)
                                .arg(errorText(db.lastError())));
    }
    return true;
}

template<typename Run>
static bool retryWhileBusy(QSqlQuery &query, Run run)
{
    for (int attempt = 0;; ++attempt) {
        if (run())
            return true;
        if (isDamage(query.lastError()))
            markDamaged(query);
        if (sqliteCode(query.lastError()) != Busy || attempt >= kBusyRetries)
            return false;
        QThread::msleep(50 * (attempt + 1));
    }
}

bool Database::exec(QSqlQuery &query)
{
    return retryWhileBusy(query, [&] { return query.exec(); });
}

bool Database::exec(QSqlQuery &query, const QString &sql)
{
    return retryWhileBusy(query, [&] { return query.exec(sql); });
}

Database::Transaction::Transaction(const Database &db) : m_db(db.connection())
{
    m_active = m_db.transaction();
}

Database::Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Database::Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    if (isDamage(m_db.lastError()))
        markDamaged(m_db.databaseName(), m_db.lastError());
    return false;
}

} // namespace casedesk

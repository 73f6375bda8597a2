#include "CacheRescue.h"

#include "Database.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace casedesk {

namespace {
// What only this computer holds. Everything else (cases, items, ratings, calendars, the feed's
// cursor, the search index) the platform gives again.
const QStringList kLocalTables{
        QStringLiteral("outbox"),  QStringLiteral("outbox_discarded"), QStringLiteral("audit"),
        QStringLiteral("notices"), QStringLiteral("number_blocks"),    QStringLiteral("checklists"),
        QStringLiteral("vault"),
};
// sync_state keys that are this computer's own: how much of the audit trail was sent.
const QStringList kLocalState{QStringLiteral("audit_pushed"), QStringLiteral("audit_push_error")};

const QStringList kSidecars{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

QString quoted(const QString &path)
{
    return QLatin1Char('\'') + QString(path).replace(QLatin1Char('\''), QStringLiteral("''"))
            + QLatin1Char('\'');
}

QStringList columns(QSqlDatabase &db, const QString &schema, const QString &table)
{
    QSqlQuery q(db);
    QStringList names;
    if (!Database::exec(q, QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table)))
        return names;
    while (q.next())
        names << q.value(1).toString();
    return names;
}

// Copies one table; row by row when reading it whole fails, so that a damaged page costs the
// rows on it and not the table. Returns the rows copied; `whole` is false when some were lost.
int copyTable(QSqlDatabase &db, const QString &table, const QString &where, bool *whole)
{
    *whole = true;
    const QStringList mine = columns(db, QStringLiteral("main"), table);
    QStringList shared;
    for (const QString &c : columns(db, QStringLiteral("old"), table))
        if (mine.contains(c))
            shared << c;
    if (shared.isEmpty()) {
        // Not in the damaged file at all (an older schema) is not a loss; unreadable is.
        QSqlQuery probe(db);
        *whole = Database::exec(probe,
                                QStringLiteral("SELECT name FROM old.sqlite_master WHERE name = %1")
                                        .arg(quoted(table)))
                && !probe.next();
        return 0;
    }
    const QString list = shared.join(QLatin1Char(','));
    const QString insert
            = QStringLiteral("INSERT OR IGNORE INTO main.%1 (%2) SELECT %2 FROM old.%1")
                      .arg(table, list);
    QSqlQuery q(db);
    if (db.transaction()) {
        if (Database::exec(q, insert + where) && db.commit())
            return q.numRowsAffected();
        db.rollback();
    }
    *whole = false;
    QSqlQuery ids(db);
    if (!Database::exec(ids, QStringLiteral("SELECT rowid FROM old.%1%2").arg(table, where)))
        return 0;
    int copied = 0;
    QSqlQuery one(db);
    one.prepare(insert
                + (where.isEmpty() ? QStringLiteral(" WHERE") : where + QStringLiteral(" AND"))
                + QStringLiteral(" rowid = ?"));
    while (ids.next()) {
        one.bindValue(0, ids.value(0));
        if (Database::exec(one))
            copied += one.numRowsAffected();
    }
    return copied;
}

QString tableName(const QString &table)
{
    static const QHash<QString, const char *> names{
            {QStringLiteral("outbox"), QT_TRANSLATE_NOOP("CacheRescue", "actions not yet sent")},
            {QStringLiteral("outbox_discarded"),
             QT_TRANSLATE_NOOP("CacheRescue", "discarded actions")},
            {QStringLiteral("audit"), QT_TRANSLATE_NOOP("CacheRescue", "audit records")},
            {QStringLiteral("notices"), QT_TRANSLATE_NOOP("CacheRescue", "issued notices")},
            {QStringLiteral("number_blocks"),
             QT_TRANSLATE_NOOP("CacheRescue", "reserved document number blocks")},
            {QStringLiteral("checklists"), QT_TRANSLATE_NOOP("CacheRescue", "material checklists")},
            {QStringLiteral("vault"), QT_TRANSLATE_NOOP("CacheRescue", "stored materials")},
    };
    return QCoreApplication::translate("CacheRescue", names.value(table, "?"));
}
} // namespace

int CacheRescue::keptRows(const QString &table) const
{
    for (const Kept &k : kept)
        if (k.table == table)
            return k.rows;
    return 0;
}

std::optional<CacheRescue> CacheRescue::run(const QString &path, QString *error)
{
    CacheRescue rescue;
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = path + QStringLiteral(".damaged-") + stamp;
    // The WAL goes with its file: it may hold the last committed actions.
    for (const QString &suffix : kSidecars) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix)) {
            if (error)
                *error = QCoreApplication::translate("CacheRescue",
                                                     "The damaged local cache %1 cannot be moved "
                                                     "aside to rebuild it.")
                                 .arg(path);
            return std::nullopt;
        }
    }
    Database fresh(path);
    if (!fresh.open(error))
        return std::nullopt;
    QSqlDatabase db = fresh.connection();
    QSqlQuery q(db);
    bool attached = Database::exec(q, QStringLiteral("PRAGMA foreign_keys=OFF"))
            && Database::exec(q, QStringLiteral("ATTACH DATABASE %1 AS old").arg(quoted(aside)));
    for (const QString &table : kLocalTables) {
        bool whole = false;
        const int rows = attached ? copyTable(db, table, {}, &whole) : 0;
        if (rows > 0)
            rescue.kept.append({table, rows});
        if (!whole)
            rescue.unreadable << table;
    }
    if (attached) {
        bool whole = false;
        copyTable(
                db, QStringLiteral("sync_state"),
                QStringLiteral(" WHERE key IN ('%1')").arg(kLocalState.join(QStringLiteral("','"))),
                &whole);
        Database::exec(q, QStringLiteral("DETACH DATABASE old"));
    }
    Database::exec(q, QStringLiteral("PRAGMA foreign_keys=ON"));
    // The marker goes last: a crash before this point rescues again from the same copy.
    QFile::remove(Database::damageMarkerPath(path));
    if (rescue.unreadable.isEmpty()) {
        for (const QString &suffix : kSidecars)
            QFile::remove(aside + suffix);
    } else {
        rescue.damagedCopy = aside;
    }
    qCWarning(lcStore).noquote() << "rebuilt the damaged local cache; kept" << [&] {
        QStringList parts;
        for (const Kept &k : rescue.kept)
            parts << QStringLiteral("%1=%2").arg(k.table).arg(k.rows);
        return parts.join(QLatin1Char(' '));
    }() << "unreadable" << rescue.unreadable.join(QLatin1Char(' '));
    return rescue;
}

QString CacheRescue::summary() const
{
    QStringList keptParts;
    for (const Kept &k : kept)
        keptParts << QCoreApplication::translate("CacheRescue", "%1: %2")
                             .arg(tableName(k.table))
                             .arg(k.rows);
    QString text = QCoreApplication::translate(
            "CacheRescue",
            "The local cache file was damaged. CaseDesk started a new one and fetches the cases "
            "from the platform again.");
    const QString sep = QCoreApplication::translate("CacheRescue", ", ");
    if (!keptParts.isEmpty())
        text += QLatin1Char(' ')
                + QCoreApplication::translate("CacheRescue", "Kept from it: %1.")
                          .arg(keptParts.join(sep));
    else if (unreadable.isEmpty()) // (with tables unread, whether something waited is unknown)
        text += QLatin1Char(' ')
                + QCoreApplication::translate("CacheRescue",
                                              "Nothing of this computer's own was waiting in it.");
    if (!unreadable.isEmpty()) {
        QStringList lost;
        for (const QString &t : unreadable)
            lost << tableName(t);
        text += QLatin1Char(' ');
        text += QCoreApplication::translate(
                        "CacheRescue",
                        "Could not be read in full: %1. The damaged file is kept as %2; give it "
                        "to the administrator.")
                        .arg(lost.join(sep), damagedCopy);
    }
    return text;
}

} // namespace casedesk

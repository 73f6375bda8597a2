#include "SearchIndex.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace casedesk {

namespace {
// The name the schema's triggers test (Migrations, step 9).
const QLatin1String kUptoKey("search_index_upto");

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = QCoreApplication::translate("CaseStore", "Writing to the local cache failed: %1")
                         .arg(Database::errorText(q.lastError()));
    return false;
}
} // namespace

bool SearchIndex::defer(QString *error)
{
    Database::Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    if (!tx.isActive())
        return failed(q, error);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, '0')"));
    q.addBindValue(kUptoKey);
    if (!Database::exec(q))
        return failed(q, error);
    if (!Database::exec(q,
                        QStringLiteral("INSERT INTO cases_fts(cases_fts) VALUES ('delete-all')")))
        return failed(q, error);
    if (!tx.commit())
        return failed(q, error);
    return true;
}

bool SearchIndex::isComplete() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM sync_state WHERE key = ?"));
    q.addBindValue(kUptoKey);
    return Database::exec(q) && !q.next();
}

bool SearchIndex::build(QString *error, int chunk)
{
    for (;;) {
        Database::Transaction tx(m_db);
        QSqlQuery q(m_db.connection());
        if (!tx.isActive())
            return failed(q, error);
        q.prepare(QStringLiteral("SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = ?"));
        q.addBindValue(kUptoKey);
        if (!Database::exec(q))
            return failed(q, error);
        if (!q.next())
            return true;
        const qint64 upto = q.value(0).toLongLong();
        q.finish();
        QSqlQuery last(m_db.connection());
        last.prepare(QStringLiteral("SELECT MAX(rowid) FROM (SELECT rowid FROM cases WHERE "
                                    "rowid > ? ORDER BY rowid LIMIT ?)"));
        last.addBindValue(upto);
        last.addBindValue(chunk);
        if (!Database::exec(last) || !last.next())
            return failed(last, error);
        const bool done = last.value(0).isNull();
        const qint64 next = last.value(0).toLongLong();
        last.finish();
        QSqlQuery step(m_db.connection());
        if (done) {
            step.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
            step.addBindValue(kUptoKey);
        } else {
            QSqlQuery add(m_db.connection());
            add.prepare(QStringLiteral(
                    "INSERT INTO cases_fts(rowid, case_no, applicant_name, item_name, "
                    "material_names) SELECT rowid, case_no, applicant_name, item_name, "
                    "material_names FROM cases WHERE rowid > ? AND rowid <= ?"));
            add.addBindValue(upto);
            add.addBindValue(next);
            if (!Database::exec(add))
                return failed(add, error);
            step.prepare(QStringLiteral("UPDATE sync_state SET value = ? WHERE key = ?"));
            step.addBindValue(QString::number(next));
            step.addBindValue(kUptoKey);
        }
        if (!Database::exec(step))
            return failed(step, error);
        if (!tx.commit())
            return failed(step, error);
        if (done)
            return true;
    }
}

} // namespace casedesk

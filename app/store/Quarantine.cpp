#include "Quarantine.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace casedesk {

bool Quarantine::put(const QString &type, const QString &id, const QString &error,
                     const QByteArray &sealedData, const QDateTime &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO quarantine(type, id, error, data, first_seen, last_tried, attempts) "
            "VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT(type, id) DO UPDATE SET "
            "error = excluded.error, data = excluded.data, last_tried = excluded.last_tried, "
            "attempts = attempts + 1"));
    q.addBindValue(type);
    q.addBindValue(id);
    q.addBindValue(error);
    q.addBindValue(sealedData);
    q.addBindValue(now.toSecsSinceEpoch());
    q.addBindValue(now.toSecsSinceEpoch());
    return Database::exec(q);
}

bool Quarantine::release(const QString &type, const QStringList &ids)
{
    if (ids.isEmpty())
        return true;
    QSqlQuery any(m_db.connection());
    // Nearly always empty: a page of a thousand cases costs one look, not a thousand deletes.
    if (!Database::exec(any, QStringLiteral("SELECT 1 FROM quarantine LIMIT 1")))
        return false;
    if (!any.next())
        return true;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM quarantine WHERE type = ? AND id = ?"));
    for (const QString &id : ids) {
        q.bindValue(0, type);
        q.bindValue(1, id);
        if (!Database::exec(q))
            return false;
    }
    return true;
}

QList<Quarantine::Entry> Quarantine::entries(const QString &type, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT type, id, error, first_seen, last_tried, attempts "
                             "FROM quarantine WHERE ? = '' OR type = ? "
                             "ORDER BY first_seen, type, id LIMIT ?"));
    // A null QString binds as NULL, which equals nothing.
    const QString wanted = type.isEmpty() ? QStringLiteral("") : type;
    q.addBindValue(wanted);
    q.addBindValue(wanted);
    q.addBindValue(limit);
    QList<Entry> list;
    if (!Database::exec(q))
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong()),
                     QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong()), q.value(5).toInt()});
    return list;
}

int Quarantine::count() const
{
    QSqlQuery q(m_db.connection());
    if (!Database::exec(q, QStringLiteral("SELECT COUNT(*) FROM quarantine")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace casedesk

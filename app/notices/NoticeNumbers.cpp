#include "NoticeNumbers.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace casedesk {

bool NoticeNumbers::addBlock(const NumberBlock &block)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO number_blocks(kind, year, prefix, first, next, "
                             "last) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(block.kind), QVariant(block.year), QVariant(block.prefix),
                              QVariant(block.first), QVariant(block.first), QVariant(block.last)})
        q.addBindValue(v);
    return Database::exec(q);
}

std::optional<QString> NoticeNumbers::take(const QString &kind, int year)
{
    Database::Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    // The oldest block first, so numbers go out in order.
    q.prepare(QStringLiteral("UPDATE number_blocks SET next = next + 1 WHERE rowid = (SELECT rowid "
                             "FROM number_blocks WHERE kind = ? AND year = ? AND next <= last "
                             "ORDER BY first LIMIT 1) RETURNING prefix, next - 1"));
    q.addBindValue(kind);
    q.addBindValue(year);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    const QString number = format(q.value(0).toString(), year, q.value(1).toLongLong());
    q.finish();
    if (!tx.commit())
        return std::nullopt;
    return number;
}

int NoticeNumbers::remaining(const QString &kind, int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(last - next + 1), 0) FROM number_blocks WHERE "
                             "kind = ? AND year = ? AND next <= last"));
    q.addBindValue(kind);
    q.addBindValue(year);
    return Database::exec(q) && q.next() ? q.value(0).toInt() : 0;
}

QString NoticeNumbers::format(const QString &prefix, int year, qint64 number)
{
    return QStringLiteral("%1〔%2〕第%3号")
            .arg(prefix)
            .arg(year)
            .arg(number, 4, 10, QLatin1Char('0'));
}

} // namespace casedesk

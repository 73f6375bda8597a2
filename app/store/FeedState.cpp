#include "FeedState.h"

#include "Database.h"

#include <QSqlQuery>

namespace casedesk {

namespace {
constexpr auto kCursorKey = "feed_cursor";
constexpr auto kClockOffsetKey = "clock_offset";
constexpr auto kDeadlineBasisKey = "deadline_basis";
constexpr auto kApprovalKeyKey = "approval_key";
} // namespace

QString FeedState::value(const char *key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(QLatin1String(key));
    if (Database::exec(q) && q.next())
        return q.value(0).toString();
    return {};
}

bool FeedState::setValue(const char *key, const QString &value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)"));
    q.addBindValue(QLatin1String(key));
    q.addBindValue(value);
    return Database::exec(q);
}

QString FeedState::cursor() const
{
    return value(kCursorKey);
}

bool FeedState::setCursor(const QString &cursor)
{
    return setValue(kCursorKey, cursor);
}

qint64 FeedState::clockOffset() const
{
    return value(kClockOffsetKey).toLongLong();
}

bool FeedState::setClockOffset(qint64 seconds)
{
    return setValue(kClockOffsetKey, QString::number(seconds));
}

QString FeedState::deadlineBasis() const
{
    return value(kDeadlineBasisKey);
}

bool FeedState::setDeadlineBasis(const QString &basis)
{
    return setValue(kDeadlineBasisKey, basis);
}

QString FeedState::registeredApprovalKey() const
{
    return value(kApprovalKeyKey);
}

bool FeedState::setRegisteredApprovalKey(const QString &keyId)
{
    return setValue(kApprovalKeyKey, keyId);
}

} // namespace casedesk

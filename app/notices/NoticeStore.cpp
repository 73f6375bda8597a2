#include "NoticeStore.h"

#include "store/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace casedesk {

namespace {

const QString kColumns = QStringLiteral(
        "id, case_id, kind, number, issued_at, issued_by, sha256, size, seal_record, replaces, "
        "state, platform_id, last_error");

IssuedNotice::State stateFrom(const QString &text)
{
    if (text == QLatin1String("uploaded"))
        return IssuedNotice::State::Uploaded;
    if (text == QLatin1String("rejected"))
        return IssuedNotice::State::Rejected;
    return IssuedNotice::State::Pending;
}

IssuedNotice read(const QSqlQuery &q)
{
    IssuedNotice n;
    n.id = q.value(0).toLongLong();
    n.caseId = q.value(1).toString();
    n.kind = q.value(2).toString();
    n.number = q.value(3).toString();
    n.issuedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    n.issuedBy = q.value(5).toString();
    n.sha256 = q.value(6).toString();
    n.size = q.value(7).toLongLong();
    n.sealRecord = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
    if (!q.value(9).isNull())
        n.replaces = q.value(9).toLongLong();
    n.state = stateFrom(q.value(10).toString());
    n.platformId = q.value(11).toString();
    n.lastError = q.value(12).toString();
    return n;
}

} // namespace

std::optional<qint64> NoticeStore::add(const IssuedNotice &n, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
            "INSERT INTO notices(case_id, kind, number, issued_at, issued_by, "
            "sha256, size, seal_record, replaces) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(n.caseId), QVariant(n.kind), QVariant(n.number),
          QVariant(n.issuedAt.toUTC().toString(Qt::ISODateWithMs)), QVariant(n.issuedBy),
          QVariant(n.sha256), QVariant(n.size),
          QVariant(QJsonDocument(n.sealRecord).toJson(QJsonDocument::Compact)),
          n.replaces ? QVariant(*n.replaces) : QVariant(QMetaType::fromType<qint64>())})
        q.addBindValue(v);
    if (!Database::exec(q)) {
        *error = Database::errorText(q.lastError());
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

std::optional<IssuedNotice> NoticeStore::notice(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM notices WHERE id = ?"));
    q.addBindValue(id);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    return read(q);
}

QList<IssuedNotice> NoticeStore::forCase(const QString &caseId) const
{
    QList<IssuedNotice> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM notices WHERE case_id = ? ORDER BY id DESC"));
    q.addBindValue(caseId);
    if (Database::exec(q)) {
        while (q.next())
            list.append(read(q));
    }
    return list;
}

std::optional<IssuedNotice> NoticeStore::current(const QString &caseId, const QString &kind) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM notices n WHERE case_id = ? AND kind = ? AND NOT EXISTS "
                               "(SELECT 1 FROM notices r WHERE r.replaces = n.id) "
                               "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(caseId);
    q.addBindValue(kind);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    return read(q);
}

std::optional<IssuedNotice> NoticeStore::nextUnsent() const
{
    QSqlQuery q(m_db.connection());
    if (!Database::exec(q,
                        QStringLiteral("SELECT ")
                                + kColumns
                                // A notice follows its case's actions to the platform.
                                + QStringLiteral(" FROM notices WHERE state = 'pending' AND "
                                                 "case_id NOT IN (SELECT case_id FROM outbox) "
                                                 "ORDER BY id LIMIT 1"))
        || !q.next())
        return std::nullopt;
    return read(q);
}

int NoticeStore::unsentCount() const
{
    QSqlQuery q(m_db.connection());
    return Database::exec(q, QStringLiteral("SELECT COUNT(*) FROM notices WHERE state = 'pending'"))
                    && q.next()
            ? q.value(0).toInt()
            : 0;
}

bool NoticeStore::markUploaded(qint64 id, const QString &platformId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE notices SET state = 'uploaded', platform_id = ?, last_error = "
                             "NULL WHERE id = ?"));
    q.addBindValue(platformId);
    q.addBindValue(id);
    return Database::exec(q);
}

bool NoticeStore::markRejected(qint64 id, const QString &message)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE notices SET state = 'rejected', last_error = ? WHERE id = ?"));
    q.addBindValue(message);
    q.addBindValue(id);
    return Database::exec(q);
}

bool NoticeStore::noteError(qint64 id, const QString &message)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE notices SET last_error = ? WHERE id = ?"));
    q.addBindValue(message);
    q.addBindValue(id);
    return Database::exec(q);
}

} // namespace casedesk

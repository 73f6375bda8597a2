#include "CacheDigest.h"

#include "Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace casedesk {

namespace {
QString readFailed(const QSqlQuery &q)
{
    return QCoreApplication::translate("CaseStore", "Reading the local cache failed: %1")
            .arg(Database::errorText(q.lastError()));
}
} // namespace

std::optional<QList<DigestGroup>> CacheDigest::groups(QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // BINARY collation: ids in byte order, as the contract says. A counter application not yet
    // created on the platform (store/IntakeRegister) is this computer's alone.
    if (!Database::exec(q,
                        QStringLiteral("SELECT COALESCE(department, ''), stage, id, version "
                                       "FROM cases WHERE substr(id, 1, 6) <> 'local-' "
                                       "ORDER BY 1, 2, 3"))) {
        if (error)
            *error = readFailed(q);
        return std::nullopt;
    }
    QList<DigestGroup> groups;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto close = [&] {
        if (!groups.isEmpty())
            groups.last().digest = hash.result().toHex();
        hash.reset();
    };
    while (q.next()) {
        const QString department = q.value(0).toString();
        const QString stage = q.value(1).toString();
        if (groups.isEmpty() || groups.last().department != department
            || groups.last().stage != stage) {
            close();
            groups.append({department, stage, 0, {}});
        }
        ++groups.last().count;
        hash.addData(q.value(2).toString().toUtf8());
        hash.addData(":");
        hash.addData(QByteArray::number(q.value(3).toLongLong()));
        hash.addData("\n");
    }
    close();
    return groups;
}

std::optional<QList<CaseVersion>> CacheDigest::cases(const QString &department,
                                                     const QString &stage, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, version FROM cases WHERE COALESCE(department, '') = ? "
                             "AND stage = ? AND substr(id, 1, 6) <> 'local-' ORDER BY id"));
    q.addBindValue(department);
    q.addBindValue(stage);
    if (!Database::exec(q)) {
        if (error)
            *error = readFailed(q);
        return std::nullopt;
    }
    QList<CaseVersion> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toLongLong()});
    return list;
}

} // namespace casedesk

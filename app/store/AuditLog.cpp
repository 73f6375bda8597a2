#include "AuditLog.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <openssl/evp.h>

#include <limits>
#include <memory>

namespace casedesk {

namespace {
const QString kGenesis = QString(64, QLatin1Char('0'));

QByteArray sm3(const QByteArray &data)
{
    std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md(EVP_MD_fetch(nullptr, "SM3", nullptr), EVP_MD_free);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!md || EVP_Digest(data.constData(), size_t(data.size()), out, &len, md.get(), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(len)).toHex();
}

// Fields joined with a separator that cannot occur in them unescaped.
QByteArray canonical(const AuditLog::Entry &e)
{
    QStringList fields{QString::number(e.seq), QString::number(e.at), e.user, e.kind, e.subject, e.detail, e.prevHash};
    for (QString &f : fields)
        f.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\x1f'), QStringLiteral("\\u"));
    return fields.join(QLatin1Char('\x1f')).toUtf8();
}
} // namespace

QString AuditLog::hashOf(const Entry &e)
{
    return QString::fromLatin1(sm3(canonical(e)));
}

bool AuditLog::append(const QString &user, const QString &kind, const QString &subject, const QString &detail)
{
    QSqlQuery q(m_db.connection());
    if (!Database::exec(q, QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")))
        return false;
    Entry e;
    e.seq = 1;
    e.prevHash = kGenesis;
    if (q.next()) {
        e.seq = q.value(0).toLongLong() + 1;
        e.prevHash = q.value(1).toString();
    }
    q.finish();
    e.at = QDateTime::currentMSecsSinceEpoch();
    e.user = user;
    e.kind = kind;
    e.subject = subject;
    e.detail = detail;
    e.hash = hashOf(e);
    if (e.hash.isEmpty())
        return false;
    q.prepare(QStringLiteral("INSERT INTO audit(seq, at, user, kind, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(e.seq), QVariant(e.at), QVariant(e.user), QVariant(e.kind), QVariant(e.subject),
                              QVariant(e.detail), QVariant(e.prevHash), QVariant(e.hash)})
        q.addBindValue(v);
    return Database::exec(q);
}

QList<AuditLog::Entry> AuditLog::entries(int limit) const
{
    // Every row, whatever its number: verify() must see rows slipped in before the first too.
    return entriesAfter(std::numeric_limits<qint64>::min(), limit);
}

QList<AuditLog::Entry> AuditLog::entriesAfter(qint64 seq, int limit) const
{
    QList<Entry> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, at, user, kind, subject, detail, prev_hash, hash FROM audit "
                             "WHERE seq > ? ORDER BY seq LIMIT ?"));
    q.addBindValue(seq);
    q.addBindValue(limit);
    if (!Database::exec(q))
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    return list;
}

qint64 AuditLog::pushedSeq() const
{
    QSqlQuery q(m_db.connection());
    if (Database::exec(q, QStringLiteral("SELECT value FROM sync_state WHERE key = 'audit_pushed'")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool AuditLog::setPushedSeq(qint64 seq)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) VALUES ('audit_pushed', ?)"));
    q.addBindValue(QString::number(seq));
    return Database::exec(q);
}

QString AuditLog::pushError() const
{
    QSqlQuery q(m_db.connection());
    if (Database::exec(q, QStringLiteral("SELECT value FROM sync_state WHERE key = 'audit_push_error'")) && q.next())
        return q.value(0).toString();
    return {};
}

bool AuditLog::setPushError(const QString &message)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) VALUES ('audit_push_error', ?)"));
    q.addBindValue(message);
    return Database::exec(q);
}

QList<AuditLog::Problem> AuditLog::verify() const
{
    QList<Problem> problems;
    QString previous = kGenesis;
    qint64 expectedSeq = 1;
    for (const Entry &e : entries()) {
        if (e.seq != expectedSeq)
            problems.append({e.seq, QCoreApplication::translate("AuditLog", "entries before this one were deleted")});
        if (e.prevHash != previous)
            problems.append({e.seq, QCoreApplication::translate("AuditLog", "does not follow the entry before it (deleted or reordered)")});
        if (hashOf(e) != e.hash)
            problems.append({e.seq, QCoreApplication::translate("AuditLog", "was edited after it was written")});
        previous = e.hash;
        expectedSeq = e.seq + 1;
    }
    return problems;
}

} // namespace casedesk

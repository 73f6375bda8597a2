#include "MaterialUploads.h"

#include "Database.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace casedesk {

namespace {

const QString kColumns = QStringLiteral(
        "id, case_id, vault_case, slot, revision, vault_id, name, file_name, category, mime, size,"
        " sha256, idem_key, upload_id, received, state, material_id, version, attempts,"
        " last_error, user, created_at");

// The longest a retry waits, as for the outbox's actions: a turn further away was set by a
// clock that has since gone back.
constexpr qint64 kLongestWaitMs = 60 * 60 * 1000;

MaterialUpload::State stateFrom(const QString &name)
{
    if (name == QLatin1String("done"))
        return MaterialUpload::State::Done;
    if (name == QLatin1String("rejected"))
        return MaterialUpload::State::Rejected;
    if (name == QLatin1String("discarded"))
        return MaterialUpload::State::Discarded;
    return MaterialUpload::State::Pending;
}

MaterialUpload uploadFrom(const QSqlQuery &q)
{
    MaterialUpload u;
    u.id = q.value(0).toLongLong();
    u.caseId = q.value(1).toString();
    u.vaultCase = q.value(2).toString();
    u.slot = q.value(3).toString();
    u.revision = q.value(4).toInt();
    u.vaultId = q.value(5).toString();
    u.name = q.value(6).toString();
    u.fileName = q.value(7).toString();
    u.category = q.value(8).toString();
    u.mimeType = q.value(9).toByteArray();
    u.size = q.value(10).toLongLong();
    u.sha256 = q.value(11).toString();
    u.idempotencyKey = q.value(12).toString();
    u.uploadId = q.value(13).toString();
    u.received = q.value(14).toLongLong();
    u.state = stateFrom(q.value(15).toString());
    u.materialId = q.value(16).toString();
    u.version = q.value(17).toInt();
    u.attempts = q.value(18).toInt();
    u.lastError = q.value(19).toString();
    u.user = q.value(20).toString();
    u.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(21).toLongLong(), QTimeZone::utc());
    return u;
}

QString failed(const QSqlQuery &q)
{
    return QCoreApplication::translate("MaterialUploads",
                                       "The file could not be queued for the platform: %1")
            .arg(Database::errorText(q.lastError()));
}

} // namespace

QString uploadStateName(MaterialUpload::State state)
{
    switch (state) {
    case MaterialUpload::State::Done:
        return QStringLiteral("done");
    case MaterialUpload::State::Rejected:
        return QStringLiteral("rejected");
    case MaterialUpload::State::Discarded:
        return QStringLiteral("discarded");
    case MaterialUpload::State::Pending:
        break;
    }
    return QStringLiteral("pending");
}

MaterialUploads::MaterialUploads(Database &db) : m_db(db) { }

std::optional<MaterialUpload> MaterialUploads::queue(Vault &vault, const File &file,
                                                     const QDateTime &now, QString *error)
{
    const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(file.content, QCryptographicHash::Sha256).toHex());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM uploads WHERE vault_case = ? AND slot = ? "
                               "ORDER BY revision DESC LIMIT 1"));
    q.addBindValue(file.caseId);
    q.addBindValue(file.slot);
    if (!Database::exec(q)) {
        if (error)
            *error = failed(q);
        return std::nullopt;
    }
    int revision = 1;
    if (q.next()) {
        const MaterialUpload last = uploadFrom(q);
        if (last.sha256 == sha && last.state != MaterialUpload::State::Discarded)
            return last; // the same bytes again: nothing new to send
        revision = last.revision + 1;
    }
    q.finish();
    // A copy per revision: the bytes announced stay the bytes sent, whatever the slot's file
    // becomes meanwhile.
    const QString vaultId = QStringLiteral("%1.r%2").arg(file.slot).arg(revision);
    if (!vault.put(file.caseId, vaultId, file.mimeType, file.content, true, error))
        return std::nullopt;
    // To the platform's case once it exists: a file taken after the sync created the case (a
    // reprinted receipt) would otherwise wait for a provisional id that is gone.
    q.prepare(QStringLiteral(
            "INSERT INTO uploads(case_id, vault_case, slot, revision, vault_id, name, file_name,"
            " category, mime, size, sha256, idem_key, user, created_at)"
            " VALUES (COALESCE((SELECT case_id FROM intakes WHERE provisional_id = ?), ?),"
            " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(file.caseId), QVariant(file.caseId), QVariant(file.caseId), QVariant(file.slot),
          QVariant(revision), QVariant(vaultId), QVariant(file.name), QVariant(file.fileName),
          QVariant(file.category), QVariant(QString::fromLatin1(file.mimeType)),
          QVariant(qint64(file.content.size())), QVariant(sha),
          QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)), QVariant(file.user),
          QVariant(now.toMSecsSinceEpoch())})
        q.addBindValue(v);
    if (!Database::exec(q)) {
        if (error)
            *error = failed(q);
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM uploads WHERE id = ?"));
    q.addBindValue(id);
    if (!Database::exec(q) || !q.next()) {
        if (error)
            *error = failed(q);
        return std::nullopt;
    }
    return uploadFrom(q);
}

std::optional<MaterialUpload> MaterialUploads::nextDue(const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    // Not before the platform has the case (a provisional id is local-…), and a new version
    // not before the one it replaces.
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM uploads u WHERE state = 'pending'"
                               " AND case_id NOT LIKE 'local-%'"
                               " AND (next_attempt_at <= ? OR next_attempt_at > ?)"
                               " AND NOT EXISTS (SELECT 1 FROM uploads e WHERE"
                               " e.vault_case = u.vault_case AND e.slot = u.slot"
                               " AND e.revision < u.revision AND e.state = 'pending')"
                               " ORDER BY id LIMIT 1"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(now.toMSecsSinceEpoch() + kLongestWaitMs);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    return uploadFrom(q);
}

QString MaterialUploads::replacedMaterial(const MaterialUpload &upload) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT material_id FROM uploads WHERE vault_case = ? AND slot = ?"
                             " AND revision < ? AND state = 'done' ORDER BY revision DESC"
                             " LIMIT 1"));
    q.addBindValue(upload.vaultCase);
    q.addBindValue(upload.slot);
    q.addBindValue(upload.revision);
    if (!Database::exec(q) || !q.next())
        return {};
    return q.value(0).toString();
}

bool MaterialUploads::update(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return Database::exec(q);
}

bool MaterialUploads::setAnnounced(qint64 id, const QString &uploadId, qint64 received)
{
    return update(QStringLiteral("UPDATE uploads SET upload_id = ?, received = ? WHERE id = ?"),
                  {uploadId, received, id});
}

bool MaterialUploads::setReceived(qint64 id, qint64 received)
{
    return update(QStringLiteral("UPDATE uploads SET received = ? WHERE id = ?"), {received, id});
}

bool MaterialUploads::restart(qint64 id, const QString &message)
{
    // A new key: the platform's upload of the old one is spent.
    return update(QStringLiteral("UPDATE uploads SET upload_id = NULL, received = 0, idem_key = ?,"
                                 " attempts = attempts + 1, last_error = ? WHERE id = ?"),
                  {QUuid::createUuid().toString(QUuid::WithoutBraces), message, id});
}

bool MaterialUploads::markDone(qint64 id, const QString &materialId, int version,
                               const QDateTime &now)
{
    return update(QStringLiteral("UPDATE uploads SET state = 'done', material_id = ?, version = ?,"
                                 " received = size, last_error = NULL, done_at = ? WHERE id = ?"),
                  {materialId, version, now.toMSecsSinceEpoch(), id});
}

bool MaterialUploads::reschedule(qint64 id, const QDateTime &next, const QString &message)
{
    return update(QStringLiteral("UPDATE uploads SET attempts = attempts + 1, next_attempt_at = ?,"
                                 " last_error = ? WHERE id = ?"),
                  {next.toMSecsSinceEpoch(), message, id});
}

bool MaterialUploads::markRejected(qint64 id, const QString &message)
{
    return update(QStringLiteral("UPDATE uploads SET state = 'rejected', last_error = ? WHERE id = "
                                 "?"),
                  {message, id});
}

std::optional<MaterialUpload> MaterialUploads::latest(const QString &vaultCase,
                                                      const QString &slot) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM uploads WHERE vault_case = ? AND slot = ? "
                               "ORDER BY revision DESC LIMIT 1"));
    q.addBindValue(vaultCase);
    q.addBindValue(slot);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    return uploadFrom(q);
}

bool MaterialUploads::discardCase(const QString &caseId)
{
    return update(QStringLiteral("UPDATE uploads SET state = 'discarded' WHERE case_id = ? AND "
                                 "state = 'pending'"),
                  {caseId});
}

QList<MaterialUpload> MaterialUploads::items(const QString &caseId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + (caseId.isEmpty() ? QStringLiteral(" FROM uploads ORDER BY id")
                                  : QStringLiteral(" FROM uploads WHERE case_id = ? OR "
                                                   "vault_case = ? ORDER BY id")));
    if (!caseId.isEmpty()) {
        q.addBindValue(caseId);
        q.addBindValue(caseId);
    }
    QList<MaterialUpload> list;
    if (!Database::exec(q))
        return list;
    while (q.next())
        list.append(uploadFrom(q));
    return list;
}

int MaterialUploads::pendingCount() const
{
    QSqlQuery q(m_db.connection());
    if (!Database::exec(q, QStringLiteral("SELECT COUNT(*) FROM uploads WHERE state = 'pending'"))
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

int MaterialUploads::rejectedCount() const
{
    QSqlQuery q(m_db.connection());
    if (!Database::exec(q, QStringLiteral("SELECT COUNT(*) FROM uploads WHERE state = 'rejected'"))
        || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace casedesk

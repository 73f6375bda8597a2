#include "Outbox.h"

#include "security/PersonalData.h"

#include "AuditLog.h"
#include "Database.h"
#include "IntakeRegister.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace casedesk {

namespace {
OutboxItem::State stateFrom(const QString &name)
{
    if (name == QLatin1String("conflict"))
        return OutboxItem::State::Conflict;
    if (name == QLatin1String("rejected"))
        return OutboxItem::State::Rejected;
    return OutboxItem::State::Pending;
}

const QString kColumns
        = QStringLiteral("id, case_id, verb, payload, idem_key, base_version, user, created_at, "
                         "state, attempts, next_attempt_at, last_error, conflict_json");

OutboxItem itemFrom(const QSqlQuery &q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.caseId = q.value(1).toString();
    item.verb = q.value(2).toString();
    item.payload = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    item.idempotencyKey = q.value(4).toString();
    if (!q.value(5).isNull())
        item.baseVersion = q.value(5).toLongLong();
    item.user = q.value(6).toString();
    item.createdAt = QDateTime::fromSecsSinceEpoch(q.value(7).toLongLong());
    item.state = stateFrom(q.value(8).toString());
    item.attempts = q.value(9).toInt();
    item.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong());
    item.lastError = q.value(11).toString();
    item.conflictJson = q.value(12).toByteArray();
    return item;
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

QString outboxStateName(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Conflict:
        return QStringLiteral("conflict");
    case OutboxItem::State::Rejected:
        return QStringLiteral("rejected");
    case OutboxItem::State::Pending:
        break;
    }
    return QStringLiteral("pending");
}

Outbox::Outbox(Database &db, CaseStore &store) : m_db(db), m_store(store) { }

std::optional<qint64> Outbox::enqueue(const QString &caseId, const QString &verb,
                                      const QJsonObject &payload, const QString &user,
                                      CaseStage stageAfter, QString *error)
{
    auto fail = [&](const QSqlQuery &q) -> std::optional<qint64> {
        if (error)
            *error = QCoreApplication::translate("Outbox", "The action could not be saved: %1")
                             .arg(Database::errorText(q.lastError()));
        return std::nullopt;
    };
    Database::Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    // The first item of a case is decided on the version the clerk sees; later ones chain on it.
    q.prepare(QStringLiteral("SELECT version, (SELECT COUNT(*) FROM outbox WHERE case_id = :id) "
                             "FROM cases WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), caseId);
    if (!Database::exec(q) || !q.next()) {
        if (error)
            *error = QCoreApplication::translate("Outbox", "The case %1 is not in the local cache.")
                             .arg(caseId);
        return std::nullopt;
    }
    const QVariant base
            = q.value(1).toInt() == 0 ? q.value(0) : QVariant(QMetaType(QMetaType::LongLong));
    QSqlQuery put(m_db.connection());
    put.prepare(QStringLiteral(
            "INSERT INTO outbox(case_id, verb, payload, idem_key, base_version, user, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    put.addBindValue(caseId);
    put.addBindValue(verb);
    put.addBindValue(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    put.addBindValue(newKey());
    put.addBindValue(base);
    put.addBindValue(user);
    put.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!Database::exec(put))
        return fail(put);
    const qint64 id = put.lastInsertId().toLongLong();
    if (m_audit
        && !m_audit->append(
                user, QStringLiteral("action"), caseId,
                verb + QLatin1Char(' ')
                        + QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))))
        return fail(put);
    QSqlQuery show(m_db.connection());
    show.prepare(QStringLiteral("UPDATE cases SET local_stage = ? WHERE id = ?"));
    show.addBindValue(stageWireName(stageAfter));
    show.addBindValue(caseId);
    if (!Database::exec(show))
        return fail(show);
    if (!tx.commit())
        return fail(put);
    return id;
}

std::optional<OutboxItem> Outbox::nextDue(const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    // The head of each case's queue, if that head is pending and due.
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM outbox o WHERE state = 'pending' "
                               "AND (next_attempt_at <= ? OR next_attempt_at > ?) "
                               "AND id = (SELECT MIN(id) FROM outbox WHERE case_id = o.case_id) "
                               "ORDER BY id LIMIT 1"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(now.toMSecsSinceEpoch() + kLongestWaitMs);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    return itemFrom(q);
}

std::optional<qint64> Outbox::expectedVersion(const OutboxItem &item, QString *error,
                                              bool *missing) const
{
    if (missing)
        *missing = false;
    if (item.baseVersion)
        return item.baseVersion;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT version FROM cases WHERE id = ?"));
    q.addBindValue(item.caseId);
    if (!Database::exec(q)) {
        if (error)
            *error = QCoreApplication::translate("Outbox", "The local cache could not be read: %1")
                             .arg(Database::errorText(q.lastError()));
        return std::nullopt;
    }
    if (q.next())
        return q.value(0).toLongLong();
    if (missing)
        *missing = true;
    return std::nullopt;
}

bool Outbox::refreshLocalStage(const QString &caseId)
{
    // With nothing left to send, the platform's stage is the truth again.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE cases SET local_stage = NULL WHERE id = ? AND NOT EXISTS "
                             "(SELECT 1 FROM outbox WHERE case_id = ?)"));
    q.addBindValue(caseId);
    q.addBindValue(caseId);
    return Database::exec(q);
}

bool Outbox::markApplied(const OutboxItem &item, const CacheBatch::CaseRecord &platformCase,
                         QString *error)
{
    Database::Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(item.id);
    if (!Database::exec(q))
        return false;
    // The next item of this case goes out on the version this one produced.
    q.prepare(QStringLiteral("UPDATE outbox SET base_version = ? WHERE id = (SELECT MIN(id) FROM "
                             "outbox WHERE case_id = ?) "
                             "AND base_version IS NULL"));
    q.addBindValue(platformCase.data.version);
    q.addBindValue(item.caseId);
    if (!Database::exec(q))
        return false;
    CacheBatch batch;
    batch.cases.append(platformCase);
    if (!m_store.applyInTransaction(batch, error) || !refreshLocalStage(item.caseId))
        return false;
    return tx.commit();
}

bool Outbox::markConflict(qint64 id, const QByteArray &currentJson, const QString &message)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'conflict', conflict_json = ?, last_error "
                             "= ? WHERE id = ?"));
    // Kept only to show what changed on the platform; the personal data is not needed for that.
    q.addBindValue(PersonalDataSeal::withhold(currentJson));
    q.addBindValue(message);
    q.addBindValue(id);
    return Database::exec(q);
}

bool Outbox::markRejected(qint64 id, const QString &message)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'rejected', last_error = ? WHERE id = ?"));
    q.addBindValue(message);
    q.addBindValue(id);
    return Database::exec(q);
}

bool Outbox::reschedule(qint64 id, const QDateTime &next, const QString &message)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, "
                             "last_error = ? WHERE id = ?"));
    q.addBindValue(next.toMSecsSinceEpoch());
    q.addBindValue(message);
    q.addBindValue(id);
    return Database::exec(q);
}

bool Outbox::reapply(qint64 id, const QString &user, QString *error)
{
    // On the platform's current version, under a new key: the old key's answer was the refusal.
    Database::Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
            "UPDATE outbox SET state = 'pending', idem_key = ?, attempts = 0, next_attempt_at = 0, "
            "conflict_json = NULL, last_error = NULL, "
            "base_version = (SELECT version FROM cases WHERE cases.id = outbox.case_id) "
            "WHERE id = ? AND state IN ('conflict', 'rejected')"));
    q.addBindValue(newKey());
    q.addBindValue(id);
    if (!Database::exec(q) || q.numRowsAffected() != 1) {
        if (error)
            *error = QCoreApplication::translate("Outbox", "There is no held action %1.").arg(id);
        return false;
    }
    if (m_audit
        && !m_audit->append(user, QStringLiteral("conflict-reapplied"), QString(),
                            QStringLiteral("#%1").arg(id)))
        return false;
    return tx.commit();
}

bool Outbox::discard(qint64 id, const QString &reason, const QString &user, QString *error)
{
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                    "Outbox", "Say why the action is discarded; the reason is kept.");
        return false;
    }
    Database::Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT case_id FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!Database::exec(q) || !q.next()) {
        if (error)
            *error = QCoreApplication::translate("Outbox", "There is no action %1 in the outbox.")
                             .arg(id);
        return false;
    }
    const QString caseId = q.value(0).toString();
    // A counter application given up before the platform had it takes its case, and whatever
    // was done on it since, along: none of it could ever reach the platform.
    q.prepare(QStringLiteral("SELECT verb FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    const bool withdrawsIntake = Database::exec(q) && q.next()
            && q.value(0).toString() == IntakeRegister::createVerb()
            && IntakeRegister::isProvisional(caseId);
    q.prepare(QStringLiteral(
            "INSERT INTO outbox_discarded(id, case_id, verb, payload, idem_key, reason, "
            "discarded_by, discarded_at) "
            "SELECT id, case_id, verb, payload, idem_key, ?, ?, ? FROM outbox WHERE id = ? "
            "OR (? AND case_id = ?)"));
    q.addBindValue(reason.trimmed());
    q.addBindValue(user);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    q.addBindValue(withdrawsIntake);
    q.addBindValue(caseId);
    if (!Database::exec(q))
        return false;
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ? OR (? AND case_id = ?)"));
    q.addBindValue(id);
    q.addBindValue(withdrawsIntake);
    q.addBindValue(caseId);
    if (!Database::exec(q) || !refreshLocalStage(caseId))
        return false;
    if (withdrawsIntake) {
        q.prepare(QStringLiteral("DELETE FROM cases WHERE id = ?"));
        q.addBindValue(caseId);
        if (!Database::exec(q))
            return false;
        // Its files have no case to go to; they stay in the vault, and in the list as such.
        q.prepare(QStringLiteral("UPDATE uploads SET state = 'discarded' WHERE case_id = ? AND "
                                 "state = 'pending'"));
        q.addBindValue(caseId);
        if (!Database::exec(q))
            return false;
    }
    if (m_audit
        && !m_audit->append(user, QStringLiteral("conflict-discarded"), caseId,
                            QStringLiteral("#%1: %2").arg(id).arg(reason.trimmed())))
        return false;
    return tx.commit();
}

QList<OutboxItem> Outbox::items(const QString &caseId) const
{
    QList<OutboxItem> list;
    QSqlQuery q(m_db.connection());
    // outbox_by_case serves one case's items, which the case pane reads at every selection.
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + (caseId.isEmpty() ? QStringLiteral(" FROM outbox ORDER BY id")
                                  : QStringLiteral(" FROM outbox WHERE case_id = ? ORDER BY id")));
    if (!caseId.isEmpty())
        q.addBindValue(caseId);
    if (!Database::exec(q))
        return list;
    while (q.next())
        list.append(itemFrom(q));
    return list;
}

int Outbox::pendingCount() const
{
    QSqlQuery q(m_db.connection());
    if (Database::exec(q, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'pending'"))
        && q.next())
        return q.value(0).toInt();
    return 0;
}

int Outbox::heldCount() const
{
    QSqlQuery q(m_db.connection());
    if (Database::exec(q, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state <> 'pending'"))
        && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace casedesk

#include "IntakeRegister.h"

#include "AuditLog.h"
#include "Database.h"
#include "cases/CaseCodec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace casedesk {

namespace {

const QLatin1String kProvisionalPrefix("local-");

QString saveFailed(const QSqlQuery &q)
{
    return QCoreApplication::translate("IntakeRegister", "The application could not be saved: %1")
            .arg(Database::errorText(q.lastError()));
}

QString readFailed(const QSqlQuery &q)
{
    return QCoreApplication::translate("CaseStore", "Reading the local cache failed: %1")
            .arg(Database::errorText(q.lastError()));
}

const QString kColumns = QStringLiteral(
        "provisional_id, provisional_no, case_id, case_no, registered_at, user, application");

} // namespace

IntakeRegister::IntakeRegister(Database &db, CaseStore &store) : m_db(db), m_store(store) { }

QString IntakeRegister::newProvisionalId()
{
    return kProvisionalPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool IntakeRegister::isProvisional(const QString &caseId)
{
    return caseId.startsWith(kProvisionalPrefix);
}

std::optional<IntakeEntry>
IntakeRegister::registerApplication(const IntakeApplication &application, const ServiceItem &item,
                                    const IntakeClerk &clerk, int deviceNo, const QDateTime &now,
                                    QString *error, const QString &provisionalId)
{
    auto failWith = [&](const QString &message) -> std::optional<IntakeEntry> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // Without the data key the applicant's ID number could not be kept (it is never stored in
    // plain text), and an application without it could not be sent.
    if (!m_store.personalData().hasKey())
        return failWith(QCoreApplication::translate(
                "IntakeRegister",
                "The application cannot be kept on this computer without the data key from the "
                "system keychain."));
    IntakeEntry entry;
    entry.application = application;
    if (!entry.application.receivedAt.isValid())
        entry.application.receivedAt = now;
    entry.provisionalId = isProvisional(provisionalId) ? provisionalId : newProvisionalId();
    entry.registeredAt = now;
    entry.user = clerk.userName;

    Database::Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    // 临 + the day + this computer + the day's count here: unique without asking anyone.
    const QString prefix
            = QStringLiteral("临%1-%2-")
                      .arg(now.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyyMMdd")))
                      .arg(deviceNo % 10000, 4, 10, QLatin1Char('0'));
    q.prepare(
            QStringLiteral("SELECT COUNT(*) FROM intakes WHERE substr(provisional_no, 1, ?) = ?"));
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    if (!Database::exec(q) || !q.next())
        return failWith(saveFailed(q));
    entry.provisionalNo
            = prefix + QStringLiteral("%1").arg(q.value(0).toInt() + 1, 3, 10, QLatin1Char('0'));

    const QJsonObject record = provisionalRecord(entry.application, item, clerk,
                                                 entry.provisionalId, entry.provisionalNo);
    QString readError;
    const std::optional<Case> c = CaseCodec::readCase(record, {}, &readError);
    if (!c)
        return failWith(readError);
    q.prepare(QStringLiteral("INSERT INTO intakes(") + kColumns
              + QStringLiteral(") VALUES (?, ?, NULL, NULL, ?, ?, ?)"));
    q.addBindValue(entry.provisionalId);
    q.addBindValue(entry.provisionalNo);
    q.addBindValue(now.toSecsSinceEpoch());
    q.addBindValue(entry.user);
    q.addBindValue(m_store.personalData().seal(intakeBody(entry.application), entry.provisionalId));
    if (!Database::exec(q))
        return failWith(saveFailed(q));
    CacheBatch batch;
    batch.cases.append({*c, record});
    QString storeError;
    if (!m_store.applyInTransaction(batch, &storeError))
        return failWith(storeError);
    q.prepare(QStringLiteral(
            "INSERT INTO outbox(case_id, verb, payload, idem_key, base_version, user, created_at) "
            "VALUES (?, ?, '{}', ?, 0, ?, ?)"));
    q.addBindValue(entry.provisionalId);
    q.addBindValue(createVerb());
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(entry.user);
    q.addBindValue(now.toSecsSinceEpoch());
    if (!Database::exec(q))
        return failWith(saveFailed(q));
    // The audit trail names the case, never the applicant's personal data.
    if (m_audit
        && !m_audit->append(entry.user, QStringLiteral("intake"), entry.provisionalId,
                            item.code + QLatin1Char(' ') + entry.provisionalNo))
        return failWith(saveFailed(q));
    if (!tx.commit())
        return failWith(saveFailed(q));
    return entry;
}

std::optional<QJsonObject> IntakeRegister::body(const QString &provisionalId, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT application FROM intakes WHERE provisional_id = ?"));
    q.addBindValue(provisionalId);
    if (!Database::exec(q)) {
        if (error)
            *error = readFailed(q);
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error = QCoreApplication::translate("IntakeRegister",
                                                 "The application is no longer on this computer.");
        return std::nullopt;
    }
    bool withheld = false;
    const QByteArray json
            = m_store.personalData().open(q.value(0).toByteArray(), provisionalId, &withheld);
    if (withheld) {
        if (error)
            *error = QCoreApplication::translate(
                    "IntakeRegister",
                    "The applicant's data cannot be opened with this computer's data key.");
        return std::nullopt;
    }
    return QJsonDocument::fromJson(json).object();
}

bool IntakeRegister::markCreated(const OutboxItem &item, const CacheBatch::CaseRecord &platformCase,
                                 QString *error, bool *refused)
{
    const QString oldId = item.caseId;
    const QString newId = platformCase.data.id;
    auto fail = [&](const QSqlQuery &q) {
        if (error)
            *error = saveFailed(q);
        return false;
    };
    if (refused)
        *refused = false;
    Database::Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT provisional_no FROM intakes WHERE case_id = ? AND "
                             "provisional_id <> ?"));
    q.addBindValue(newId);
    q.addBindValue(oldId);
    if (!Database::exec(q))
        return fail(q);
    if (q.next()) {
        if (refused)
            *refused = true;
        if (error)
            *error = QCoreApplication::translate(
                             "IntakeRegister",
                             "The platform answered with case %1, which the application %2 "
                             "registered "
                             "here already became. Ask the platform's administrator; this "
                             "application is kept and not sent again.")
                             .arg(platformCase.data.caseNo, q.value(0).toString());
        return false;
    }
    // What the clerk did meanwhile (a verdict at the window, a pre-review) stays shown.
    q.prepare(QStringLiteral("SELECT local_stage FROM cases WHERE id = ?"));
    q.addBindValue(oldId);
    if (!Database::exec(q))
        return fail(q);
    const QVariant localStage = q.next() ? q.value(0) : QVariant();
    const QStringList steps{
            QStringLiteral("DELETE FROM outbox WHERE id = :item"),
            QStringLiteral("UPDATE outbox SET case_id = :new WHERE case_id = :old"),
            QStringLiteral("UPDATE outbox SET base_version = :version WHERE id = (SELECT MIN(id) "
                           "FROM outbox WHERE case_id = :new) AND base_version IS NULL"),
            QStringLiteral("DELETE FROM cases WHERE id = :old"),
            QStringLiteral("UPDATE checklists SET case_id = :new WHERE case_id = :old"),
            // Its files go to the platform's case from now on (the vault keeps them where they
            // are).
            QStringLiteral("UPDATE uploads SET case_id = :new WHERE case_id = :old"),
            QStringLiteral("UPDATE intakes SET case_id = :new, case_no = :no WHERE "
                           "provisional_id = :old"),
    };
    for (const QString &sql : steps) {
        q.prepare(sql);
        if (sql.contains(QLatin1String(":item")))
            q.bindValue(QStringLiteral(":item"), item.id);
        if (sql.contains(QLatin1String(":new")))
            q.bindValue(QStringLiteral(":new"), newId);
        if (sql.contains(QLatin1String(":old")))
            q.bindValue(QStringLiteral(":old"), oldId);
        if (sql.contains(QLatin1String(":version")))
            q.bindValue(QStringLiteral(":version"), platformCase.data.version);
        if (sql.contains(QLatin1String(":no")))
            q.bindValue(QStringLiteral(":no"), platformCase.data.caseNo);
        if (!Database::exec(q))
            return fail(q);
    }
    CacheBatch batch;
    batch.cases.append(platformCase);
    if (!m_store.applyInTransaction(batch, error))
        return false;
    q.prepare(QStringLiteral("UPDATE cases SET local_stage = ? WHERE id = ? AND EXISTS (SELECT 1 "
                             "FROM outbox WHERE case_id = ?)"));
    q.addBindValue(localStage);
    q.addBindValue(newId);
    q.addBindValue(newId);
    if (!Database::exec(q))
        return fail(q);
    if (m_audit
        && !m_audit->append(item.user, QStringLiteral("intake-created"), newId,
                            oldId + QLatin1Char(' ') + platformCase.data.caseNo))
        return fail(q);
    if (!tx.commit())
        return fail(q);
    return true;
}

std::optional<IntakeEntry> IntakeRegister::entryFrom(const QSqlQuery &q, QString *error) const
{
    IntakeEntry e;
    e.provisionalId = q.value(0).toString();
    e.provisionalNo = q.value(1).toString();
    e.caseId = q.value(2).toString();
    e.caseNo = q.value(3).toString();
    e.registeredAt = QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::utc());
    e.user = q.value(5).toString();
    bool withheld = false;
    const QByteArray json
            = m_store.personalData().open(q.value(6).toByteArray(), e.provisionalId, &withheld);
    const auto application = intakeFromBody(QJsonDocument::fromJson(json).object(), error);
    if (!application)
        return std::nullopt;
    e.application = *application;
    return e;
}

std::optional<IntakeEntry> IntakeRegister::find(const QString &idOrNumber, QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM intakes WHERE provisional_id = :k OR provisional_no = :k "
                               "OR case_id = :k OR case_no = :k"));
    q.bindValue(QStringLiteral(":k"), idOrNumber);
    if (!Database::exec(q)) {
        if (error)
            *error = readFailed(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return entryFrom(q, error);
}

QList<IntakeEntry> IntakeRegister::entries(int limit, QString *error) const
{
    QList<IntakeEntry> list;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM intakes ORDER BY registered_at DESC, provisional_no DESC "
                               "LIMIT ?"));
    q.addBindValue(limit);
    if (!Database::exec(q)) {
        if (error)
            *error = readFailed(q);
        return list;
    }
    while (q.next()) {
        if (auto e = entryFrom(q, error))
            list.append(*e);
    }
    return list;
}

} // namespace casedesk

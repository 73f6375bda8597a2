#pragma once

#include "CaseStore.h"
#include "Outbox.h"
#include "cases/Intake.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

class QSqlQuery;

namespace casedesk {

class AuditLog;
class Database;

// One application registered at the counter on this computer.
struct IntakeEntry
{
    QString provisionalId; // the case's id here until the platform created it
    QString provisionalNo; // 临… : the number on the receipt until then
    QString caseId; // the platform's, once created; empty before
    QString caseNo; // 申报号, once created
    QDateTime registeredAt;
    QString user;
    IntakeApplication application;

    bool isCreated() const { return !caseId.isEmpty(); }
    QString currentId() const { return isCreated() ? caseId : provisionalId; }
    QString currentNo() const { return isCreated() ? caseNo : provisionalNo; }
};

// The counter's register (窗口收件). Registering writes the application, its provisional case
// (shown in the inbox at once) and the outbox item that creates it on the platform in one
// transaction, so a killed process leaves all or nothing. When the platform has created it,
// its id and 申报号 replace the provisional ones in the cache and in every later action of the
// case, in one transaction too.
class IntakeRegister
{
public:
    IntakeRegister(Database &db, CaseStore &store);
    void setAuditLog(AuditLog *audit) { m_audit = audit; }

    // The outbox verb that creates a case on the platform.
    static QString createVerb() { return QStringLiteral("create"); }
    static bool isProvisional(const QString &caseId);

    // A fresh provisional case id (local-…), for files kept before the registration.
    static QString newProvisionalId();
    // `deviceNo` tells this computer's provisional numbers from another's (4 digits);
    // `provisionalId` is the id its files were already kept under (empty: a fresh one).
    std::optional<IntakeEntry> registerApplication(const IntakeApplication &application,
                                                   const ServiceItem &item,
                                                   const IntakeClerk &clerk, int deviceNo,
                                                   const QDateTime &now, QString *error,
                                                   const QString &provisionalId = {});

    // The body POST /cases takes for the outbox item `item` (its personal data opened).
    std::optional<QJsonObject> body(const QString &provisionalId, QString *error) const;

    // The platform created the case of the outbox item `item`. False with `refused` set when
    // the platform named a case another application registered here already became (a
    // platform that was reset or answers wrongly): nothing is changed, the item is to be held.
    bool markCreated(const OutboxItem &item, const CacheBatch::CaseRecord &platformCase,
                     QString *error, bool *refused = nullptr);

    // By provisional or platform id, or by either number.
    std::optional<IntakeEntry> find(const QString &idOrNumber, QString *error = nullptr) const;
    // Newest first.
    QList<IntakeEntry> entries(int limit, QString *error = nullptr) const;

private:
    std::optional<IntakeEntry> entryFrom(const QSqlQuery &q, QString *error) const;
    Database &m_db;
    CaseStore &m_store;
    AuditLog *m_audit = nullptr;
};

} // namespace casedesk

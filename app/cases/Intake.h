#pragma once

#include "Case.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace casedesk {

// 窗口收件: an application handed in at a window, as the clerk registers it. It becomes a case
// on this computer at once (a provisional number, store/IntakeRegister) and on the platform
// when the sync sends it (POST /cases, exactly once).
struct IntakeApplication
{
    QString itemCode;
    Applicant applicant;
    Agent agent; // empty name: the applicant came in person
    QString remarks;
    QDateTime receivedAt; // when the papers were handed in
    QList<ReceivedMaterial> materials;
};

// Everything that keeps it from being registered, each a translated sentence that names the
// field; empty when it may be registered. `item` is the service item chosen (null: unknown).
QStringList intakeProblems(const IntakeApplication &application, const ServiceItem *item,
                           QDate today);
// The identity numbers as they are to be kept (full-width digits and lower-case x made plain).
IntakeApplication normalizedIntake(IntakeApplication application);

// The required materials of `item` not handed in: what the receipt lists as still missing.
QStringList missingMaterials(const IntakeApplication &application, const ServiceItem &item);

// The application as POST /cases takes it (docs/platform-api.yaml, Intake).
QJsonObject intakeBody(const IntakeApplication &application);
// The same read back (the outbox keeps the body; the CLI reads an applicant from a file).
std::optional<IntakeApplication> intakeFromBody(const QJsonObject &body, QString *error);
std::optional<Applicant> applicantFromJson(const QJsonObject &object, QString *error);
std::optional<Agent> agentFromJson(const QJsonObject &object, QString *error);

// Who registers it.
struct IntakeClerk
{
    QString userName;
    QString displayName;
    QString department;
    QString departmentName;
};

// The case as this computer shows it until the platform has it: in the platform's record form,
// so the cache reads it with the one reader (CaseCodec), with the provisional id and number.
QJsonObject provisionalRecord(const IntakeApplication &application, const ServiceItem &item,
                              const IntakeClerk &clerk, const QString &id, const QString &number);

} // namespace casedesk

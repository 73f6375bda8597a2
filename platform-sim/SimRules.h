#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// The platform's own rules for workflow actions: which role may take which action in which
// stage, what the payload must hold, and what the action does to the case. Written for the
// simulator alone; the client keeps its own rule set and the tests hold the two against each other.
namespace sim {

struct ActionOutcome
{
    int status = 200; // 200 applied; 403 role; 409 state; 422 payload
    QString code; // problem code when status != 200
    QString detail;
    QJsonObject caseAfter; // the case with the action applied (status 200)
};

// `actor` is the user name, `role` one of Clerk, Chief, Supervisor; `now` in ISO 8601.
ActionOutcome applyAction(const QJsonObject &caseBefore, const QString &type,
                          const QJsonObject &payload, const QString &actor, const QString &role,
                          const QString &now);

QStringList actionTypes();

// Appends an event to the case's `history`: what happened, when, by whom, with the words given.
void appendHistory(QJsonObject &c, const QString &at, const QString &actor, const QString &kind,
                   const QString &note = {});

} // namespace sim

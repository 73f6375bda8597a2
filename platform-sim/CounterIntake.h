#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sim {

struct Account;

// POST /cases: an application registered at a window (窗口收件). The platform checks it as it
// would an online one (the item is the department's, the identity numbers carry their check
// characters, the time it was received is plausible) and then treats it like any other case.
struct IntakeRefusal
{
    int status = 422;
    QString code;
    QString detail; // names the field
};

// Why `body` cannot become a case of `item` for `user`; nullopt when it can.
std::optional<IntakeRefusal> checkIntake(const QJsonObject &body, const QJsonObject &item,
                                         const Account &user, const QDateTime &now);

// The new case: preReview, held by the clerk who registered it, counter channel. `receivedAt`
// is when the applicant handed the papers in (an outreach point may register it later).
QJsonObject counterCase(const QJsonObject &body, const QJsonObject &item, const Account &user,
                        const QString &id, const QString &caseNo, const QDateTime &now);

} // namespace sim

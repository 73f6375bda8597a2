#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QRandomGenerator;

// The simulated district: its departments, service item catalogue, staff accounts and a
// history of applications, all generated deterministically from a seed.
namespace sim {

struct Department
{
    QString code;
    QString name;
    QString abbreviation; // the 文号's department part, e.g. 城关市监
};

struct Account
{
    QString userName;
    QString displayName;
    QString department;
    QString role; // Clerk, Chief, Supervisor, Head
};

struct GeneratedCase
{
    QString id;
    QString department;
    qint64 receivedAt; // seconds since the epoch, for the feed's order
    QJsonObject json;
};

class District
{
public:
    static const QList<Department> &departments();
    static const QList<Account> &accounts();
    static QString departmentName(const QString &code);
    // The name a member of staff goes by (张敏 for clerk1); empty for anyone else.
    static QString staffName(const QString &userName);
    static QList<QJsonObject> items();
    // Who approves a proposal to `decision` (grant, deny) on the item, in order: the platform's
    // policy per item and kind of decision (科长审核 → 分管领导签发). Roles: Chief, Head.
    static QStringList approvalChain(const QString &itemCode, const QString &decision);
    // Case.approval for a new proposal: the chain by the policy, nothing signed.
    static QJsonObject approvalRecord(const QString &itemCode, const QString &decision);
    // One signed step of Case.approval.approvals: role, by, at, and byName for the staff.
    static QJsonObject approvalSign(const QString &role, const QString &by, const QString &at);

    // `count` cases received over the months before `until`, in order of receipt.
    static void generateCases(quint64 seed, int count, const QDateTime &until,
                              const std::function<void(const GeneratedCase &)> &sink);
    // The State Council's working-day calendars the platform publishes, one object a year.
    static QList<QJsonObject> calendars();
    // The e-licence a completed case issued, for material reuse.
    static QJsonObject licenceFor(const QJsonObject &caseJson);
    // A citizen's rating (好差评) of a finished case, and a message or complaint.
    static QJsonObject ratingFor(QRandomGenerator &rng, const QJsonObject &caseJson,
                                 const QDateTime &at);
    static QJsonObject inquiry(QRandomGenerator &rng, const QDateTime &at);
    // A new application arriving now (the living world), numbered `index`, the day's `serial`.
    static QJsonObject arrival(QRandomGenerator &rng, int index, int serial, const QDateTime &now);
};

} // namespace sim

#include "CounterIntake.h"

#include "District.h"
#include "IdentityNumbers.h"
#include "SimRules.h"

#include <QJsonArray>
#include <QTimeZone>

namespace sim {

namespace {

bool validCitizenId(const QString &id)
{
    static const QRegularExpression shape(QStringLiteral("^[1-8][0-9]{16}[0-9X]$"));
    if (!shape.match(id).hasMatch())
        return false;
    if (!QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd")).isValid())
        return false;
    return citizenIdCheck(id.left(17)) == id.at(17);
}

bool validCreditCode(const QString &code)
{
    static const QRegularExpression shape(
            QStringLiteral("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$"));
    return shape.match(code).hasMatch() && creditCodeCheck(code.left(17)) == code.at(17);
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

IntakeRefusal invalid(const QString &code, const QString &detail)
{
    return {422, code, detail};
}

std::optional<IntakeRefusal> checkPerson(const QJsonObject &p, const QString &field)
{
    if (text(p, "name").isEmpty() || text(p, "name").size() > 100)
        return invalid(QStringLiteral("invalid-payload"), field + QStringLiteral(".name"));
    if (!validCitizenId(text(p, "idNumber")))
        return invalid(QStringLiteral("invalid-id-number"), field + QStringLiteral(".idNumber"));
    return std::nullopt;
}

} // namespace

std::optional<IntakeRefusal> checkIntake(const QJsonObject &body, const QJsonObject &item,
                                         const Account &user, const QDateTime &now)
{
    if (user.role != QLatin1String("Clerk") && user.role != QLatin1String("Chief"))
        return IntakeRefusal{403, QStringLiteral("role-forbidden"), user.role};
    if (item.isEmpty())
        return invalid(QStringLiteral("unknown-item"), QStringLiteral("itemCode"));
    if (item.value(QStringLiteral("department")).toString() != user.department)
        return IntakeRefusal{403, QStringLiteral("item-of-other-department"),
                             QStringLiteral("itemCode")};
    if (text(body, "channel") != QLatin1String("counter"))
        return invalid(QStringLiteral("invalid-payload"), QStringLiteral("channel"));
    const QJsonObject applicant = body.value(QStringLiteral("applicant")).toObject();
    const QString kind = text(applicant, "kind");
    if (kind == QLatin1String("person")) {
        if (auto refusal = checkPerson(applicant, QStringLiteral("applicant")))
            return refusal;
    } else if (kind == QLatin1String("company")) {
        if (text(applicant, "name").isEmpty() || text(applicant, "name").size() > 200)
            return invalid(QStringLiteral("invalid-payload"), QStringLiteral("applicant.name"));
        if (!validCreditCode(text(applicant, "idNumber")))
            return invalid(QStringLiteral("invalid-credit-code"),
                           QStringLiteral("applicant.idNumber"));
        if (text(applicant, "legalRepresentative").isEmpty())
            return invalid(QStringLiteral("invalid-payload"),
                           QStringLiteral("applicant.legalRepresentative"));
    } else {
        return invalid(QStringLiteral("invalid-payload"), QStringLiteral("applicant.kind"));
    }
    if (body.contains(QStringLiteral("agent"))) {
        if (auto refusal
            = checkPerson(body.value(QStringLiteral("agent")).toObject(), QStringLiteral("agent")))
            return refusal;
    }
    if (body.contains(QStringLiteral("receivedAt"))) {
        const QDateTime at = QDateTime::fromString(text(body, "receivedAt"), Qt::ISODate);
        // An outreach point registers what it received in the last weeks, never the future.
        if (!at.isValid() || at > now.addSecs(600) || at < now.addDays(-30))
            return invalid(QStringLiteral("invalid-received-at"), QStringLiteral("receivedAt"));
    }
    const QJsonValue materials = body.value(QStringLiteral("materials"));
    if (!materials.isUndefined() && !materials.isArray())
        return invalid(QStringLiteral("invalid-payload"), QStringLiteral("materials"));
    for (const QJsonValue &m : materials.toArray()) {
        const QJsonObject o = m.toObject();
        if (text(o, "name").isEmpty() || o.value(QStringLiteral("pages")).toInt(-1) < 0)
            return invalid(QStringLiteral("invalid-payload"), QStringLiteral("materials"));
    }
    return std::nullopt;
}

QJsonObject counterCase(const QJsonObject &body, const QJsonObject &item, const Account &user,
                        const QString &id, const QString &caseNo, const QDateTime &now)
{
    const QTimeZone china(8 * 3600);
    QDateTime receivedAt = body.contains(QStringLiteral("receivedAt"))
            ? QDateTime::fromString(text(body, "receivedAt"), Qt::ISODate)
            : now;
    receivedAt = std::min(receivedAt, now).toTimeZone(china);
    QJsonObject applicant = body.value(QStringLiteral("applicant")).toObject();
    applicant.insert(QStringLiteral("idType"),
                     text(applicant, "kind") == QLatin1String("company")
                             ? QStringLiteral("统一社会信用代码")
                             : QStringLiteral("居民身份证"));
    QJsonObject c{
            {QStringLiteral("id"), id},
            {QStringLiteral("caseNo"), caseNo},
            {QStringLiteral("itemCode"), item.value(QStringLiteral("code"))},
            {QStringLiteral("itemName"), item.value(QStringLiteral("name"))},
            {QStringLiteral("department"), item.value(QStringLiteral("department"))},
            {QStringLiteral("departmentName"), item.value(QStringLiteral("departmentName"))},
            {QStringLiteral("applicant"), applicant},
            {QStringLiteral("channel"), QStringLiteral("counter")},
            {QStringLiteral("stage"), QStringLiteral("preReview")},
            {QStringLiteral("receivedAt"), receivedAt.toString(Qt::ISODate)},
            {QStringLiteral("stageStartedAt"), receivedAt.toString(Qt::ISODate)},
            {QStringLiteral("updatedAt"), now.toTimeZone(china).toString(Qt::ISODate)},
            {QStringLiteral("claimedBy"), user.userName},
            {QStringLiteral("claimedByName"), user.displayName},
            {QStringLiteral("version"), 1},
            {QStringLiteral("materials"), QJsonArray()},
            {QStringLiteral("receivedMaterials"), body.value(QStringLiteral("materials"))},
    };
    if (body.contains(QStringLiteral("agent")))
        c.insert(QStringLiteral("agent"), body.value(QStringLiteral("agent")));
    if (!text(body, "remarks").isEmpty())
        c.insert(QStringLiteral("remarks"), text(body, "remarks"));
    appendHistory(c, receivedAt.toString(Qt::ISODate), text(applicant, "name"),
                  QStringLiteral("submitted"), QStringLiteral("窗口收件"));
    appendHistory(c, now.toTimeZone(china).toString(Qt::ISODate), user.userName,
                  QStringLiteral("claim"));
    return c;
}

} // namespace sim

#include "JsonMapping.h"

#include "cases/CaseCodec.h"
#include "cases/RecordReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace casedesk::json {

namespace {

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("JsonMapping",
                                                 "The platform sent an answer that is not "
                                                 "valid JSON (%1 at byte %2).")
                             .arg(parseError.error != QJsonParseError::NoError
                                          ? parseError.errorString()
                                          : QCoreApplication::translate("JsonMapping",
                                                                        "not an object"))
                             .arg(parseError.offset);
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

std::optional<ServiceItem> parseItem(const QJsonObject &object, QString *error)
{
    return CaseCodec::readItem(object, QString(), error);
}

std::optional<Case> parseCase(const QJsonObject &object, QString *error)
{
    return CaseCodec::readCase(object, QString(), error);
}

std::optional<ChangePage> parseChangePage(const QByteArray &body, QString *error)
{
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    RecordReader r(*root, QString(), error);
    ChangePage page;
    const QJsonArray changes = r.array("changes");
    page.batch.cursor = r.string("nextCursor");
    page.hasMore = r.boolean("hasMore", false);
    if (!r.ok())
        return std::nullopt;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString path = QStringLiteral("changes[%1]").arg(i);
        if (!changes.at(i).isObject()) {
            if (error)
                *error = QCoreApplication::translate("JsonMapping",
                                                     "The platform sent invalid data: %1 %2.")
                                 .arg(path,
                                      QCoreApplication::translate("JsonMapping",
                                                                  "is not an object"));
            return std::nullopt;
        }
        const QJsonObject change = changes.at(i).toObject();
        RecordReader c(change, path, error);
        const QString type = c.string("type");
        const QString op = c.string("op");
        const QString id = c.string("id");
        if (!c.ok())
            return std::nullopt;
        const bool isDelete = op == QLatin1String("delete");
        if (!isDelete && op != QLatin1String("upsert")) {
            c.fail("op", QCoreApplication::translate("JsonMapping", "names an unknown operation"));
            return std::nullopt;
        }
        ++page.changeCount;
        const QJsonObject data = isDelete ? QJsonObject() : c.object("data");
        if (!c.ok())
            return std::nullopt;
        const QString dataPath = path + QStringLiteral(".data");
        if (type == QLatin1String("case")) {
            if (isDelete) {
                page.batch.deletedCases.append(id);
                continue;
            }
            auto parsed = CaseCodec::readCase(data, dataPath, error);
            if (!parsed)
                return std::nullopt;
            page.batch.cases.append({std::move(*parsed), data});
        } else if (type == QLatin1String("item")) {
            if (isDelete) {
                page.batch.deletedItems.append(id);
                continue;
            }
            auto parsed = CaseCodec::readItem(data, dataPath, error);
            if (!parsed)
                return std::nullopt;
            page.batch.items.append(std::move(*parsed));
        } else if (type == QLatin1String("calendar") && !isDelete) {
            page.batch.calendars.append(data);
        } else if (type == QLatin1String("rating") && !isDelete) {
            // Shown, never computed with: one the client cannot place is skipped, not fatal.
            const QString caseId = data.value(QLatin1String("caseId")).toString();
            if (!caseId.isEmpty())
                page.batch.ratings.append(
                        {id, caseId, QJsonDocument(data).toJson(QJsonDocument::Compact)});
        }
        // Other types (inquiries) belong to later versions of the client;
        // skipping them keeps an older client syncing against a newer platform.
    }
    return page;
}

std::optional<Tokens> parseTokens(const QByteArray &body, const QDateTime &now, QString *error)
{
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    RecordReader r(*root, QString(), error);
    Tokens tokens;
    tokens.accessToken = r.string("access_token");
    tokens.refreshToken = r.string("refresh_token");
    const qint64 expiresIn = r.integer("expires_in");
    if (!r.ok())
        return std::nullopt;
    tokens.accessExpiresAt = now.addSecs(expiresIn);
    return tokens;
}

std::optional<UserInfo> parseUser(const QByteArray &body, QString *error)
{
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    RecordReader r(*root, QString(), error);
    UserInfo user;
    user.userName = r.string("userName");
    user.displayName = r.string("displayName");
    const QJsonObject department = r.object("department");
    const QJsonArray roles = r.array("roles");
    if (!r.ok())
        return std::nullopt;
    RecordReader d(department, QStringLiteral("department"), error);
    DepartmentInfo &info = user.department;
    info.code = d.string("code");
    info.name = d.string("name");
    if (!d.ok())
        return std::nullopt;
    // Optional: a platform that does not say leaves them to the profile's notice/ settings.
    info.address = department.value(QStringLiteral("address")).toString();
    info.contactPhone = department.value(QStringLiteral("contactPhone")).toString();
    info.complaintPhone = department.value(QStringLiteral("complaintPhone")).toString();
    info.reconsiderationBody = department.value(QStringLiteral("reconsiderationBody")).toString();
    info.court = department.value(QStringLiteral("court")).toString();
    info.progressUrl = department.value(QStringLiteral("progressUrl")).toString();
    for (const QJsonValue &role : roles)
        user.roles.append(role.toString());
    return user;
}

std::optional<ClaimResult> parseClaim(const QByteArray &body, QString *error)
{
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    RecordReader r(*root, QString(), error);
    ClaimResult claim;
    r.string("caseId");
    claim.version = r.integer("version");
    claim.claimedBy = r.string("claimedBy", false);
    claim.expiresAt = r.dateTime("expiresAt", false);
    if (!r.ok())
        return std::nullopt;
    return claim;
}

std::optional<NoticeReceipt> parseNoticeReceipt(const QByteArray &body, QString *error)
{
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    RecordReader r(*root, QString(), error);
    NoticeReceipt receipt;
    receipt.id = r.string("id");
    receipt.sha256 = r.string("sha256");
    receipt.size = r.integer("size");
    if (!r.ok())
        return std::nullopt;
    return receipt;
}

std::optional<QList<Licence>> parseLicences(const QByteArray &body, QString *error)
{
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    RecordReader r(*root, QString(), error);
    const QJsonArray array = r.array("licences");
    if (!r.ok())
        return std::nullopt;
    QList<Licence> list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        RecordReader l(array.at(i).toObject(), QStringLiteral("licences[%1]").arg(i), error);
        Licence licence;
        licence.id = l.string("id");
        licence.type = l.string("type");
        licence.name = l.string("name");
        licence.holderId = l.string("holderId");
        licence.number = l.string("number", false);
        licence.holderName = l.string("holderName", false);
        licence.issuedBy = l.string("issuedBy", false);
        licence.validUntil = QDate::fromString(l.string("validUntil", false), Qt::ISODate);
        licence.sourceCaseId = l.string("sourceCaseId", false);
        if (!l.ok())
            return std::nullopt;
        list.append(licence);
    }
    return list;
}

std::optional<QList<StaffMember>> parseStaff(const QByteArray &body, QString *error)
{
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    RecordReader r(*root, QString(), error);
    const QJsonArray array = r.array("staff");
    if (!r.ok())
        return std::nullopt;
    QList<StaffMember> list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        RecordReader m(array.at(i).toObject(), QStringLiteral("staff[%1]").arg(i), error);
        StaffMember member;
        member.userName = m.string("userName");
        member.displayName = m.string("displayName", false);
        member.department = m.string("department", false);
        member.role = m.string("role");
        if (!m.ok())
            return std::nullopt;
        list.append(member);
    }
    return list;
}

Problem parseProblem(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    Problem p;
    p.code = o.value(QLatin1String("code")).toString();
    if (p.code.isEmpty()) // OAuth2 errors (RFC 6749 §5.2) name it `error`
        p.code = o.value(QLatin1String("error")).toString();
    p.title = o.value(QLatin1String("title")).toString();
    p.detail = o.value(QLatin1String("detail")).toString();
    return p;
}

} // namespace casedesk::json

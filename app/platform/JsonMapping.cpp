#include "JsonMapping.h"

#include "cases/CaseCodec.h"
#include "cases/RecordReader.h"

#include <QCoreApplication>
#include <QHash>
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

    // The envelope first: a change that does not say what it is, or names a record by an id the
    // contract does not allow, cannot be set aside and fetched again, so the page is refused
    // (and asked for again at the next sync) rather than applied past it.
    struct Envelope
    {
        QString type;
        QString id;
        bool isDelete = false;
        QJsonObject data;
    };
    QList<Envelope> envelopes;
    envelopes.reserve(changes.size());
    // A record changed twice in one page: the later change is the one that holds.
    QHash<std::pair<QString, QString>, qsizetype> latest;
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
        Envelope e;
        e.type = c.string("type");
        const QString op = c.string("op");
        e.id = c.identifier("id");
        if (!c.ok())
            return std::nullopt;
        e.isDelete = op == QLatin1String("delete");
        if (!e.isDelete && op != QLatin1String("upsert")) {
            c.fail("op", QCoreApplication::translate("JsonMapping", "names an unknown operation"));
            return std::nullopt;
        }
        e.data = e.isDelete ? QJsonObject() : c.object("data");
        if (!c.ok())
            return std::nullopt;
        latest.insert({e.type, e.id}, envelopes.size());
        envelopes.append(std::move(e));
    }
    page.changeCount = int(envelopes.size());

    for (qsizetype i = 0; i < envelopes.size(); ++i) {
        const Envelope &e = envelopes.at(i);
        if (latest.value({e.type, e.id}) != i)
            continue;
        const QString dataPath = QStringLiteral("changes[%1].data").arg(i);
        QString recordError;
        auto quarantine = [&](const QString &why) {
            page.batch.quarantined.append({e.type, e.id, why, e.data});
        };
        auto sameId = [&](const QString &inData, const char *key) {
            if (inData == e.id)
                return true;
            quarantine(QCoreApplication::translate("JsonMapping",
                                                   "The platform sent invalid data: %1 %2.")
                               .arg(dataPath + QLatin1Char('.') + QLatin1String(key),
                                    QCoreApplication::translate("JsonMapping",
                                                                "does not match the change's "
                                                                "id")));
            return false;
        };
        if (e.type == QLatin1String("case")) {
            if (e.isDelete) {
                page.batch.deletedCases.append(e.id);
                continue;
            }
            auto parsed = CaseCodec::readCase(e.data, dataPath, &recordError);
            if (!parsed)
                quarantine(recordError);
            else if (sameId(parsed->id, "id"))
                page.batch.cases.append({std::move(*parsed), e.data});
        } else if (e.type == QLatin1String("item")) {
            if (e.isDelete) {
                page.batch.deletedItems.append(e.id);
                continue;
            }
            auto parsed = CaseCodec::readItem(e.data, dataPath, &recordError);
            if (!parsed)
                quarantine(recordError);
            else if (sameId(parsed->code, "code"))
                page.batch.items.append(std::move(*parsed));
        } else if (e.type == QLatin1String("calendar") && !e.isDelete) {
            page.batch.calendars.append(e.data);
        } else if (e.type == QLatin1String("rating") && !e.isDelete) {
            // Shown, never computed with; one the client cannot place on a case is kept aside.
            RecordReader rating(e.data, dataPath, &recordError);
            const QString caseId = rating.identifier("caseId");
            if (!rating.ok())
                quarantine(recordError);
            else
                page.batch.ratings.append(
                        {e.id, caseId, QJsonDocument(e.data).toJson(QJsonDocument::Compact)});
        }
        // Other types (inquiries) belong to later versions of the client;
        // skipping them keeps an older client syncing against a newer platform.
    }
    return page;
}

std::optional<ItemListing> parseItemListing(const QByteArray &body, QString *error)
{
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    RecordReader r(*root, QString(), error);
    const QJsonArray array = r.array("items");
    if (!r.ok())
        return std::nullopt;
    ItemListing listing;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString path = QStringLiteral("items[%1]").arg(i);
        QString itemError;
        auto item = CaseCodec::readItem(object, path, &itemError);
        if (item)
            listing.items.append(std::move(*item));
        else
            listing.unreadable.append({object.value(QLatin1String("code")).toString(), itemError});
    }
    return listing;
}

std::optional<QList<DigestGroup>> parseCacheDigest(const QByteArray &body, QString *error)
{
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    RecordReader r(*root, QString(), error);
    const QJsonArray array = r.array("groups");
    if (!r.ok())
        return std::nullopt;
    QList<DigestGroup> groups;
    for (qsizetype i = 0; i < array.size(); ++i) {
        RecordReader g(array.at(i).toObject(), QStringLiteral("groups[%1]").arg(i), error);
        DigestGroup group;
        group.department = g.identifier("department");
        group.stage = g.identifier("stage");
        group.count = g.integer("count");
        group.digest = g.string("digest").toLatin1();
        if (!g.ok())
            return std::nullopt;
        groups.append(group);
    }
    return groups;
}

std::optional<QList<CaseVersion>> parseDigestCases(const QByteArray &body, QString *error)
{
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    RecordReader r(*root, QString(), error);
    const QJsonArray array = r.array("cases");
    if (!r.ok())
        return std::nullopt;
    QList<CaseVersion> cases;
    cases.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        RecordReader c(array.at(i).toObject(), QStringLiteral("cases[%1]").arg(i), error);
        CaseVersion v;
        v.id = c.identifier("id");
        v.version = c.integer("version");
        if (!c.ok())
            return std::nullopt;
        cases.append(v);
    }
    return cases;
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

std::optional<UploadState> parseUploadState(const QByteArray &body, QString *error)
{
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    RecordReader r(*root, QString(), error);
    UploadState state;
    state.id = r.identifier("id");
    state.size = r.integer("size");
    state.received = r.integer("received");
    state.chunkSize = r.integer("chunkSize", false);
    const QString phase = r.string("state");
    state.materialId = r.string("materialId", false);
    if (!r.ok())
        return std::nullopt;
    state.complete = phase == QLatin1String("complete");
    // An offset beyond the file would have the client send nothing and complete a hole.
    if (state.size <= 0 || state.received < 0 || state.received > state.size) {
        if (error)
            *error = QCoreApplication::translate(
                    "JsonMapping", "The platform reported an upload position outside the file.");
        return std::nullopt;
    }
    return state;
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

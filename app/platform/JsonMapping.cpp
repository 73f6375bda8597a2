#include "JsonMapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace casedesk::json {

namespace {

// Reads fields of one JSON object and remembers the first problem, with the field's path.
class Reader
{
public:
    Reader(QJsonObject object, QString path, QString *error)
        : m_object(std::move(object)), m_path(std::move(path)), m_error(error)
    {
    }

    bool ok() const { return m_ok; }

    QString string(const char *key, bool required = true)
    {
        const QJsonValue v = value(key, required, QJsonValue::String);
        return v.toString();
    }
    qint64 integer(const char *key, bool required = true)
    {
        const QJsonValue v = value(key, required, QJsonValue::Double);
        const double d = v.toDouble();
        if (v.isDouble() && (d != static_cast<double>(static_cast<qint64>(d))))
            fail(key, QCoreApplication::translate("JsonMapping", "is not an integer"));
        return static_cast<qint64>(d);
    }
    bool boolean(const char *key, bool fallback)
    {
        const QJsonValue v = value(key, false, QJsonValue::Bool);
        return v.isBool() ? v.toBool() : fallback;
    }
    QJsonObject object(const char *key, bool required = true)
    {
        return value(key, required, QJsonValue::Object).toObject();
    }
    QJsonArray array(const char *key, bool required = true)
    {
        return value(key, required, QJsonValue::Array).toArray();
    }
    QDateTime dateTime(const char *key, bool required = true)
    {
        const QString text = string(key, required);
        if (text.isEmpty())
            return {};
        const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid())
            fail(key,
                 QCoreApplication::translate("JsonMapping", "is not an ISO 8601 date and time"));
        return dt;
    }
    QString path(const char *key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key)
                                : m_path + QLatin1Char('.') + QString::fromLatin1(key);
    }
    void fail(const char *key, const QString &problem)
    {
        if (!m_ok)
            return;
        m_ok = false;
        if (m_error)
            *m_error = QCoreApplication::translate("JsonMapping",
                                                   "The platform sent invalid data: %1 %2.")
                               .arg(path(key), problem);
    }

private:
    QJsonValue value(const char *key, bool required, QJsonValue::Type type)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QCoreApplication::translate("JsonMapping", "is missing"));
            return QJsonValue();
        }
        if (v.type() != type) {
            fail(key, QCoreApplication::translate("JsonMapping", "has the wrong type"));
            return QJsonValue();
        }
        return v;
    }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    bool m_ok = true;
};

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

TimeLimit parseLimit(Reader &r, const char *key)
{
    const QJsonObject o = r.object(key, false);
    if (o.isEmpty())
        return {};
    Reader lr(o, r.path(key), nullptr);
    TimeLimit limit;
    limit.value = static_cast<int>(lr.integer("value"));
    const QString unit = lr.string("unit");
    if (!lr.ok() || limit.value < 0 || limit.value > 3650)
        r.fail(key, QCoreApplication::translate("JsonMapping", "is not a valid time limit"));
    if (unit == QLatin1String("naturalDays"))
        limit.unit = LimitUnit::NaturalDays;
    else if (unit == QLatin1String("workingDays"))
        limit.unit = LimitUnit::WorkingDays;
    else
        r.fail(key, QCoreApplication::translate("JsonMapping", "has an unknown unit"));
    return limit;
}

std::optional<ServiceItem> parseItemAt(const QJsonObject &object, const QString &path,
                                       QString *error)
{
    Reader r(object, path, error);
    ServiceItem item;
    item.code = r.string("code");
    item.name = r.string("name");
    item.department = r.string("department");
    item.kind = r.string("kind", false);
    item.legalLimit = parseLimit(r, "legalLimit");
    item.promisedLimit = parseLimit(r, "promisedLimit");
    item.legalBasis = r.string("legalBasis", false);
    item.fees = r.string("fees", false);
    const QJsonArray materials = r.array("materials", false);
    for (qsizetype i = 0; r.ok() && i < materials.size(); ++i) {
        Reader m(materials.at(i).toObject(), r.path("materials") + QStringLiteral("[%1]").arg(i),
                 error);
        RequiredMaterial material;
        material.name = m.string("name");
        material.required = m.boolean("required", true);
        material.original = m.boolean("original", false);
        if (!m.ok())
            return std::nullopt;
        item.materials.append(material);
    }
    if (!r.ok())
        return std::nullopt;
    return item;
}

std::optional<Case> parseCaseAt(const QJsonObject &object, const QString &path, QString *error)
{
    Reader r(object, path, error);
    Case c;
    c.id = r.string("id");
    c.caseNo = r.string("caseNo");
    c.itemCode = r.string("itemCode");
    c.itemName = r.string("itemName");
    c.department = r.string("department");
    c.departmentName = r.string("departmentName", false);
    const QString stage = r.string("stage");
    if (r.ok()) {
        if (const auto s = stageFromWireName(stage))
            c.stage = *s;
        else
            r.fail("stage", QCoreApplication::translate("JsonMapping", "names an unknown stage"));
    }
    c.receivedAt = r.dateTime("receivedAt");
    c.stageStartedAt = r.dateTime("stageStartedAt", false);
    c.acceptedAt = r.dateTime("acceptedAt", false);
    c.updatedAt = r.dateTime("updatedAt", false);
    c.resubmittedAt = r.dateTime("resubmittedAt", false);
    c.decidedAt = r.dateTime("decidedAt", false);
    c.extensionDays = static_cast<int>(r.integer("extensionDays", false));
    if (c.extensionDays < 0 || c.extensionDays > 365)
        r.fail("extensionDays", QCoreApplication::translate("JsonMapping", "is out of range"));
    c.claimedBy = r.string("claimedBy", false);
    c.version = r.integer("version");

    const QJsonObject applicant = r.object("applicant");
    if (r.ok()) {
        Reader a(applicant, r.path("applicant"), error);
        const QString kind = a.string("kind");
        if (kind == QLatin1String("company"))
            c.applicant.kind = Applicant::Kind::Company;
        else if (kind == QLatin1String("person"))
            c.applicant.kind = Applicant::Kind::Person;
        else if (a.ok())
            a.fail("kind",
                   QCoreApplication::translate("JsonMapping",
                                               "names an unknown kind of applicant"));
        c.applicant.name = a.string("name");
        c.applicant.idNumber = a.string("idNumber", false);
        c.applicant.phone = a.string("phone", false);
        c.applicant.address = a.string("address", false);
        if (!a.ok())
            return std::nullopt;
    }
    const QJsonArray suspensions = r.array("suspensions", false);
    for (qsizetype i = 0; r.ok() && i < suspensions.size(); ++i) {
        Reader sr(suspensions.at(i).toObject(),
                  r.path("suspensions") + QStringLiteral("[%1]").arg(i), error);
        Suspension s;
        s.kind = sr.string("kind");
        s.reason = sr.string("reason", false);
        s.legalBasis = sr.string("legalBasis", false);
        s.start = sr.dateTime("startedAt").date();
        s.end = sr.dateTime("endedAt", false).date();
        s.limit = parseLimit(sr, "limit");
        if (sr.ok() && s.end.isValid() && s.end < s.start)
            sr.fail("endedAt", QCoreApplication::translate("JsonMapping", "lies before the start"));
        if (!sr.ok())
            return std::nullopt;
        c.suspensions.append(s);
    }
    const QJsonArray materials = r.array("materials", false);
    for (qsizetype i = 0; r.ok() && i < materials.size(); ++i) {
        Reader m(materials.at(i).toObject(), r.path("materials") + QStringLiteral("[%1]").arg(i),
                 error);
        MaterialInfo info;
        info.id = m.string("id");
        info.name = m.string("name");
        info.fileName = m.string("fileName", false);
        info.mimeType = m.string("mimeType", false);
        info.size = m.integer("size", false);
        if (!m.ok())
            return std::nullopt;
        c.materials.append(info);
    }
    // The history is shown, never computed with: an event the client cannot read is left out
    // rather than losing the whole case.
    const QJsonArray history = r.array("history", false);
    for (qsizetype i = 0; r.ok() && i < history.size(); ++i) {
        QString ignored;
        Reader e(history.at(i).toObject(), r.path("history") + QStringLiteral("[%1]").arg(i),
                 &ignored);
        CaseEvent event;
        event.at = e.dateTime("at");
        event.actor = e.string("actor");
        event.kind = e.string("kind");
        event.stage = e.string("stage", false);
        event.note = e.string("note", false);
        if (e.ok())
            c.history.append(event);
    }
    if (!r.ok())
        return std::nullopt;
    return c;
}

} // namespace

std::optional<ServiceItem> parseItem(const QJsonObject &object, QString *error)
{
    return parseItemAt(object, QString(), error);
}

std::optional<Case> parseCase(const QJsonObject &object, QString *error)
{
    return parseCaseAt(object, QString(), error);
}

std::optional<ChangePage> parseChangePage(const QByteArray &body, QString *error)
{
    const auto root = parseObject(body, error);
    if (!root)
        return std::nullopt;
    Reader r(*root, QString(), error);
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
        Reader c(change, path, error);
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
            auto parsed = parseCaseAt(data, dataPath, error);
            if (!parsed)
                return std::nullopt;
            page.batch.cases.append(
                    {std::move(*parsed), QJsonDocument(data).toJson(QJsonDocument::Compact)});
        } else if (type == QLatin1String("item")) {
            if (isDelete) {
                page.batch.deletedItems.append(id);
                continue;
            }
            auto parsed = parseItemAt(data, dataPath, error);
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
    Reader r(*root, QString(), error);
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
    Reader r(*root, QString(), error);
    UserInfo user;
    user.userName = r.string("userName");
    user.displayName = r.string("displayName");
    const QJsonObject department = r.object("department");
    const QJsonArray roles = r.array("roles");
    if (!r.ok())
        return std::nullopt;
    Reader d(department, QStringLiteral("department"), error);
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
    Reader r(*root, QString(), error);
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
    Reader r(*root, QString(), error);
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
    Reader r(*root, QString(), error);
    const QJsonArray array = r.array("licences");
    if (!r.ok())
        return std::nullopt;
    QList<Licence> list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Reader l(array.at(i).toObject(), QStringLiteral("licences[%1]").arg(i), error);
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

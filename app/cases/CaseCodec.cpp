#include "CaseCodec.h"

#include "RecordReader.h"

#include <QJsonDocument>

#include <algorithm>

namespace casedesk {

namespace {
TimeLimit parseLimit(RecordReader &r, const char *key)
{
    const QJsonObject o = r.object(key, false);
    if (o.isEmpty())
        return {};
    RecordReader lr(o, r.path(key), nullptr);
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

// An approval chain: the roles that sign, in order. Only a chief and the head approve; a
// chain naming anyone else is the platform's mistake and is refused with the item.
QList<Role> parseChain(RecordReader &r, const char *key, const QJsonArray &roles)
{
    QList<Role> chain;
    for (const QJsonValue &v : roles) {
        const std::optional<Role> role = roleFromName(v.toString());
        if (role != Role::Chief && role != Role::Head) {
            r.fail(key,
                   QCoreApplication::translate("JsonMapping",
                                               "names a role that approves nothing"));
            return {};
        }
        chain.append(*role);
    }
    return chain;
}

} // namespace

std::optional<ServiceItem> CaseCodec::readItem(const QJsonObject &object, const QString &path,
                                               QString *error)
{
    RecordReader r(object, path, error);
    ServiceItem item;
    item.code = r.identifier("code");
    item.name = r.string("name");
    item.department = r.string("department");
    item.kind = r.string("kind", false);
    item.legalLimit = parseLimit(r, "legalLimit");
    item.promisedLimit = parseLimit(r, "promisedLimit");
    item.legalBasis = r.string("legalBasis", false);
    item.fees = r.string("fees", false);
    const QJsonArray materials = r.array("materials", false);
    for (qsizetype i = 0; r.ok() && i < materials.size(); ++i) {
        RecordReader m(materials.at(i).toObject(),
                       r.path("materials") + QStringLiteral("[%1]").arg(i), error);
        RequiredMaterial material;
        material.name = m.string("name");
        material.required = m.boolean("required", true);
        material.original = m.boolean("original", false);
        if (!m.ok())
            return std::nullopt;
        item.materials.append(material);
    }
    const QJsonObject chains = r.object("approvalChain", false);
    if (r.ok() && !chains.isEmpty()) {
        RecordReader cr(chains, r.path("approvalChain"), error);
        for (const auto &[key, target] : {std::pair{"grant", &item.approvalChains.grant},
                                          std::pair{"deny", &item.approvalChains.deny}}) {
            const QJsonArray roles = cr.array(key, false);
            if (!roles.isEmpty())
                *target = parseChain(cr, key, roles);
        }
        if (!cr.ok())
            return std::nullopt;
    }
    if (!r.ok())
        return std::nullopt;
    return item;
}

std::optional<Case> CaseCodec::readCase(const QJsonObject &object, const QString &path,
                                        QString *error)
{
    RecordReader r(object, path, error);
    Case c;
    c.id = r.identifier("id");
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
    c.claimedByName = r.string("claimedByName", false);
    c.version = r.integer("version");

    const QJsonObject applicant = r.object("applicant");
    if (r.ok()) {
        RecordReader a(applicant, r.path("applicant"), error);
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
        c.applicant.idType = a.string("idType", false);
        c.applicant.legalRepresentative = a.string("legalRepresentative", false);
        if (!a.ok())
            return std::nullopt;
    }
    const QString channel = r.string("channel", false);
    if (channel == QLatin1String("counter"))
        c.channel = Channel::Counter;
    else if (!channel.isEmpty() && channel != QLatin1String("online") && r.ok())
        r.fail("channel", QCoreApplication::translate("JsonMapping", "names an unknown channel"));
    const QJsonObject agent = r.object("agent", false);
    if (r.ok() && !agent.isEmpty()) {
        RecordReader a(agent, r.path("agent"), error);
        c.agent.name = a.string("name");
        c.agent.idNumber = a.string("idNumber", false);
        c.agent.phone = a.string("phone", false);
        if (!a.ok())
            return std::nullopt;
    }
    c.remarks = r.string("remarks", false);
    const QJsonArray received = r.array("receivedMaterials", false);
    for (qsizetype i = 0; r.ok() && i < received.size(); ++i) {
        RecordReader m(received.at(i).toObject(),
                       r.path("receivedMaterials") + QStringLiteral("[%1]").arg(i), error);
        ReceivedMaterial paper;
        paper.name = m.string("name");
        paper.original = m.boolean("original", false);
        const qint64 pages = m.integer("pages", false);
        const qint64 copies = m.integer("copies", false);
        paper.copies
                = received.at(i).toObject().contains(QLatin1String("copies")) ? int(copies) : 1;
        if (m.ok() && (pages < 0 || pages > 100000 || copies < 0 || copies > 1000))
            m.fail("pages", QCoreApplication::translate("JsonMapping", "is out of range"));
        paper.pages = int(pages);
        if (!m.ok())
            return std::nullopt;
        c.receivedMaterials.append(paper);
    }
    const QJsonArray suspensions = r.array("suspensions", false);
    for (qsizetype i = 0; r.ok() && i < suspensions.size(); ++i) {
        RecordReader sr(suspensions.at(i).toObject(),
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
        RecordReader m(materials.at(i).toObject(),
                       r.path("materials") + QStringLiteral("[%1]").arg(i), error);
        MaterialInfo info;
        info.id = m.identifier("id");
        info.name = m.string("name");
        info.fileName = m.string("fileName", false);
        info.mimeType = m.string("mimeType", false);
        info.size = m.integer("size", false);
        info.sha256 = m.string("sha256", false);
        info.version = int(std::clamp<qint64>(m.integer("version", false), 0, 1 << 20));
        if (info.version < 1)
            info.version = 1;
        info.category = m.string("category", false);
        if (!m.ok())
            return std::nullopt;
        c.materials.append(info);
    }
    // The history is shown, never computed with: an event the client cannot read is left out
    // rather than losing the whole case.
    const QJsonArray history = r.array("history", false);
    for (qsizetype i = 0; r.ok() && i < history.size(); ++i) {
        QString ignored;
        RecordReader e(history.at(i).toObject(), r.path("history") + QStringLiteral("[%1]").arg(i),
                       &ignored);
        CaseEvent event;
        event.at = e.dateTime("at");
        event.actor = e.string("actor");
        event.actorName = e.string("actorName", false);
        event.kind = e.string("kind");
        event.stage = e.string("stage", false);
        event.note = e.string("note", false);
        const QJsonObject signature
                = history.at(i).toObject().value(QLatin1String("signature")).toObject();
        event.assignee = e.string("assigneeName", false);
        if (event.assignee.isEmpty())
            event.assignee = e.string("assignee", false);
        event.signatureKeyId = signature.value(QLatin1String("keyId")).toString();
        event.signatureVerified = signature.value(QLatin1String("verified")).toBool();
        if (e.ok())
            c.history.append(event);
    }
    // What was decided on the way: shown and printed, so a malformed part is left out rather
    // than losing the whole case (like the history).
    QString ignored;
    c.preReviewOpinion = object.value(QLatin1String("preReviewOpinion")).toString();
    c.suspendedFrom = stageFromWireName(object.value(QLatin1String("suspendedFrom")).toString());
    for (const QJsonValue &v : object.value(QLatin1String("correctionItems")).toArray()) {
        RecordReader item(v.toObject(), QString(), &ignored);
        const CorrectionItem ci{item.string("material"), item.string("reason", false)};
        if (item.ok())
            c.correctionItems.append(ci);
    }
    const QJsonObject refusal = object.value(QLatin1String("refusal")).toObject();
    c.refusalReasons = refusal.value(QLatin1String("reasons")).toString();
    c.refusalLegalBasis = refusal.value(QLatin1String("legalBasis")).toString();
    const QJsonObject proposal = object.value(QLatin1String("proposal")).toObject();
    const QString decision = proposal.value(QLatin1String("proposal")).toString();
    if (decision == QLatin1String("grant") || decision == QLatin1String("deny"))
        c.proposal = {decision, proposal.value(QLatin1String("opinion")).toString(),
                      proposal.value(QLatin1String("reasons")).toString(),
                      proposal.value(QLatin1String("legalBasis")).toString()};
    const QJsonObject approval = object.value(QLatin1String("approval")).toObject();
    {
        RecordReader ar(approval, QString(), &ignored);
        const QList<Role> chain
                = parseChain(ar, "chain", approval.value(QLatin1String("chain")).toArray());
        if (ar.ok())
            c.approval.chain = chain;
        for (const QJsonValue &v : approval.value(QLatin1String("approvals")).toArray()) {
            RecordReader sr(v.toObject(), QString(), &ignored);
            ApprovalSign sign;
            const std::optional<Role> role = roleFromName(sr.string("role"));
            sign.by = sr.string("by");
            sign.byName = sr.string("byName", false);
            sign.at = sr.dateTime("at");
            // A step the client cannot read would shift every step after it: the record stops.
            if (!sr.ok() || !role)
                break;
            sign.role = *role;
            c.approval.signs.append(sign);
        }
    }
    c.decision = object.value(QLatin1String("decision")).toString();
    c.returnComments = object.value(QLatin1String("returnComments")).toString();
    const QJsonObject extension = object.value(QLatin1String("extensionRequest")).toObject();
    c.requestedExtensionDays = extension.value(QLatin1String("days")).toInt();
    c.extensionReason = extension.value(QLatin1String("reason")).toString();
    c.extensionRecommendation = extension.value(QLatin1String("recommendation")).toString();
    if (!r.ok())
        return std::nullopt;
    return c;
}

std::optional<Case> CaseCodec::decode(const QByteArray &record, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(record, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("JsonMapping",
                                                 "The stored case is not a JSON object (%1).")
                             .arg(parseError.errorString());
        return std::nullopt;
    }
    return readCase(doc.object(), QString(), error);
}

} // namespace casedesk

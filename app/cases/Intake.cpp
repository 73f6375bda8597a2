#include "Intake.h"

#include "CaseStage.h"
#include "IdentityNumber.h"
#include "RecordReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

namespace casedesk {

namespace {

class Intake
{
    Q_DECLARE_TR_FUNCTIONS(Intake)
};

constexpr int kLongestName = 100;
constexpr int kLongestCompanyName = 200;
constexpr int kLongestText = 2000;

void insertIfSet(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

QJsonObject applicantJson(const Applicant &a)
{
    QJsonObject o{{QStringLiteral("kind"),
                   a.kind == Applicant::Kind::Company ? QStringLiteral("company")
                                                      : QStringLiteral("person")},
                  {QStringLiteral("name"), a.name},
                  {QStringLiteral("idNumber"), a.idNumber}};
    insertIfSet(o, "phone", a.phone);
    insertIfSet(o, "address", a.address);
    insertIfSet(o, "legalRepresentative", a.legalRepresentative);
    return o;
}

QJsonObject agentJson(const Agent &a)
{
    QJsonObject o{{QStringLiteral("name"), a.name}, {QStringLiteral("idNumber"), a.idNumber}};
    insertIfSet(o, "phone", a.phone);
    return o;
}

QJsonArray materialsJson(const QList<ReceivedMaterial> &materials)
{
    QJsonArray list;
    for (const ReceivedMaterial &m : materials)
        list.append(QJsonObject{{QStringLiteral("name"), m.name},
                                {QStringLiteral("original"), m.original},
                                {QStringLiteral("pages"), m.pages},
                                {QStringLiteral("copies"), m.copies}});
    return list;
}

bool tooLong(const QString &text, int limit)
{
    return text.size() > limit;
}

} // namespace

IntakeApplication normalizedIntake(IntakeApplication application)
{
    const QDate any;
    application.applicant.name = application.applicant.name.trimmed();
    application.applicant.idNumber = application.applicant.kind == Applicant::Kind::Company
            ? checkCreditCode(application.applicant.idNumber).normalized
            : checkCitizenId(application.applicant.idNumber, any).normalized;
    application.applicant.phone = application.applicant.phone.trimmed();
    application.applicant.address = application.applicant.address.trimmed();
    application.applicant.legalRepresentative = application.applicant.legalRepresentative.trimmed();
    application.agent.name = application.agent.name.trimmed();
    if (application.agent.isPresent())
        application.agent.idNumber = checkCitizenId(application.agent.idNumber, any).normalized;
    application.agent.phone = application.agent.phone.trimmed();
    application.remarks = application.remarks.trimmed();
    for (ReceivedMaterial &m : application.materials)
        m.name = m.name.trimmed();
    return application;
}

QStringList intakeProblems(const IntakeApplication &application, const ServiceItem *item,
                           QDate today)
{
    QStringList problems;
    if (!item)
        problems.append(Intake::tr("Choose the service item the application is for."));
    const Applicant &a = application.applicant;
    const bool company = a.kind == Applicant::Kind::Company;
    if (a.name.trimmed().isEmpty())
        problems.append(company ? Intake::tr("The organisation's name is missing.")
                                : Intake::tr("The applicant's name is missing."));
    else if (tooLong(a.name, company ? kLongestCompanyName : kLongestName))
        problems.append(Intake::tr("The applicant's name is too long."));
    const IdentityCheck id
            = company ? checkCreditCode(a.idNumber) : checkCitizenId(a.idNumber, today);
    if (!id.isValid())
        problems.append(Intake::tr("Applicant: %1").arg(id.problem));
    if (company && a.legalRepresentative.trimmed().isEmpty())
        problems.append(Intake::tr("The legal representative is missing."));
    if (tooLong(a.phone, 40) || tooLong(a.address, 200) || tooLong(a.legalRepresentative, 100))
        problems.append(
                Intake::tr("The applicant's telephone, address or legal representative is too "
                           "long."));
    if (application.agent.isPresent() || !application.agent.idNumber.trimmed().isEmpty()) {
        if (application.agent.name.trimmed().isEmpty())
            problems.append(Intake::tr("The agent's name is missing."));
        const IdentityCheck agentId = checkCitizenId(application.agent.idNumber, today);
        if (!agentId.isValid())
            problems.append(Intake::tr("Agent: %1").arg(agentId.problem));
    }
    if (tooLong(application.remarks, kLongestText))
        problems.append(Intake::tr("The remarks are too long."));
    if (application.receivedAt.isValid() && today.isValid()
        && application.receivedAt.toTimeZone(QTimeZone(8 * 3600)).date() > today)
        problems.append(Intake::tr("The application cannot have been received after today."));
    for (const ReceivedMaterial &m : application.materials) {
        if (m.name.trimmed().isEmpty()) {
            problems.append(Intake::tr("A material handed in has no name."));
            break;
        }
        if (m.pages < 0 || m.copies < 1) {
            problems.append(Intake::tr("A material's pages or copies are not a count."));
            break;
        }
    }
    return problems;
}

QStringList missingMaterials(const IntakeApplication &application, const ServiceItem &item)
{
    QStringList missing;
    for (const RequiredMaterial &required : item.materials) {
        if (!required.required)
            continue;
        const bool handedIn
                = std::any_of(application.materials.cbegin(), application.materials.cend(),
                              [&](const ReceivedMaterial &m) { return m.name == required.name; });
        if (!handedIn)
            missing.append(required.name);
    }
    return missing;
}

QJsonObject intakeBody(const IntakeApplication &application)
{
    QJsonObject body{{QStringLiteral("itemCode"), application.itemCode},
                     {QStringLiteral("channel"), QStringLiteral("counter")},
                     {QStringLiteral("applicant"), applicantJson(application.applicant)},
                     {QStringLiteral("materials"), materialsJson(application.materials)}};
    if (application.agent.isPresent())
        body.insert(QStringLiteral("agent"), agentJson(application.agent));
    insertIfSet(body, "remarks", application.remarks);
    if (application.receivedAt.isValid())
        body.insert(QStringLiteral("receivedAt"),
                    application.receivedAt.toTimeZone(QTimeZone(8 * 3600)).toString(Qt::ISODate));
    return body;
}

std::optional<Applicant> applicantFromJson(const QJsonObject &object, QString *error)
{
    RecordReader r(object, QStringLiteral("applicant"), error);
    Applicant a;
    const QString kind = r.string("kind");
    if (kind == QLatin1String("company"))
        a.kind = Applicant::Kind::Company;
    else if (r.ok() && kind != QLatin1String("person"))
        r.fail("kind",
               QCoreApplication::translate("JsonMapping", "names an unknown kind of applicant"));
    a.name = r.string("name");
    a.idNumber = r.string("idNumber");
    a.phone = r.string("phone", false);
    a.address = r.string("address", false);
    a.legalRepresentative = r.string("legalRepresentative", false);
    if (!r.ok())
        return std::nullopt;
    return a;
}

std::optional<Agent> agentFromJson(const QJsonObject &object, QString *error)
{
    RecordReader r(object, QStringLiteral("agent"), error);
    Agent a;
    a.name = r.string("name");
    a.idNumber = r.string("idNumber");
    a.phone = r.string("phone", false);
    if (!r.ok())
        return std::nullopt;
    return a;
}

std::optional<IntakeApplication> intakeFromBody(const QJsonObject &body, QString *error)
{
    RecordReader r(body, {}, error);
    IntakeApplication application;
    application.itemCode = r.string("itemCode");
    application.remarks = r.string("remarks", false);
    application.receivedAt = r.dateTime("receivedAt", false);
    const QJsonObject applicant = r.object("applicant");
    const QJsonObject agent = r.object("agent", false);
    const QJsonArray materials = r.array("materials", false);
    if (!r.ok())
        return std::nullopt;
    const auto a = applicantFromJson(applicant, error);
    if (!a)
        return std::nullopt;
    application.applicant = *a;
    if (!agent.isEmpty()) {
        const auto g = agentFromJson(agent, error);
        if (!g)
            return std::nullopt;
        application.agent = *g;
    }
    for (qsizetype i = 0; i < materials.size(); ++i) {
        RecordReader m(materials.at(i).toObject(), QStringLiteral("materials[%1]").arg(i), error);
        ReceivedMaterial paper;
        paper.name = m.string("name");
        paper.original = m.boolean("original", false);
        paper.pages = int(std::clamp<qint64>(m.integer("pages", false), -1, 100000));
        paper.copies = materials.at(i).toObject().contains(QLatin1String("copies"))
                ? int(std::clamp<qint64>(m.integer("copies"), -1, 1000))
                : 1;
        if (!m.ok())
            return std::nullopt;
        application.materials.append(paper);
    }
    return application;
}

QJsonObject provisionalRecord(const IntakeApplication &application, const ServiceItem &item,
                              const IntakeClerk &clerk, const QString &id, const QString &number)
{
    const QTimeZone china(8 * 3600);
    const QString at = application.receivedAt.toTimeZone(china).toString(Qt::ISODate);
    QJsonObject applicant = applicantJson(application.applicant);
    applicant.insert(QStringLiteral("idType"),
                     application.applicant.kind == Applicant::Kind::Company
                             ? QStringLiteral("统一社会信用代码")
                             : QStringLiteral("居民身份证"));
    QJsonObject c{{QStringLiteral("id"), id},
                  {QStringLiteral("caseNo"), number},
                  {QStringLiteral("itemCode"), item.code},
                  {QStringLiteral("itemName"), item.name},
                  {QStringLiteral("department"), clerk.department},
                  {QStringLiteral("departmentName"), clerk.departmentName},
                  {QStringLiteral("applicant"), applicant},
                  {QStringLiteral("channel"), QStringLiteral("counter")},
                  {QStringLiteral("stage"), stageWireName(CaseStage::PreReview)},
                  {QStringLiteral("receivedAt"), at},
                  {QStringLiteral("stageStartedAt"), at},
                  {QStringLiteral("updatedAt"), at},
                  {QStringLiteral("claimedBy"), clerk.userName},
                  {QStringLiteral("claimedByName"), clerk.displayName},
                  {QStringLiteral("version"), 0},
                  {QStringLiteral("materials"), QJsonArray()},
                  {QStringLiteral("receivedMaterials"), materialsJson(application.materials)},
                  {QStringLiteral("history"),
                   QJsonArray{QJsonObject{
                           {QStringLiteral("at"), at},
                           {QStringLiteral("actor"), application.applicant.name},
                           {QStringLiteral("kind"), QStringLiteral("submitted")},
                           {QStringLiteral("stage"), stageWireName(CaseStage::PreReview)}}}}};
    if (application.agent.isPresent())
        c.insert(QStringLiteral("agent"), agentJson(application.agent));
    insertIfSet(c, "remarks", application.remarks);
    return c;
}

} // namespace casedesk

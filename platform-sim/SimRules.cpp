#include "SimRules.h"

#include "District.h"

#include <QJsonArray>
#include <QStringList>

#include <functional>

namespace sim {

namespace {

// Who takes the step and when.
struct Step
{
    QString now;
    QString actor;
    QString role;
};

using Effect = std::function<QString(QJsonObject &c, const QJsonObject &payload, const Step &step)>;

// The role of approve and return: whoever holds the approval chain's next step.
constexpr auto kApprover = "Approver";

struct Rule
{
    const char *type;
    const char *role;
    QStringList from;
    // Checks the payload; returns the problem or empty.
    std::function<QString(const QJsonObject &payload, const QJsonObject &c)> check;
    Effect apply;
};

QString requireText(const QJsonObject &p, const char *key)
{
    const QJsonValue v = p.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return QStringLiteral("payload.%1 is required").arg(QLatin1String(key));
    return {};
}

QString requireItems(const QJsonObject &p)
{
    const QJsonArray items = p.value(QStringLiteral("items")).toArray();
    if (items.isEmpty())
        return QStringLiteral(
                "payload.items must list every missing or defective material at once");
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        if (o.value(QStringLiteral("material")).toString().trimmed().isEmpty()
            || o.value(QStringLiteral("reason")).toString().trimmed().isEmpty())
            return QStringLiteral("payload.items[] needs material and reason");
    }
    return {};
}

QString refusal(const QJsonObject &p)
{
    QString problem = requireText(p, "reasons");
    if (problem.isEmpty())
        problem = requireText(p, "legalBasis");
    return problem;
}

// A proposed decision, the clerk's or the chief's own: grant or deny, with an opinion, and a
// denial with its reasons and legal basis.
QString proposalProblem(const QJsonObject &p)
{
    const QString proposal = p.value(QStringLiteral("proposal")).toString();
    if (proposal != QLatin1String("grant") && proposal != QLatin1String("deny"))
        return QStringLiteral("payload.proposal must be grant or deny");
    QString problem = requireText(p, "opinion");
    if (problem.isEmpty() && proposal == QLatin1String("deny"))
        problem = refusal(p);
    return problem;
}

void moveTo(QJsonObject &c, const char *stage, const QString &now)
{
    c.insert(QStringLiteral("stage"), QLatin1String(stage));
    c.insert(QStringLiteral("stageStartedAt"), now);
}

// The chain a proposal to `decision` goes through, by the item's policy, none of it signed.
void startApproval(QJsonObject &c, const QString &decision)
{
    c.insert(QStringLiteral("approval"),
             District::approvalRecord(c.value(QStringLiteral("itemCode")).toString(), decision));
}

// Whose step of the approval chain comes next; a case from before chains were kept is the
// chief's.
QString nextApprover(const QJsonObject &c)
{
    const QJsonObject approval = c.value(QStringLiteral("approval")).toObject();
    const QJsonArray chain = approval.value(QStringLiteral("chain")).toArray();
    const qsizetype done = approval.value(QStringLiteral("approvals")).toArray().size();
    return done < chain.size() ? chain.at(done).toString() : QStringLiteral("Chief");
}

const QList<Rule> &rules()
{
    static const QList<Rule> list{
            {"preReview",
             "Clerk",
             {QStringLiteral("preReview")},
             [](const QJsonObject &p, const QJsonObject &) {
                 const QString outcome = p.value(QStringLiteral("outcome")).toString();
                 if (outcome == QLatin1String("pass"))
                     return requireText(p, "opinion");
                 if (outcome == QLatin1String("correction"))
                     return requireItems(p);
                 if (outcome == QLatin1String("notOurs"))
                     return refusal(p);
                 return QStringLiteral("payload.outcome must be pass, correction or notOurs");
             },
             [](QJsonObject &c, const QJsonObject &p, const Step &step) {
                 const QString outcome = p.value(QStringLiteral("outcome")).toString();
                 c.insert(QStringLiteral("preReviewOpinion"), p.value(QStringLiteral("opinion")));
                 if (outcome == QLatin1String("pass"))
                     moveTo(c, "acceptance", step.now);
                 else if (outcome == QLatin1String("correction")) {
                     // The one-time notice lists these items, whichever act asked for them.
                     moveTo(c, "correction", step.now);
                     c.insert(QStringLiteral("correctionItems"), p.value(QStringLiteral("items")));
                 } else
                     moveTo(c, "refused", step.now);
                 return QString();
             }},
            {"accept",
             "Clerk",
             {QStringLiteral("preReview"), QStringLiteral("acceptance")},
             [](const QJsonObject &, const QJsonObject &) { return QString(); },
             [](QJsonObject &c, const QJsonObject &, const Step &step) {
                 moveTo(c, "review", step.now);
                 c.insert(QStringLiteral("acceptedAt"), step.now);
                 return QString();
             }},
            {"requestCorrection",
             "Clerk",
             {QStringLiteral("preReview"), QStringLiteral("acceptance")},
             [](const QJsonObject &p, const QJsonObject &) { return requireItems(p); },
             [](QJsonObject &c, const QJsonObject &p, const Step &step) {
                 moveTo(c, "correction", step.now);
                 c.insert(QStringLiteral("correctionItems"), p.value(QStringLiteral("items")));
                 return QString();
             }},
            {"refuseAcceptance",
             "Clerk",
             {QStringLiteral("preReview"), QStringLiteral("acceptance")},
             [](const QJsonObject &p, const QJsonObject &) { return refusal(p); },
             [](QJsonObject &c, const QJsonObject &p, const Step &step) {
                 moveTo(c, "refused", step.now);
                 c.insert(QStringLiteral("refusal"), p);
                 return QString();
             }},
            {"propose",
             "Clerk",
             {QStringLiteral("review")},
             [](const QJsonObject &p, const QJsonObject &) { return proposalProblem(p); },
             [](QJsonObject &c, const QJsonObject &p, const Step &step) {
                 moveTo(c, "approval", step.now);
                 c.insert(QStringLiteral("proposal"), p);
                 startApproval(c, p.value(QStringLiteral("proposal")).toString());
                 return QString();
             }},
            // One step of the chain, signed by whoever holds it; the last one decides.
            {"approve",
             kApprover,
             {QStringLiteral("approval")},
             [](const QJsonObject &, const QJsonObject &) { return QString(); },
             [](QJsonObject &c, const QJsonObject &, const Step &step) {
                 QJsonObject approval = c.value(QStringLiteral("approval")).toObject();
                 QJsonArray approvals = approval.value(QStringLiteral("approvals")).toArray();
                 approvals.append(District::approvalSign(step.role, step.actor, step.now));
                 approval.insert(QStringLiteral("approvals"), approvals);
                 c.insert(QStringLiteral("approval"), approval);
                 if (approvals.size() < approval.value(QStringLiteral("chain")).toArray().size())
                     return QString(); // the next step's holder has it now
                 moveTo(c, "decided", step.now);
                 c.insert(QStringLiteral("decidedAt"), step.now);
                 c.insert(QStringLiteral("decision"),
                          c.value(QStringLiteral("proposal"))
                                  .toObject()
                                  .value(QStringLiteral("proposal")));
                 return QString();
             }},
            // 转办: back to the dispatcher, before the department has accepted the case.
            {"transfer",
             "Chief",
             {QStringLiteral("preReview"), QStringLiteral("acceptance")},
             [](const QJsonObject &p, const QJsonObject &) { return requireText(p, "reason"); },
             [](QJsonObject &c, const QJsonObject &p, const Step &) {
                 c.insert(QStringLiteral("transferredFrom"), c.value(QStringLiteral("department")));
                 c.insert(QStringLiteral("department"), QStringLiteral("DISPATCH"));
                 c.insert(QStringLiteral("transferReason"), p.value(QStringLiteral("reason")));
                 c.remove(QStringLiteral("claimedBy"));
                 c.remove(QStringLiteral("claimedByName"));
                 return QString();
             }},
            // 改拟: the chief's own proposal replaces the clerk's, with why; still his to approve.
            {"changeProposal",
             "Chief",
             {QStringLiteral("approval")},
             [](const QJsonObject &p, const QJsonObject &c) {
                 // Once the chief has signed, a change would go past the steps after him.
                 if (nextApprover(c) != QLatin1String("Chief"))
                     return QStringLiteral("the chief's step is signed; the case waits for the %1")
                             .arg(nextApprover(c));
                 return proposalProblem(p);
             },
             [](QJsonObject &c, const QJsonObject &p, const Step &) {
                 c.insert(QStringLiteral("proposal"), p);
                 startApproval(c, p.value(QStringLiteral("proposal")).toString());
                 return QString();
             }},
            // Back to the clerk from any step of the chain: what was signed no longer stands.
            {"return",
             kApprover,
             {QStringLiteral("approval")},
             [](const QJsonObject &p, const QJsonObject &) { return requireText(p, "comments"); },
             [](QJsonObject &c, const QJsonObject &p, const Step &step) {
                 c.remove(QStringLiteral("approval"));
                 moveTo(c, "review", step.now);
                 c.insert(QStringLiteral("returnComments"), p.value(QStringLiteral("comments")));
                 return QString();
             }},
            {"requestExtension",
             "Clerk",
             {QStringLiteral("review"), QStringLiteral("approval")},
             [](const QJsonObject &p, const QJsonObject &c) {
                 const int days = p.value(QStringLiteral("days")).toInt();
                 const int used = c.value(QStringLiteral("extensionDays")).toInt();
                 if (days < 1 || used + days > 10)
                     return QStringLiteral("payload.days must be 1 to %1 (10 in all)")
                             .arg(10 - used);
                 return requireText(p, "reason");
             },
             [](QJsonObject &c, const QJsonObject &p, const Step &) {
                 c.insert(QStringLiteral("extensionRequest"), p);
                 return QString();
             }},
            // The chain of an extension: the section chief's opinion goes with the request.
            {"recommendExtension",
             "Chief",
             {QStringLiteral("review"), QStringLiteral("approval")},
             [](const QJsonObject &p, const QJsonObject &c) {
                 const QJsonObject request = c.value(QStringLiteral("extensionRequest")).toObject();
                 if (request.isEmpty())
                     return QStringLiteral("no extension was requested");
                 if (request.contains(QStringLiteral("recommendation")))
                     return QStringLiteral("the request carries a recommendation already");
                 return requireText(p, "opinion");
             },
             [](QJsonObject &c, const QJsonObject &p, const Step &) {
                 QJsonObject request = c.value(QStringLiteral("extensionRequest")).toObject();
                 request.insert(QStringLiteral("recommendation"),
                                p.value(QStringLiteral("opinion")).toString().trimmed());
                 c.insert(QStringLiteral("extensionRequest"), request);
                 return QString();
             }},
            // 经本行政机关负责人批准 (行政许可法 art. 42): the agency head's alone.
            {"approveExtension",
             "Head",
             {QStringLiteral("review"), QStringLiteral("approval")},
             [](const QJsonObject &, const QJsonObject &c) {
                 return c.contains(QStringLiteral("extensionRequest"))
                         ? QString()
                         : QStringLiteral("no extension was requested");
             },
             [](QJsonObject &c, const QJsonObject &, const Step &) {
                 const int days = c.value(QStringLiteral("extensionRequest"))
                                          .toObject()
                                          .value(QStringLiteral("days"))
                                          .toInt();
                 c.insert(QStringLiteral("extensionDays"),
                          c.value(QStringLiteral("extensionDays")).toInt() + days);
                 c.remove(QStringLiteral("extensionRequest"));
                 return QString();
             }},
            {"suspend",
             "Clerk",
             {QStringLiteral("review"), QStringLiteral("approval")},
             [](const QJsonObject &p, const QJsonObject &) {
                 static const QStringList kinds{
                         QStringLiteral("siteInspection"), QStringLiteral("hearing"),
                         QStringLiteral("testing"),        QStringLiteral("inspection"),
                         QStringLiteral("quarantine"),     QStringLiteral("appraisal"),
                         QStringLiteral("expertReview"),   QStringLiteral("publicNotice"),
                         QStringLiteral("tenderAuction")};
                 if (!kinds.contains(p.value(QStringLiteral("kind")).toString()))
                     return QStringLiteral("payload.kind is not a special procedure");
                 QString problem = requireText(p, "reason");
                 if (problem.isEmpty())
                     problem = requireText(p, "legalBasis");
                 return problem;
             },
             [](QJsonObject &c, const QJsonObject &p, const Step &step) {
                 QJsonArray suspensions = c.value(QStringLiteral("suspensions")).toArray();
                 QJsonObject s{
                         {QStringLiteral("kind"), p.value(QStringLiteral("kind"))},
                         {QStringLiteral("reason"), p.value(QStringLiteral("reason"))},
                         {QStringLiteral("legalBasis"), p.value(QStringLiteral("legalBasis"))},
                         {QStringLiteral("startedAt"), step.now}};
                 if (p.contains(QStringLiteral("limit")))
                     s.insert(QStringLiteral("limit"), p.value(QStringLiteral("limit")));
                 suspensions.append(s);
                 c.insert(QStringLiteral("suspensions"), suspensions);
                 c.insert(QStringLiteral("suspendedFrom"), c.value(QStringLiteral("stage")));
                 moveTo(c, "suspended", step.now);
                 return QString();
             }},
            {"resume",
             "Clerk",
             {QStringLiteral("suspended")},
             [](const QJsonObject &, const QJsonObject &) { return QString(); },
             [](QJsonObject &c, const QJsonObject &, const Step &step) {
                 QJsonArray suspensions = c.value(QStringLiteral("suspensions")).toArray();
                 for (qsizetype i = 0; i < suspensions.size(); ++i) {
                     QJsonObject s = suspensions.at(i).toObject();
                     if (!s.contains(QStringLiteral("endedAt"))) {
                         s.insert(QStringLiteral("endedAt"), step.now);
                         suspensions.replace(i, s);
                     }
                 }
                 c.insert(QStringLiteral("suspensions"), suspensions);
                 const QString back = c.value(QStringLiteral("suspendedFrom"))
                                              .toString(QStringLiteral("review"));
                 c.remove(QStringLiteral("suspendedFrom"));
                 c.insert(QStringLiteral("stage"), back);
                 c.insert(QStringLiteral("stageStartedAt"), step.now);
                 return QString();
             }},
            {"complete",
             "Clerk",
             {QStringLiteral("decided")},
             [](const QJsonObject &, const QJsonObject &) { return QString(); },
             [](QJsonObject &c, const QJsonObject &, const Step &step) {
                 moveTo(c, "completed", step.now);
                 c.insert(QStringLiteral("completedAt"), step.now);
                 return QString();
             }},
            {"deliver",
             "Clerk",
             {QStringLiteral("completed")},
             [](const QJsonObject &p, const QJsonObject &c) {
                 if (c.contains(QStringLiteral("deliveredAt")))
                     return QStringLiteral("the decision was delivered already");
                 const QString method = p.value(QStringLiteral("method")).toString();
                 static const QStringList methods{QStringLiteral("inPerson"),
                                                  QStringLiteral("post"),
                                                  QStringLiteral("electronic")};
                 return methods.contains(method)
                         ? QString()
                         : QStringLiteral("payload.method must be inPerson, post or electronic");
             },
             [](QJsonObject &c, const QJsonObject &p, const Step &step) {
                 c.insert(QStringLiteral("deliveredAt"), step.now);
                 c.insert(QStringLiteral("delivery"), p);
                 return QString();
             }},
    };
    return list;
}

} // namespace

QStringList actionTypes()
{
    QStringList types;
    for (const Rule &r : rules())
        types.append(QLatin1String(r.type));
    return types;
}

void appendHistory(QJsonObject &c, const QString &at, const QString &actor, const QString &kind,
                   const QString &note)
{
    QJsonArray history = c.value(QStringLiteral("history")).toArray();
    QJsonObject event{{QStringLiteral("at"), at},
                      {QStringLiteral("actor"), actor},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("stage"), c.value(QStringLiteral("stage"))}};
    if (!note.isEmpty())
        event.insert(QStringLiteral("note"), note);
    // Staff by the names people know them by; an applicant's actor is already a name.
    if (const QString name = District::staffName(actor); !name.isEmpty())
        event.insert(QStringLiteral("actorName"), name);
    history.append(event);
    c.insert(QStringLiteral("history"), history);
}

ActionOutcome applyAction(const QJsonObject &caseBefore, const QString &type,
                          const QJsonObject &payload, const QString &actor, const QString &role,
                          const QString &now)
{
    const Rule *rule = nullptr;
    for (const Rule &r : rules()) {
        if (type == QLatin1String(r.type))
            rule = &r;
    }
    if (!rule)
        return {422,
                QStringLiteral("unknown-action"),
                QStringLiteral("No action %1").arg(type),
                {}};
    const QString stage = caseBefore.value(QStringLiteral("stage")).toString();
    const bool chained = qstrcmp(rule->role, kApprover) == 0;
    if (chained && stage == QLatin1String("approval") && role != nextApprover(caseBefore))
        return {403,
                QStringLiteral("role-forbidden"),
                QStringLiteral("The next step of the approval chain is the %1's")
                        .arg(nextApprover(caseBefore)),
                {}};
    if (chained ? role != QLatin1String("Chief") && role != QLatin1String("Head")
                : role != QLatin1String(rule->role))
        return {403,
                QStringLiteral("role-forbidden"),
                QStringLiteral("A %1 may not %2").arg(role, type),
                {}};
    if (!rule->from.contains(stage))
        return {409,
                QStringLiteral("invalid-state"),
                QStringLiteral("%1 is not possible in stage %2").arg(type, stage),
                {}};
    const QString claimedBy = caseBefore.value(QStringLiteral("claimedBy")).toString();
    if (role == QLatin1String("Clerk") && !claimedBy.isEmpty() && claimedBy != actor)
        return {409,
                QStringLiteral("claimed-by-other"),
                QStringLiteral("The case is claimed by %1").arg(claimedBy),
                {}};
    if (const QString problem = rule->check(payload, caseBefore); !problem.isEmpty())
        return {422, QStringLiteral("invalid-payload"), problem, {}};
    QJsonObject after = caseBefore;
    rule->apply(after, payload, {now, actor, role});
    after.insert(QStringLiteral("version"),
                 caseBefore.value(QStringLiteral("version")).toInteger() + 1);
    after.insert(QStringLiteral("updatedAt"), now);
    QString note;
    for (const char *field : {"opinion", "reasons", "comment", "comments", "reason"}) {
        if (note.isEmpty())
            note = payload.value(QLatin1String(field)).toString();
    }
    appendHistory(after, now, actor, type, note);
    return {200, {}, {}, after};
}

} // namespace sim

#include "Workflow.h"

#include "ChinaTime.h"
#include "Suspension.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace casedesk {

namespace {
using K = ActionField::Kind;
using S = CaseStage;

const QStringList kOutcomes{QStringLiteral("pass"), QStringLiteral("correction"),
                            QStringLiteral("notOurs")};
const QStringList kProposals{QStringLiteral("grant"), QStringLiteral("deny")};
const QStringList kDelivery{QStringLiteral("inPerson"), QStringLiteral("post"),
                            QStringLiteral("electronic")};

const ActionField kReasons{"reasons", K::Text, QT_TRANSLATE_NOOP("Workflow", "Reasons")};
const ActionField kLegalBasis{"legalBasis", K::Text, QT_TRANSLATE_NOOP("Workflow", "Legal basis")};
const ActionField kItems{"items", K::Items,
                         QT_TRANSLATE_NOOP("Workflow", "Materials to correct (all at once)")};
const ActionField kOpinion{"opinion", K::Text, QT_TRANSLATE_NOOP("Workflow", "Opinion")};

bool hasText(const QJsonObject &p, const char *key)
{
    return !p.value(QLatin1String(key)).toString().trimmed().isEmpty();
}
} // namespace

std::optional<Role> roleFromName(const QString &name)
{
    if (name == QLatin1String("Clerk"))
        return Role::Clerk;
    if (name == QLatin1String("Chief"))
        return Role::Chief;
    if (name == QLatin1String("Supervisor"))
        return Role::Supervisor;
    if (name == QLatin1String("Head"))
        return Role::Head;
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("Clerk");
    case Role::Chief:
        return QStringLiteral("Chief");
    case Role::Supervisor:
        return QStringLiteral("Supervisor");
    case Role::Head:
        return QStringLiteral("Head");
    }
    return {};
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("Workflow", "Window clerk");
    case Role::Chief:
        return QCoreApplication::translate("Workflow", "Section chief");
    case Role::Supervisor:
        return QCoreApplication::translate("Workflow", "Supervisor");
    case Role::Head:
        return QCoreApplication::translate("Workflow", "Agency head");
    }
    return {};
}

const QList<Transition> &Workflow::transitions()
{
    static const QList<Transition> table{
            {"preReview",
             Role::Clerk,
             {S::PreReview},
             {{"outcome", K::Choice, QT_TRANSLATE_NOOP("Workflow", "Outcome"), kOutcomes},
              kOpinion,
              kItems,
              kReasons,
              kLegalBasis},
             QT_TRANSLATE_NOOP("Workflow", "Pre-review opinion"),
             QT_TRANSLATE_NOOP("Workflow",
                               "Ends the 2-working-day pre-review clock; passing starts the "
                               "acceptance decision.")},
            {"accept",
             Role::Clerk,
             {S::PreReview, S::Acceptance},
             {},
             QT_TRANSLATE_NOOP("Workflow", "Accept"),
             QT_TRANSLATE_NOOP("Workflow",
                               "Starts the decision limits (statutory and promised) from today.")},
            {"requestCorrection",
             Role::Clerk,
             {S::PreReview, S::Acceptance},
             {kItems},
             QT_TRANSLATE_NOOP("Workflow", "Request correction"),
             QT_TRANSLATE_NOOP("Workflow",
                               "Stops the department's clock until the applicant resubmits; the "
                               "acceptance period then starts again.")},
            {"refuseAcceptance",
             Role::Clerk,
             {S::PreReview, S::Acceptance},
             {kReasons, kLegalBasis},
             QT_TRANSLATE_NOOP("Workflow", "Refuse acceptance"),
             QT_TRANSLATE_NOOP("Workflow",
                               "Closes the case; the notice must state the remedies "
                               "(reconsideration within 60 days, litigation within 6 months).")},
            {"propose",
             Role::Clerk,
             {S::Review},
             {{"proposal", K::Choice, QT_TRANSLATE_NOOP("Workflow", "Proposed decision"),
               kProposals},
              kOpinion,
              kReasons,
              kLegalBasis},
             QT_TRANSLATE_NOOP("Workflow", "Review opinion and proposal"),
             QT_TRANSLATE_NOOP("Workflow",
                               "The decision limit keeps running while the chief decides.")},
            // 转办: a case that is not the department's goes back to the platform's dispatcher,
            // before the department accepts responsibility for it by accepting it.
            {"transfer",
             Role::Chief,
             {S::PreReview, S::Acceptance},
             {{"reason", K::Text, QT_TRANSLATE_NOOP("Workflow", "Why it is not ours")}},
             QT_TRANSLATE_NOOP("Workflow", "Transfer to the dispatcher"),
             QT_TRANSLATE_NOOP("Workflow",
                               "The platform's dispatcher routes it to the right department; it "
                               "leaves this department's list after the sync.")},
            {"approve",
             Role::Chief,
             {S::Approval},
             {{"comment", K::Text, QT_TRANSLATE_NOOP("Workflow", "Comment")}},
             QT_TRANSLATE_NOOP("Workflow", "Approve"),
             QT_TRANSLATE_NOOP("Workflow",
                               "Makes the decision; delivery is due within 10 working days.")},
            // 改拟: the chief decides otherwise than the clerk proposed, and says why; he then
            // approves his own proposal, signed over it.
            {"changeProposal",
             Role::Chief,
             {S::Approval},
             {{"proposal", K::Choice, QT_TRANSLATE_NOOP("Workflow", "Decision"), kProposals},
              {"opinion", K::Text, QT_TRANSLATE_NOOP("Workflow", "Why you change the proposal")},
              kReasons,
              kLegalBasis},
             QT_TRANSLATE_NOOP("Workflow", "Change the proposal"),
             QT_TRANSLATE_NOOP("Workflow",
                               "The case stays with you for approval; the clerk's proposal stays "
                               "in the history.")},
            {"return",
             Role::Chief,
             {S::Approval},
             {{"comments", K::Text, QT_TRANSLATE_NOOP("Workflow", "Comments")}},
             QT_TRANSLATE_NOOP("Workflow", "Return for review"),
             QT_TRANSLATE_NOOP("Workflow", "The decision limit keeps running.")},
            {"requestExtension",
             Role::Clerk,
             {S::Review, S::Approval},
             {{"days", K::Days, QT_TRANSLATE_NOOP("Workflow", "Extension (working days)")},
              {"reason", K::Text, QT_TRANSLATE_NOOP("Workflow", "Reason")}},
             QT_TRANSLATE_NOOP("Workflow", "Request an extension"),
             QT_TRANSLATE_NOOP(
                     "Workflow",
                     "Nothing changes until the agency head approves; at most 10 working days "
                     "in all.")},
            // The chain of an extension: the section chief gives his opinion, the head decides.
            {"recommendExtension",
             Role::Chief,
             {S::Review, S::Approval},
             {{"opinion", K::Text, QT_TRANSLATE_NOOP("Workflow", "Opinion")}},
             QT_TRANSLATE_NOOP("Workflow", "Opinion on the extension"),
             QT_TRANSLATE_NOOP("Workflow",
                               "Your opinion goes to the agency head with the request; the head "
                               "decides.")},
            // 经本行政机关负责人批准，可以延长十日 (行政许可法 art. 42): the head's, not the
            // chief's.
            {"approveExtension",
             Role::Head,
             {S::Review, S::Approval},
             {},
             QT_TRANSLATE_NOOP("Workflow", "Approve the extension"),
             QT_TRANSLATE_NOOP("Workflow",
                               "Moves the statutory limit by the requested days; the applicant "
                               "must be told.")},
            {"suspend",
             Role::Clerk,
             {S::Review, S::Approval},
             {{"kind", K::Choice, QT_TRANSLATE_NOOP("Workflow", "Special procedure"),
               suspensionKinds()},
              {"reason", K::Text, QT_TRANSLATE_NOOP("Workflow", "Reason")},
              kLegalBasis,
              {"limit", K::Days, QT_TRANSLATE_NOOP("Workflow", "Its own limit (working days)")}},
             QT_TRANSLATE_NOOP("Workflow", "Start a special procedure"),
             QT_TRANSLATE_NOOP("Workflow",
                               "Stops the case's clock; the procedure runs its own limit.")},
            {"resume",
             Role::Clerk,
             {S::Suspended},
             {},
             QT_TRANSLATE_NOOP("Workflow", "End the special procedure"),
             QT_TRANSLATE_NOOP("Workflow",
                               "The case's clock runs again from the next working day.")},
            {"complete",
             Role::Clerk,
             {S::Decided},
             {},
             QT_TRANSLATE_NOOP("Workflow", "Complete"),
             QT_TRANSLATE_NOOP("Workflow", "Closes the case (办结).")},
            {"deliver",
             Role::Clerk,
             {S::Completed},
             {{"method", K::Choice, QT_TRANSLATE_NOOP("Workflow", "Delivery method"), kDelivery}},
             QT_TRANSLATE_NOOP("Workflow", "Deliver"),
             QT_TRANSLATE_NOOP("Workflow", "Records delivery (送达) of the decision.")},
    };
    return table;
}

QString Workflow::eventLabel(const CaseEvent &event, Channel channel)
{
    if (const Transition *t = find(event.kind))
        return label(*t);
    if (event.kind == QLatin1String("submitted"))
        return channel == Channel::Counter
                ? QCoreApplication::translate("Workflow", "Received at the counter")
                : QCoreApplication::translate("Workflow", "Submitted online");
    if (event.kind == QLatin1String("upload"))
        return QCoreApplication::translate("Workflow", "Material uploaded");
    if (event.kind == QLatin1String("resubmitted"))
        return QCoreApplication::translate("Workflow", "Corrected materials received");
    if (event.kind == QLatin1String("claim"))
        return QCoreApplication::translate("Workflow", "Claimed");
    if (event.kind == QLatin1String("release"))
        return QCoreApplication::translate("Workflow", "Released");
    if (event.kind == QLatin1String("assign"))
        return QCoreApplication::translate("Workflow", "Assigned to %1").arg(event.assignee);
    if (event.kind == QLatin1String("notice"))
        return QCoreApplication::translate("Workflow", "Notice issued");
    if (event.kind == QLatin1String("stage")) {
        const auto stage = stageFromWireName(event.stage);
        return stage ? QCoreApplication::translate("Workflow", "Now: %1").arg(stageLabel(*stage))
                     : event.stage;
    }
    return event.kind; // a kind this version does not know: shown by name
}

const Transition *Workflow::find(const QString &verb)
{
    for (const Transition &t : transitions()) {
        if (verb == QLatin1String(t.verb))
            return &t;
    }
    return nullptr;
}

QStringList roleNames(const QList<Role> &roles)
{
    QStringList names;
    for (Role role : roles)
        names.append(roleName(role));
    return names;
}

Role Workflow::roleFor(const Transition &t, const Case &c)
{
    const QLatin1String verb(t.verb);
    if (verb == QLatin1String("approve") || verb == QLatin1String("return"))
        return c.approval.nextRole();
    return t.role;
}

QList<const Transition *> Workflow::available(const Case &c, Role role, const QString &user)
{
    QList<const Transition *> list;
    for (const Transition &t : transitions()) {
        const bool claimedByOther
                = role == Role::Clerk && !c.claimedBy.isEmpty() && c.claimedBy != user;
        if (roleFor(t, c) == role && t.from.contains(c.stage) && !claimedByOther
            && whyNot(t, c).isEmpty())
            list.append(&t);
    }
    return list;
}

QString Workflow::whyNot(const Transition &t, const Case &c)
{
    const QLatin1String verb(t.verb);
    if ((verb == QLatin1String("approveExtension") || verb == QLatin1String("recommendExtension"))
        && c.requestedExtensionDays <= 0)
        return QCoreApplication::translate("Workflow", "No extension has been requested.");
    if (verb == QLatin1String("recommendExtension") && !c.extensionRecommendation.isEmpty())
        return QCoreApplication::translate("Workflow",
                                           "The request carries your recommendation already.");
    if (verb == QLatin1String("changeProposal") && c.approval.nextRole() != Role::Chief)
        return QCoreApplication::translate("Workflow",
                                           "The section chief's step is signed; the case waits "
                                           "for the %1.")
                .arg(roleLabel(c.approval.nextRole()));
    if (verb == QLatin1String("requestExtension") && c.requestedExtensionDays > 0)
        return QCoreApplication::translate(
                "Workflow", "An extension was requested already and waits for the agency head.");
    if (verb == QLatin1String("requestExtension") && c.extensionDays >= 10)
        return QCoreApplication::translate("Workflow",
                                           "The limit was extended by 10 working days already.");
    return {};
}

QList<Violation> Workflow::check(const Case &c, Role role, const QString &user, const QString &verb,
                                 const QJsonObject &p)
{
    const Transition *t = find(verb);
    if (!t)
        return {{{}, QCoreApplication::translate("Workflow", "There is no action %1.").arg(verb)}};
    if (const Role holder = roleFor(*t, c); holder != role)
        return {{{},
                 t->role == holder
                         ? QCoreApplication::translate("Workflow",
                                                       "Your role may not take this action.")
                         : QCoreApplication::translate(
                                   "Workflow",
                                   "This step of the approval chain is the %1's (step %2 of %3).")
                                   .arg(roleLabel(holder))
                                   .arg(c.approval.signs.size() + 1)
                                   .arg(c.approval.chain.size())}};
    if (!t->from.contains(c.stage))
        return {{{},
                 QCoreApplication::translate("Workflow",
                                             "This action is not possible while the case is %1.")
                         .arg(stageLabel(c.stage))}};
    if (role == Role::Clerk && !c.claimedBy.isEmpty() && c.claimedBy != user)
        return {{{},
                 QCoreApplication::translate("Workflow", "The case is claimed by %1.")
                         .arg(c.claimedBy)}};
    if (const QString why = whyNot(*t, c); !why.isEmpty())
        return {{{}, why}};

    QList<Violation> problems;
    auto need = [&](const char *key, const QString &message) {
        if (!hasText(p, key))
            problems.append({QLatin1String(key), message});
    };
    auto needItems = [&] {
        const QJsonArray items = p.value(QStringLiteral("items")).toArray();
        if (items.isEmpty())
            problems.append({QStringLiteral("items"),
                             QCoreApplication::translate(
                                     "Workflow",
                                     "List every missing or defective material, all at once.")});
        for (const QJsonValue &item : items) {
            const QJsonObject o = item.toObject();
            if (o.value(QStringLiteral("material")).toString().trimmed().isEmpty()
                || o.value(QStringLiteral("reason")).toString().trimmed().isEmpty()) {
                problems.append(
                        {QStringLiteral("items"),
                         QCoreApplication::translate(
                                 "Workflow", "Each material to correct needs its reason.")});
                break;
            }
        }
    };
    auto needRefusal = [&] {
        need("reasons",
             QCoreApplication::translate("Workflow", "A refusal must give its reasons."));
        need("legalBasis",
             QCoreApplication::translate("Workflow", "A refusal must cite its legal basis."));
    };
    auto needChoice = [&](const char *key, const QStringList &choices) {
        if (!choices.contains(p.value(QLatin1String(key)).toString()))
            problems.append({QLatin1String(key),
                             QCoreApplication::translate("Workflow", "Choose one of: %1.")
                                     .arg(choices.join(QStringLiteral(", ")))});
    };

    const QString v = verb;
    if (v == QLatin1String("preReview")) {
        needChoice("outcome", kOutcomes);
        const QString outcome = p.value(QStringLiteral("outcome")).toString();
        if (outcome == QLatin1String("pass"))
            need("opinion",
                 QCoreApplication::translate("Workflow", "Write the pre-review opinion."));
        else if (outcome == QLatin1String("correction"))
            needItems();
        else if (outcome == QLatin1String("notOurs"))
            needRefusal();
    } else if (v == QLatin1String("requestCorrection")) {
        needItems();
    } else if (v == QLatin1String("refuseAcceptance")) {
        needRefusal();
    } else if (v == QLatin1String("propose") || v == QLatin1String("changeProposal")) {
        needChoice("proposal", kProposals);
        need("opinion",
             v == QLatin1String("propose")
                     ? QCoreApplication::translate("Workflow", "Write the review opinion.")
                     : QCoreApplication::translate("Workflow", "Say why you change the proposal."));
        if (p.value(QStringLiteral("proposal")).toString() == QLatin1String("deny"))
            needRefusal();
    } else if (v == QLatin1String("transfer")) {
        need("reason",
             QCoreApplication::translate("Workflow", "Say why the case is not the department's."));
    } else if (v == QLatin1String("return")) {
        need("comments", QCoreApplication::translate("Workflow", "Say why the case goes back."));
    } else if (v == QLatin1String("recommendExtension")) {
        need("opinion",
             QCoreApplication::translate("Workflow", "Write your opinion for the agency head."));
    } else if (v == QLatin1String("requestExtension")) {
        const int days = p.value(QStringLiteral("days")).toInt();
        const int left = 10 - c.extensionDays;
        if (days < 1 || days > left)
            problems.append(
                    {QStringLiteral("days"),
                     QCoreApplication::translate(
                             "Workflow", "An extension is 1 to %1 working days (10 in all).")
                             .arg(left)});
        need("reason",
             QCoreApplication::translate("Workflow", "Give the reason for the extension."));
    } else if (v == QLatin1String("suspend")) {
        needChoice("kind", suspensionKinds());
        need("reason",
             QCoreApplication::translate("Workflow", "Give the reason for the special procedure."));
        need("legalBasis",
             QCoreApplication::translate("Workflow",
                                         "Cite the legal basis of the special procedure."));
        // The platform's form of a limit: {"value": N, "unit": "workingDays"}.
        const QJsonValue limit = p.value(QStringLiteral("limit"));
        const int days = limit.toObject().value(QStringLiteral("value")).toInt();
        if (!limit.isUndefined() && (days < 1 || days > 365))
            problems.append(
                    {QStringLiteral("limit"),
                     QCoreApplication::translate(
                             "Workflow", "The procedure's limit is 1 to 365 working days.")});
    } else if (v == QLatin1String("deliver")) {
        needChoice("method", kDelivery);
    }
    return problems;
}

CaseStage Workflow::stageAfter(const Case &c, const QString &verb, const QJsonObject &p)
{
    const QString outcome = p.value(QStringLiteral("outcome")).toString();
    if (verb == QLatin1String("preReview"))
        return outcome == QLatin1String("pass")          ? S::Acceptance
                : outcome == QLatin1String("correction") ? S::Correction
                                                         : S::Refused;
    if (verb == QLatin1String("accept") || verb == QLatin1String("return"))
        return S::Review;
    if (verb == QLatin1String("requestCorrection"))
        return S::Correction;
    if (verb == QLatin1String("refuseAcceptance"))
        return S::Refused;
    if (verb == QLatin1String("propose"))
        return S::Approval;
    if (verb == QLatin1String("approve"))
        return c.approval.nextIsLast() ? S::Decided : S::Approval;
    if (verb == QLatin1String("suspend"))
        return S::Suspended;
    if (verb == QLatin1String("resume"))
        return c.suspendedFrom.value_or(S::Review); // where the procedure was suspended from
    if (verb == QLatin1String("complete"))
        return S::Completed;
    return c.stage; // requestExtension, approveExtension, deliver
}

void Workflow::applyLocally(Case &c, const QString &verb, const QJsonObject &p, const QDateTime &at,
                            const QString &actor)
{
    const auto text = [&p](const char *key) { return p.value(QLatin1String(key)).toString(); };
    const CaseStage before = c.stage;
    const bool decides = verb == QLatin1String("approve") && c.approval.nextIsLast();
    c.stage = stageAfter(c, verb, p);
    if (verb == QLatin1String("suspend"))
        c.suspendedFrom = before;
    else if (verb == QLatin1String("resume"))
        c.suspendedFrom.reset();
    if (c.stage != before)
        c.stageStartedAt = at;
    const bool correction = verb == QLatin1String("requestCorrection")
            || (verb == QLatin1String("preReview")
                && text("outcome") == QLatin1String("correction"));
    if (verb == QLatin1String("preReview"))
        c.preReviewOpinion = text("opinion");
    if (verb == QLatin1String("accept")) {
        c.acceptedAt = at;
    } else if (correction) {
        c.correctionItems.clear();
        for (const QJsonValue &v : p.value(QLatin1String("items")).toArray())
            c.correctionItems.append({v.toObject().value(QLatin1String("material")).toString(),
                                      v.toObject().value(QLatin1String("reason")).toString()});
    } else if (verb == QLatin1String("refuseAcceptance")) {
        c.refusalReasons = text("reasons");
        c.refusalLegalBasis = text("legalBasis");
    } else if (verb == QLatin1String("propose") || verb == QLatin1String("changeProposal")) {
        c.proposal = {text("proposal"), text("opinion"), text("reasons"), text("legalBasis")};
        // The platform sets the new proposal's chain by its policy; nothing of it is signed.
        c.approval = {};
    } else if (verb == QLatin1String("approve")) {
        c.approval.signs.append({c.approval.nextRole(), actor, QString(), at});
        if (decides) {
            c.decidedAt = at;
            c.decision = c.proposal.decision;
        }
    } else if (verb == QLatin1String("return")) {
        c.returnComments = text("comments");
        c.approval = {};
    } else if (verb == QLatin1String("requestExtension")) {
        c.requestedExtensionDays = p.value(QLatin1String("days")).toInt();
        c.extensionReason = text("reason");
    } else if (verb == QLatin1String("recommendExtension")) {
        c.extensionRecommendation = text("opinion");
    } else if (verb == QLatin1String("approveExtension")) {
        c.extensionDays += c.requestedExtensionDays;
        c.requestedExtensionDays = 0;
        c.extensionReason.clear();
        c.extensionRecommendation.clear();
    }
}

bool Workflow::fieldApplies(const Transition &t, const ActionField &field, const QJsonObject &p)
{
    const QLatin1String verb(t.verb);
    const QLatin1String name(field.name);
    const bool reasonsOrBasis
            = name == QLatin1String("reasons") || name == QLatin1String("legalBasis");
    if (verb == QLatin1String("preReview")) {
        const QString outcome = p.value(QLatin1String("outcome")).toString();
        if (name == QLatin1String("items"))
            return outcome == QLatin1String("correction");
        if (reasonsOrBasis)
            return outcome == QLatin1String("notOurs");
    }
    if ((verb == QLatin1String("propose") || verb == QLatin1String("changeProposal"))
        && reasonsOrBasis)
        return p.value(QLatin1String("proposal")).toString() == QLatin1String("deny");
    return true;
}

QString Workflow::approvalStepLabel(Role role)
{
    switch (role) {
    case Role::Chief:
        return QCoreApplication::translate("Workflow", "Section chief's review");
    case Role::Head:
        return QCoreApplication::translate("Workflow", "Agency head's signature");
    case Role::Clerk:
    case Role::Supervisor:
        break;
    }
    return roleLabel(role);
}

QString Workflow::approvalChainText(const ApprovalRecord &record, const QString &here)
{
    QStringList steps;
    for (qsizetype i = 0; i < record.chain.size(); ++i) {
        const QString step = approvalStepLabel(record.chain.at(i));
        if (i < record.signs.size()) {
            const ApprovalSign &sign = record.signs.at(i);
            const QString who = !sign.byName.isEmpty() ? sign.byName
                    : !sign.by.isEmpty()               ? sign.by
                                                       : here;
            steps.append(QCoreApplication::translate("Workflow", "%1 ✓ %2 %3")
                                 .arg(step, who, chinaTimeText(sign.at)));
        } else if (i == record.signs.size()) {
            steps.append(
                    QCoreApplication::translate("Workflow", "%1 (holds the case now)").arg(step));
        } else {
            steps.append(QCoreApplication::translate("Workflow", "%1 (to come)").arg(step));
        }
    }
    return steps.join(QStringLiteral(" → "));
}

QString Workflow::label(const Transition &t)
{
    return QCoreApplication::translate("Workflow", t.label);
}

QString Workflow::fieldLabel(const ActionField &f)
{
    return QCoreApplication::translate("Workflow", f.label);
}

QString Workflow::clockEffect(const Transition &t)
{
    return QCoreApplication::translate("Workflow", t.clockEffect);
}

QString Workflow::clockEffect(const Transition &t, const Case &c)
{
    if (QLatin1String(t.verb) == QLatin1String("approve") && c.stage == S::Approval
        && !c.approval.nextIsLast())
        return QCoreApplication::translate("Workflow",
                                           "Signs this step; the case goes on to the %1, whose "
                                           "approval makes the decision.")
                .arg(roleLabel(c.approval.chain.value(c.approval.signs.size() + 1)));
    return clockEffect(t);
}

} // namespace casedesk

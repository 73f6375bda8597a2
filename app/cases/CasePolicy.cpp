#include "CasePolicy.h"

#include "ChinaTime.h"

namespace casedesk {

namespace {
const QString kAcceptance = QStringLiteral("acceptance");
const QString kCorrection = QStringLiteral("correction");
const QString kRefusal = QStringLiteral("refusal");
const QString kGrant = QStringLiteral("grant");
const QString kDenial = QStringLiteral("denial");

QString decisionKind(const QString &decision)
{
    if (decision == QLatin1String("grant"))
        return kGrant;
    if (decision == QLatin1String("deny"))
        return kDenial;
    return {};
}

// The last event of the history that `matches`, or null.
template<typename Match>
QDateTime lastEvent(const Case &c, Match matches)
{
    for (auto it = c.history.crbegin(); it != c.history.crend(); ++it) {
        if (matches(*it))
            return it->at;
    }
    return {};
}
} // namespace

QString CasePolicy::noticeAfter(const Case &before, const QString &verb, const QJsonObject &payload)
{
    const QString outcome = payload.value(QLatin1String("outcome")).toString();
    if (verb == QLatin1String("accept"))
        return kAcceptance;
    if (verb == QLatin1String("requestCorrection")
        || (verb == QLatin1String("preReview") && outcome == QLatin1String("correction")))
        return kCorrection;
    if (verb == QLatin1String("refuseAcceptance")
        || (verb == QLatin1String("preReview") && outcome == QLatin1String("notOurs")))
        return kRefusal;
    if (verb == QLatin1String("approve"))
        return decisionKind(before.proposal.decision);
    return {};
}

QStringList CasePolicy::noticeKinds(const Case &c)
{
    switch (c.stage) {
    case CaseStage::PreReview:
    case CaseStage::Acceptance:
    case CaseStage::Withdrawn:
        return {};
    case CaseStage::Correction:
        return {kCorrection};
    case CaseStage::Refused:
        return {kRefusal};
    case CaseStage::Review:
    case CaseStage::Approval:
    case CaseStage::Suspended:
        return {kAcceptance};
    case CaseStage::Decided:
    case CaseStage::Completed: {
        const QString decided = decisionKind(c.decision);
        if (decided.isEmpty())
            return {kAcceptance};
        return {decided, kAcceptance};
    }
    }
    return {};
}

QDate CasePolicy::actDate(const Case &c, const QString &kind)
{
    QDateTime at;
    if (kind == kAcceptance) {
        at = c.acceptedAt;
    } else if (kind == kGrant || kind == kDenial) {
        at = c.decidedAt;
    } else if (kind == kCorrection || kind == kRefusal) {
        const CaseStage stage = kind == kCorrection ? CaseStage::Correction : CaseStage::Refused;
        const QString verb = kind == kCorrection ? QStringLiteral("requestCorrection")
                                                 : QStringLiteral("refuseAcceptance");
        if (c.stage == stage)
            at = c.stageStartedAt;
        if (!at.isValid())
            at = lastEvent(c, [&](const CaseEvent &e) {
                return e.kind == verb
                        || (e.kind == QLatin1String("preReview")
                            && e.stage == stageWireName(stage));
            });
    }
    return chinaDate(at);
}

bool CasePolicy::mayIssueNotices(const Case &c, Role role, const QString &user)
{
    // Notices go out from the window; the head and the supervisors approve and watch.
    if (role == Role::Supervisor || role == Role::Head)
        return false;
    return c.claimedBy.isEmpty() || c.claimedBy == user || role == Role::Chief;
}

bool CasePolicy::mayRevealPersonalData(Role role)
{
    return role != Role::Supervisor;
}

bool CasePolicy::mayClaim(Role role)
{
    return role == Role::Clerk;
}

bool CasePolicy::readOnlyByClaim(const Case &c, Role role, const QString &user)
{
    return role == Role::Clerk && !c.claimedBy.isEmpty() && c.claimedBy != user;
}

QList<CaseStage> CasePolicy::alertStages(Role role)
{
    switch (role) {
    case Role::Clerk:
        return {CaseStage::PreReview, CaseStage::Acceptance, CaseStage::Review,
                CaseStage::Suspended, CaseStage::Decided};
    case Role::Chief:
        return {CaseStage::Approval};
    case Role::Supervisor:
    case Role::Head:
        break;
    }
    return {};
}

} // namespace casedesk

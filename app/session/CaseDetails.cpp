#include "CaseDetails.h"
#include "PendingActions.h"

#include "cases/CaseCodec.h"
#include "cases/CasePolicy.h"
#include "notices/NoticeStore.h"
#include "notices/NoticeTemplate.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/IntakeRegister.h"
#include "store/Outbox.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace casedesk {

CaseDetailsController::CaseDetailsController(Database &db, CaseStore &store, Outbox &outbox,
                                             QString templatesDir, QObject *parent)
    : QObject(parent), m_db(db), m_store(store), m_outbox(outbox),
      m_templatesDir(std::move(templatesDir)),
      // Read once: the kinds there are templates for do not change while the window is open.
      m_templateKinds(NoticeTemplate::kinds(m_templatesDir))
{
}

void CaseDetailsController::setUser(const SessionUser &user)
{
    m_user = user;
    m_revealedCase.clear();
    reload();
}

QDate CaseDetailsController::today() const
{
    return m_today.isValid() ? m_today : m_store.platformToday();
}

void CaseDetailsController::setCase(const QString &id)
{
    // What was revealed stays revealed only while its case is shown.
    if (id != m_revealedCase)
        m_revealedCase.clear();
    m_details = load(id);
    Q_EMIT detailsChanged();
}

void CaseDetailsController::reload()
{
    setCase(m_details.caseId);
}

bool CaseDetailsController::followCreatedCase()
{
    if (!IntakeRegister::isProvisional(m_details.caseId))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT case_id FROM intakes WHERE provisional_id = ? AND case_id IS "
                             "NOT NULL"));
    q.addBindValue(m_details.caseId);
    if (!Database::exec(q) || !q.next())
        return false;
    setCase(q.value(0).toString());
    return true;
}

void CaseDetailsController::casesChanged(const QStringList &ids)
{
    if (m_details.caseId.isEmpty())
        return;
    if (ids.isEmpty() || ids.contains(m_details.caseId))
        reload();
}

bool CaseDetailsController::reveal()
{
    if (!m_details.found || !m_details.mayReveal || !m_audit)
        return false;
    // Recorded first: without the entry there is no reveal.
    if (!m_audit->append(m_user.userName, QStringLiteral("reveal"), m_details.caseId,
                         QStringLiteral("idNumber,phone")))
        return false;
    m_revealedCase = m_details.caseId;
    reload();
    return true;
}

QString CaseDetailsController::personName(const QString &userName, const QString &name) const
{
    // A login id is for machines; people are shown by the names they go by.
    if (!name.isEmpty())
        return name;
    if (userName == m_user.userName && !m_user.displayName.isEmpty())
        return m_user.displayName;
    return userName;
}

QStringList CaseDetailsController::deadlineSteps(const Case &c, const StageDeadline &deadline) const
{
    QStringList steps = deadline.explanation;
    const QDate now = today();
    if (deadline.deemedAccepted(now)
        && (c.stage == CaseStage::PreReview || c.stage == CaseStage::Acceptance))
        steps << tr("The acceptance period has passed without a decision or a correction notice: "
                    "the application counts as accepted from the day it was received.");
    if (!m_store.calendar().coversYear(now.year()))
        steps << tr("No official holiday schedule is installed for %1; only weekends and "
                    "fixed-date holidays are counted.")
                         .arg(now.year());
    return steps;
}

CaseDetails CaseDetailsController::load(const QString &id) const
{
    CaseDetails d;
    d.caseId = id;
    if (id.isEmpty())
        return d;
    bool missing = false;
    const std::optional<CaseStore::StoredCase> stored
            = m_store.storedCase(id, &d.problem, &missing);
    if (!stored)
        return d;
    d.found = true;
    d.platform = stored->platform;
    d.effective = stored->effective;
    d.personalDataWithheld = stored->personalDataWithheld;
    d.item = m_store.catalogue().item(d.platform.itemCode);
    const Case &c = d.effective;

    // The clock is the platform's, counted on the case as the platform holds it; a local action
    // shows its effect on the stage at once, and its deadline once the platform answers.
    const StageDeadline deadline = StageDeadline::forCase(d.platform, d.item ? &*d.item : nullptr,
                                                          m_store.calendar(), m_policy);
    d.due = c.stage == d.platform.stage ? deadline.due : QDate();
    d.remaining = StageDeadline::remainingText(c.stage, d.due, today(), m_store.calendar());
    d.light = StageDeadline::light(d.due, c.stage == d.platform.stage ? deadline.warnFrom : QDate(),
                                   today());
    d.deadlineSteps = deadlineSteps(d.platform, deadline);

    if (c.stage == CaseStage::Approval || c.stage == CaseStage::Decided) {
        // Signers by the names they go by; one signed here is this user, not his login id.
        ApprovalRecord record = c.approval;
        for (ApprovalSign &sign : record.signs)
            sign.byName = personName(sign.by.isEmpty() ? m_user.userName : sign.by, sign.byName);
        d.approvalChain = Workflow::approvalChainText(record, personName(m_user.userName, {}));
    }
    const std::optional<Role> role = m_user.role;
    if (role) {
        for (const Transition *t : Workflow::available(c, *role, m_user.userName))
            d.actions.append({QLatin1String(t->verb), Workflow::label(*t)});
        if (CasePolicy::readOnlyByClaim(c, *role, m_user.userName))
            d.readOnlyReason = tr("Claimed by %1: read-only for you until it is released.")
                                       .arg(personName(c.claimedBy, c.claimedByName));
        d.mayClaim = CasePolicy::mayClaim(*role) && c.claimedBy.isEmpty() && isOpenStage(c.stage);
        d.mayRelease = CasePolicy::mayClaim(*role) && c.claimedBy == m_user.userName;
        d.mayIssueNotice = CasePolicy::mayIssueNotices(c, *role, m_user.userName);
        // A notice carries the 申报号 and the platform's 文号: not before the platform has
        // the counter application.
        if (d.mayIssueNotice && IntakeRegister::isProvisional(id)) {
            d.mayIssueNotice = false;
            d.noticesWait = tr("Notices can be issued once the platform has this application "
                               "and its number (at the next sync).");
        }
        d.mayReveal = CasePolicy::mayRevealPersonalData(*role);
    }
    d.claimHolder = c.claimedBy.isEmpty() ? QString() : personName(c.claimedBy, c.claimedByName);
    d.revealed = d.mayReveal && m_revealedCase == id;

    for (const CaseEvent &e : d.platform.history) {
        const QString signature = e.signatureKeyId.isEmpty() ? QString()
                : e.signatureVerified ? tr("signature verified by the platform")
                                      : tr("signed, not verified");
        d.timeline.append({e.at, personName(e.actor, e.actorName),
                           Workflow::eventLabel(e, d.platform.channel), e.note, false, signature,
                           e.signatureKeyId});
    }
    for (const OutboxItem &item : m_outbox.items(id)) {
        const QString what = outboxActionLabel(item.verb);
        QString note;
        for (const char *field : {"opinion", "reasons", "comment", "comments", "reason"}) {
            if (note.isEmpty())
                note = item.payload.value(QLatin1String(field)).toString();
        }
        const QString keyId = item.payload.value(QLatin1String("signature"))
                                      .toObject()
                                      .value(QLatin1String("keyId"))
                                      .toString();
        d.timeline.append({item.createdAt, personName(item.user, {}), what, note, true,
                           keyId.isEmpty() ? QString() : tr("signed, the platform verifies it"),
                           keyId});
        if (item.state == OutboxItem::State::Pending)
            continue;
        QString platformState;
        if (const std::optional<Case> now = CaseCodec::decode(item.conflictJson))
            platformState = tr("On the platform now: %1 (version %2)")
                                    .arg(stageLabel(now->stage))
                                    .arg(now->version);
        d.held.append({item.id, what, item.lastError, platformState});
    }

    for (const QString &kind : CasePolicy::noticeKinds(c)) {
        if (m_templateKinds.contains(kind))
            d.noticeKinds.append(kind);
    }
    const QList<IssuedNotice> notices = NoticeStore(m_db).forCase(id);
    QHash<QString, QString> titles; // one template read per kind, not per row
    for (const IssuedNotice &n : notices) {
        if (!titles.contains(n.kind)) {
            QString error;
            const auto t = NoticeTemplate::load(n.kind, m_templatesDir, &error);
            titles.insert(n.kind, t ? t->title() : n.kind);
        }
        const QString state = n.state == IssuedNotice::State::Uploaded ? tr("On the platform")
                : n.state == IssuedNotice::State::Rejected ? tr("Refused: %1").arg(n.lastError)
                : n.lastError.isEmpty()                    ? tr("Not yet uploaded")
                                        : tr("Not yet uploaded (%1)").arg(n.lastError);
        const bool replaced
                = std::any_of(notices.cbegin(), notices.cend(),
                              [&](const IssuedNotice &o) { return o.replaces == n.id; });
        d.notices.append({n.id, n.number, titles.value(n.kind), n.issuedAt,
                          personName(n.issuedBy, {}), state, replaced});
    }
    d.related = m_store.relatedCases(id, c.applicant.name, c.applicant.idNumber);
    d.rating = m_store.caseRating(id);
    return d;
}

NoticeRequest CaseDetailsController::noticeRequest(const QString &kind) const
{
    const Case &c = m_details.effective;
    NoticeRequest request;
    request.kind = kind.isEmpty() ? m_details.noticeKinds.value(0) : kind;
    request.caseId = m_details.caseId;
    request.handler = m_user.displayName.isEmpty() ? m_user.userName : m_user.displayName;
    request.date = CasePolicy::actDate(c, request.kind);
    if (request.kind == QLatin1String("correction")) {
        for (const CorrectionItem &item : c.correctionItems)
            request.corrections.append({item.material, item.reason});
    } else if (request.kind == QLatin1String("refusal")) {
        request.reasons = c.refusalReasons;
        request.legalBasis = c.refusalLegalBasis;
    } else if (request.kind == QLatin1String("denial")) {
        request.reasons = c.proposal.reasons;
        request.legalBasis = c.proposal.legalBasis;
    }
    if (request.kind == QLatin1String("grant") || request.kind == QLatin1String("denial"))
        request.approver = approverName();
    return request;
}

QString CaseDetailsController::approverName() const
{
    // The approval on record; one taken here and not yet sent is this user's own.
    const QList<CaseEvent> &history = m_details.platform.history;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->kind == QLatin1String("approve"))
            return personName(it->actor, it->actorName);
    }
    if (m_details.effective.decidedAt.isValid() && !m_details.platform.decidedAt.isValid())
        return m_user.displayName.isEmpty() ? m_user.userName : m_user.displayName;
    return {};
}

} // namespace casedesk

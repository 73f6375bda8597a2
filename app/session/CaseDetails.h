#pragma once

#include "SessionUser.h"
#include "cases/Case.h"
#include "cases/Workflow.h"
#include "deadlines/StageDeadline.h"
#include "notices/NoticeIssuer.h"
#include "store/CaseStore.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <optional>

namespace casedesk {

class AuditLog;
class Database;
class Outbox;

// Everything the case pane shows, loaded as one value: nothing in it needs the cache again.
struct CaseDetails
{
    QString caseId;
    bool found = false;
    QString problem; // why the case cannot be shown, when it is not found

    Case platform; // as the platform last sent it
    Case effective; // with this computer's unsent actions applied
    std::optional<ServiceItem> item;
    bool personalDataWithheld = false;

    // The deadline of the current stage and how it is counted.
    QDate due;
    QString remaining;
    WarningLight light = WarningLight::None;
    QStringList deadlineSteps;

    struct Action
    {
        QString verb;
        QString label;
    };
    // The proposal's approval chain in words (科长审核 ✓ 王建国 … → 负责人签发, holds it now);
    // empty when the proposal has none on record.
    QString approvalChain;
    QList<Action> actions; // what this role may take now
    QString readOnlyReason; // why nothing is offered although the stage has actions
    QString claimHolder; // by name
    bool mayClaim = false;
    bool mayRelease = false;

    struct TimelineEntry
    {
        QDateTime at;
        QString actor;
        QString what;
        QString note;
        bool local = false; // taken here, not yet on the platform
        // An approval's personal signature, in words, and the key it was made with; empty when
        // the step is not signed.
        QString signature;
        QString signatureKey;
    };
    QList<TimelineEntry> timeline;

    // Local actions the platform did not take: what, why, and what the platform holds now.
    struct Held
    {
        qint64 id = 0;
        QString action;
        QString problem;
        QString platformState;
    };
    QList<Held> held;

    struct NoticeRow
    {
        qint64 id = 0;
        QString number;
        QString title;
        QDateTime issuedAt;
        QString issuedBy;
        QString state; // in words: not yet uploaded, on the platform, refused: …
        bool replaced = false;
    };
    QList<NoticeRow> notices;
    bool mayIssueNotice = false;
    QString noticesWait; // why no notice can be issued yet, though the role may issue them
    QStringList noticeKinds; // the kinds that fit the case's state and last act, best first

    QList<CaseSummary> related;
    CaseStore::Rating rating;
    bool mayReveal = false;
    bool revealed = false;
};

// The case beside the inbox, for one role: loads a case's details as one value and again when
// the case changes (a sync, a local action, a claim), keeps what the user revealed until another
// case is chosen, and prepares a notice from the case's last act. No widgets: the window shows
// what this holds, and tests run it per role without a window.
class CaseDetailsController : public QObject
{
    Q_OBJECT
public:
    CaseDetailsController(Database &db, CaseStore &store, Outbox &outbox, QString templatesDir,
                          QObject *parent = nullptr);

    void setUser(const SessionUser &user);
    const SessionUser &user() const { return m_user; }
    void setWarningPolicy(const WarningPolicy &policy) { m_policy = policy; }
    void setAuditLog(AuditLog *audit) { m_audit = audit; }
    // For tests and for midnight; otherwise today by the platform's clock.
    void setToday(QDate today) { m_today = today; }
    QDate today() const;

    // Shows case `id` (empty: none). The same case again only reloads it.
    void setCase(const QString &id);
    QString caseId() const { return m_details.caseId; }
    const CaseDetails &details() const { return m_details; }
    // The cases a sync, a claim or an action changed; empty: any may have.
    void casesChanged(const QStringList &ids);
    void reload();
    // A counter application shown under its provisional id that the platform has created since
    // (窗口收件): shows it under the platform's id, so the clerk's place survives the sync.
    // True when it did.
    bool followCreatedCase();

    // The applicant's ID number and phone in full, for this case, on record. False, and
    // nothing shown, when the role may not or the audit entry cannot be written.
    bool reveal();

    // A notice of `kind` for the shown case, filled from the act it records: the correction
    // items, the refusal's or denial's reasons and basis, the day of the act.
    NoticeRequest noticeRequest(const QString &kind) const;

Q_SIGNALS:
    void detailsChanged();

private:
    CaseDetails load(const QString &id) const;
    QStringList deadlineSteps(const Case &c, const StageDeadline &deadline) const;
    // Who approved the decision the case holds, by name (the grant's and denial's 批准人).
    QString approverName() const;
    QString personName(const QString &userName, const QString &name) const;

    Database &m_db;
    CaseStore &m_store;
    Outbox &m_outbox;
    QString m_templatesDir;
    QStringList m_templateKinds;
    AuditLog *m_audit = nullptr;
    SessionUser m_user;
    WarningPolicy m_policy;
    QDate m_today;
    QString m_revealedCase;
    CaseDetails m_details;
};

} // namespace casedesk

#pragma once

#include "CaseStage.h"
#include "Role.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace casedesk {

// 申请人. idNumber is a citizen ID (身份证号) for a person and the unified social credit
// code (统一社会信用代码) for a company.
struct Applicant
{
    enum class Kind { Person, Company };
    Kind kind = Kind::Person;
    QString name;
    QString idType; // 居民身份证, 统一社会信用代码 …, as the platform names it
    QString idNumber;
    QString phone;
    QString address;
    QString legalRepresentative; // 法定代表人 of a company
};

// 代办人: who hands in an application for the applicant, with a power of attorney.
struct Agent
{
    QString name;
    QString idNumber; // a citizen ID
    QString phone;
    bool isPresent() const { return !name.isEmpty(); }
};

// Where an application arrived: online (the portal, the app) or at a window (窗口收件).
enum class Channel { Online, Counter };

// A material handed in on paper at the counter, as the receipt lists it.
struct ReceivedMaterial
{
    QString name;
    bool original = false; // 原件; else 复印件
    int pages = 0;
    int copies = 1;
    bool operator==(const ReceivedMaterial &) const = default;
};

// How a time limit is counted: the law counts working days unless it says otherwise.
enum class LimitUnit { WorkingDays, NaturalDays };

struct TimeLimit
{
    int value = 0;
    LimitUnit unit = LimitUnit::WorkingDays;
    bool isValid() const { return value > 0; }
};

struct RequiredMaterial
{
    QString name;
    bool required = true;
    bool original = false;
};

// Who approves a proposal, step by step (审批链): the platform's policy per item and kind of
// decision, for example 科长审核 → 分管领导签发 for a denial.
struct ApprovalChains
{
    QList<Role> grant{Role::Chief};
    QList<Role> deny{Role::Chief};
    const QList<Role> &forDecision(const QString &decision) const
    {
        return decision == QLatin1String("deny") ? deny : grant;
    }
};

// 事项: one entry of the service item catalogue.
struct ServiceItem
{
    QString code;
    QString name;
    QString department;
    QString kind;
    TimeLimit legalLimit;
    TimeLimit promisedLimit;
    QString legalBasis;
    QString fees;
    QList<RequiredMaterial> materials;
    ApprovalChains approvalChains;
};

struct MaterialInfo
{
    QString id;
    QString name;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256; // of the file, when the platform says
    int version = 1; // a material changed after upload is a new version beside the old one
    QString category; // "receipt" for the counter's 收件回执; otherwise empty
};

// 特别程序: hearing, testing, inspection … Their time is not counted in the case's limit
// (行政许可法 art. 45); each runs a limit of its own. Kinds and labels: Suspension.h.
struct Suspension
{
    QString kind;
    QString reason;
    QString legalBasis;
    QDate start;
    QDate end; // invalid while the procedure is still running
    TimeLimit limit; // the procedure's own limit, if any

    bool isOngoing() const { return start.isValid() && !end.isValid(); }
};

// One step of the case's history on the platform (办件过程): `kind` is "submitted", "stage",
// "claim", "release", "notice" or a workflow verb; `note` the words given with it.
struct CaseEvent
{
    QDateTime at;
    QString actor;
    QString actorName; // the name staff go by; empty for the applicant (whose actor is a name)
    QString kind;
    QString stage;
    QString note;
    // 分派: to whom the case was assigned (the name staff know them by, else the user name).
    QString assignee;
    // An approval signed by its approver: his key's id, and whether the platform verified it.
    QString signatureKeyId;
    bool signatureVerified = false;
};

// One item of a correction request (补齐补正): the material and what is missing or wrong.
struct CorrectionItem
{
    QString material;
    QString reason;
    bool operator==(const CorrectionItem &) const = default;
};

// 拟办意见: the clerk's proposed decision, which the chief approves or returns.
struct Proposal
{
    QString decision; // "grant" or "deny"; empty while nothing is proposed
    QString opinion;
    QString reasons;
    QString legalBasis;
    bool isValid() const { return !decision.isEmpty(); }
};

// One step of an approval chain signed: by whom, in which role, when.
struct ApprovalSign
{
    Role role = Role::Chief;
    QString by; // user name; empty for a step taken here and not yet sent
    QString byName;
    QDateTime at;
};

// Where a proposal stands in its approval chain: the steps and those signed so far.
struct ApprovalRecord
{
    QList<Role> chain; // empty: the platform keeps no chain for it, the chief decides alone
    QList<ApprovalSign> signs;

    // Whose step comes next; the chief's when nothing says otherwise.
    Role nextRole() const { return chain.value(signs.size(), Role::Chief); }
    // Whether the next signature is the chain's last, which makes the decision.
    bool nextIsLast() const { return signs.size() + 1 >= chain.size(); }
};

// 办件: one application as the platform last told us.
struct Case
{
    QString id;
    QString caseNo; // 申报号
    QString itemCode;
    QString itemName;
    QString department;
    QString departmentName;
    Applicant applicant;
    Channel channel = Channel::Online;
    Agent agent; // counter applications handed in by an agent
    QString remarks; // the window clerk's, at intake
    QList<ReceivedMaterial> receivedMaterials; // counter applications: the papers handed in
    CaseStage stage = CaseStage::PreReview;
    QDateTime receivedAt;
    QDateTime stageStartedAt;
    QDateTime acceptedAt; // null until accepted
    QDateTime
            resubmittedAt; // the applicant's last complete resubmission after a correction request
    QDateTime decidedAt; // grant or denial
    int extensionDays = 0; // approved extension of the legal limit (延期)
    QList<Suspension> suspensions;
    QString claimedBy;
    QString claimedByName; // the name the holder goes by, when the platform gives it
    qint64 version = 0;
    QDateTime updatedAt;
    QList<MaterialInfo> materials;
    QList<CaseEvent> history;

    // What was decided on the way, as the platform holds it (the notices and the chief read it).
    QString preReviewOpinion;
    std::optional<CaseStage> suspendedFrom; // while suspended: where resume returns to
    QList<CorrectionItem> correctionItems; // the last correction request
    QString refusalReasons; // 不予受理
    QString refusalLegalBasis;
    Proposal proposal;
    ApprovalRecord approval; // the proposal's way through its approval chain
    QString decision; // "grant" or "deny" once approved
    QString returnComments; // the chief's, when the case came back for review
    int requestedExtensionDays = 0; // an extension waiting for approval
    QString extensionReason;
    // The section chief's opinion on the request, when he gave one (the head decides).
    QString extensionRecommendation;
};

} // namespace casedesk

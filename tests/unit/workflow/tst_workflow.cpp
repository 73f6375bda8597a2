#include "cases/Workflow.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace casedesk;

Q_DECLARE_METATYPE(casedesk::Role)
Q_DECLARE_METATYPE(casedesk::CaseStage)
Q_DECLARE_METATYPE(QList<casedesk::Role>)

namespace {
const QList<CaseStage> kStages{CaseStage::PreReview, CaseStage::Acceptance, CaseStage::Correction,
                               CaseStage::Review,    CaseStage::Approval,   CaseStage::Suspended,
                               CaseStage::Decided,   CaseStage::Completed,  CaseStage::Refused,
                               CaseStage::Withdrawn};
const QList<std::pair<Role, const char *>> kRoles{{Role::Clerk, "clerk"},
                                                  {Role::Chief, "chief"},
                                                  {Role::Supervisor, "supervisor"},
                                                  {Role::Head, "head"}};

QJsonObject items()
{
    return {{QStringLiteral("items"),
             QJsonArray{QJsonObject{{QStringLiteral("material"), QStringLiteral("营业执照")},
                                    {QStringLiteral("reason"), QStringLiteral("复印件不清晰")}}}}};
}

// A payload with everything the law asks for each action.
QJsonObject complete(const QString &verb)
{
    if (verb == QLatin1String("preReview"))
        return {{QStringLiteral("outcome"), QStringLiteral("pass")},
                {QStringLiteral("opinion"), QStringLiteral("材料齐全")}};
    if (verb == QLatin1String("requestCorrection"))
        return items();
    if (verb == QLatin1String("refuseAcceptance"))
        return {{QStringLiteral("reasons"), QStringLiteral("不属于本机关职权范围")},
                {QStringLiteral("legalBasis"), QStringLiteral("《行政许可法》第三十二条")}};
    if (verb == QLatin1String("propose"))
        return {{QStringLiteral("proposal"), QStringLiteral("grant")},
                {QStringLiteral("opinion"), QStringLiteral("符合条件")}};
    if (verb == QLatin1String("return"))
        return {{QStringLiteral("comments"), QStringLiteral("请补充现场核查记录")}};
    if (verb == QLatin1String("transfer"))
        return {{QStringLiteral("reason"), QStringLiteral("属于区卫健局职责")}};
    if (verb == QLatin1String("changeProposal"))
        return {{QStringLiteral("proposal"), QStringLiteral("grant")},
                {QStringLiteral("opinion"), QStringLiteral("经复核，场所符合要求")}};
    if (verb == QLatin1String("recommendExtension"))
        return {{QStringLiteral("opinion"), QStringLiteral("同意延长，请负责人审批")}};
    if (verb == QLatin1String("requestExtension"))
        return {{QStringLiteral("days"), 10},
                {QStringLiteral("reason"), QStringLiteral("情况复杂")}};
    if (verb == QLatin1String("suspend"))
        return {{QStringLiteral("kind"), QStringLiteral("hearing")},
                {QStringLiteral("reason"), QStringLiteral("申请人申请听证")},
                {QStringLiteral("legalBasis"), QStringLiteral("《行政许可法》第四十五条")}};
    if (verb == QLatin1String("deliver"))
        return {{QStringLiteral("method"), QStringLiteral("electronic")}};
    return {};
}

// Who takes which step of the procedure, and from where: written from the law and the district's
// rules, not read from Workflow's own table, so that the two are checked against each other.
struct Step
{
    const char *verb;
    Role role;
    QList<CaseStage> from;
};
using S = CaseStage;
const QList<Step> kProcedure{
        // 预审 within 2 working days, by the window (regulation: online pre-review).
        {"preReview", Role::Clerk, {S::PreReview}},
        // 行政许可法 art. 32: accept, ask once for every correction, or refuse — before
        // acceptance only, at the window.
        {"accept", Role::Clerk, {S::PreReview, S::Acceptance}},
        {"requestCorrection", Role::Clerk, {S::PreReview, S::Acceptance}},
        {"refuseAcceptance", Role::Clerk, {S::PreReview, S::Acceptance}},
        // Not the department's: the chief sends it back to the dispatcher before acceptance (转办).
        {"transfer", Role::Chief, {S::PreReview, S::Acceptance}},
        // art. 34: the review, ending in the handler's proposed decision …
        {"propose", Role::Clerk, {S::Review}},
        // … which the section chief approves or returns (审批).
        {"approve", Role::Chief, {S::Approval}},
        {"return", Role::Chief, {S::Approval}},
        // … or decides otherwise himself, with why, and approves that (改拟).
        {"changeProposal", Role::Chief, {S::Approval}},
        // art. 42: an extension of 10 days at most, asked for while the decision is pending and
        // approved by the agency's head (本行政机关负责人), not by the section chief.
        {"requestExtension", Role::Clerk, {S::Review, S::Approval}},
        // The chief's opinion goes with the request to the head (the approval chain).
        {"recommendExtension", Role::Chief, {S::Review, S::Approval}},
        {"approveExtension", Role::Head, {S::Review, S::Approval}},
        // art. 45: hearing, testing, appraisal … stop the clock during the decision, and end.
        {"suspend", Role::Clerk, {S::Review, S::Approval}},
        {"resume", Role::Clerk, {S::Suspended}},
        // 办结 after the decision, then 送达 of the result (art. 44).
        {"complete", Role::Clerk, {S::Decided}},
        {"deliver", Role::Clerk, {S::Completed}},
};

Case caseIn(CaseStage stage, const QString &claimedBy = {})
{
    Case c;
    c.id = QStringLiteral("c1");
    c.stage = stage;
    c.claimedBy = claimedBy;
    return c;
}
} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The case's history in the clerk's words: an application handed in at the counter was not
    // submitted online, and a file the counter uploaded is named as such.
    void historyStepsSayWhatHappened_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("counter");
        QTest::addColumn<QString>("label");
        QTest::newRow("online") << QStringLiteral("submitted") << false
                                << QStringLiteral("Submitted online");
        QTest::newRow("counter") << QStringLiteral("submitted") << true
                                 << QStringLiteral("Received at the counter");
        QTest::newRow("upload") << QStringLiteral("upload") << true
                                << QStringLiteral("Material uploaded");
        QTest::newRow("claim") << QStringLiteral("claim") << true << QStringLiteral("Claimed");
    }
    void historyStepsSayWhatHappened()
    {
        QFETCH(QString, kind);
        QFETCH(bool, counter);
        QFETCH(QString, label);
        CaseEvent event;
        event.kind = kind;
        QCOMPARE(Workflow::eventLabel(event, counter ? Channel::Counter : Channel::Online), label);
    }

    // Every action, for every role, in every stage: allowed exactly where the table says.
    void everyTransitionForEveryRole_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<Role>("role");
        QTest::addColumn<CaseStage>("stage");
        QTest::addColumn<bool>("allowed");
        for (const Step &step : kProcedure) {
            for (const auto &[role, roleName] : kRoles) {
                for (CaseStage stage : kStages) {
                    const bool allowed = role == step.role && step.from.contains(stage);
                    QTest::addRow("%s by %s in %s", step.verb, roleName,
                                  qPrintable(stageWireName(stage)))
                            << QString::fromLatin1(step.verb) << role << stage << allowed;
                }
            }
        }
    }

    // The procedure above names every step the client knows, and no other.
    void theTableHasEveryStepOfTheProcedure()
    {
        QStringList known;
        for (const Transition &t : Workflow::transitions())
            known.append(QString::fromLatin1(t.verb));
        QStringList written;
        for (const Step &step : kProcedure)
            written.append(QString::fromLatin1(step.verb));
        known.sort();
        written.sort();
        QCOMPARE(known, written);
    }

    // A special procedure ends where it began: a case suspended during the chief's approval
    // goes back to him, not to the review; a case from before this was recorded, to the review.
    void resumeReturnsWhereTheCaseWasSuspended_data()
    {
        QTest::addColumn<CaseStage>("from");
        QTest::newRow("suspended in review") << CaseStage::Review;
        QTest::newRow("suspended in approval") << CaseStage::Approval;
    }
    void resumeReturnsWhereTheCaseWasSuspended()
    {
        QFETCH(CaseStage, from);
        Case c = caseIn(from);
        const QDateTime at(QDate(2026, 6, 10), QTime(10, 0), QTimeZone(8 * 3600));
        Workflow::applyLocally(c, QStringLiteral("suspend"), complete(QStringLiteral("suspend")),
                               at);
        QCOMPARE(c.stage, CaseStage::Suspended);
        QCOMPARE(c.suspendedFrom, std::optional<CaseStage>(from));
        QCOMPARE(Workflow::stageAfter(c, QStringLiteral("resume"), {}), from);
        Workflow::applyLocally(c, QStringLiteral("resume"), {}, at.addDays(5));
        QCOMPARE(c.stage, from);
        QVERIFY(!c.suspendedFrom);
        QCOMPARE(Workflow::stageAfter(caseIn(CaseStage::Suspended), QStringLiteral("resume"), {}),
                 CaseStage::Review);
    }
    void everyTransitionForEveryRole()
    {
        QFETCH(QString, verb);
        QFETCH(Role, role);
        QFETCH(CaseStage, stage);
        QFETCH(bool, allowed);
        Case c = caseIn(stage);
        if (verb == QLatin1String("approveExtension")
            || verb == QLatin1String("recommendExtension"))
            c.requestedExtensionDays = 5; // there is something to approve
        const QList<Violation> problems
                = Workflow::check(c, role, QStringLiteral("clerk1"), verb, complete(verb));
        QCOMPARE(problems.isEmpty(), allowed);
        bool offered = false;
        for (const Transition *t : Workflow::available(c, role, QStringLiteral("clerk1")))
            offered |= verb == QLatin1String(t->verb);
        QCOMPARE(offered, allowed);
    }

    // An extension is asked for once and approved once (art. 42: ten days at most in all): the
    // head approves only what was requested, the clerk does not ask again while a request waits
    // or once the ten days are used, and the chief approves none.
    void anExtensionIsAskedOnceAndApprovedByTheHead_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<Role>("role");
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("granted");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("head approves a request")
                << "approveExtension" << Role::Head << 5 << 0 << true;
        QTest::newRow("head, nothing requested")
                << "approveExtension" << Role::Head << 0 << 0 << false;
        QTest::newRow("chief approves a request")
                << "approveExtension" << Role::Chief << 5 << 0 << false;
        QTest::newRow("clerk asks") << "requestExtension" << Role::Clerk << 0 << 0 << true;
        QTest::newRow("clerk asks again while one waits")
                << "requestExtension" << Role::Clerk << 5 << 0 << false;
        QTest::newRow("clerk asks after ten days were granted")
                << "requestExtension" << Role::Clerk << 0 << 10 << false;
        QTest::newRow("clerk asks for the rest")
                << "requestExtension" << Role::Clerk << 0 << 5 << true;
        QTest::newRow("chief gives his opinion")
                << "recommendExtension" << Role::Chief << 5 << 0 << true;
        QTest::newRow("chief, nothing requested")
                << "recommendExtension" << Role::Chief << 0 << 0 << false;
        QTest::newRow("head gives the chief's opinion")
                << "recommendExtension" << Role::Head << 5 << 0 << false;
    }
    // The chief's opinion is given once, and goes with the request to the head.
    void theChiefsOpinionIsGivenOnce()
    {
        Case c = caseIn(CaseStage::Approval);
        c.requestedExtensionDays = 5;
        const QJsonObject opinion = complete(QStringLiteral("recommendExtension"));
        QVERIFY(Workflow::check(c, Role::Chief, QStringLiteral("chief1"),
                                QStringLiteral("recommendExtension"), opinion)
                        .isEmpty());
        QCOMPARE(Workflow::check(c, Role::Chief, QStringLiteral("chief1"),
                                 QStringLiteral("recommendExtension"), {})
                         .value(0)
                         .field,
                 QStringLiteral("opinion"));
        Workflow::applyLocally(c, QStringLiteral("recommendExtension"), opinion, {});
        QCOMPARE(c.extensionRecommendation, QStringLiteral("同意延长，请负责人审批"));
        QVERIFY(!Workflow::check(c, Role::Chief, QStringLiteral("chief1"),
                                 QStringLiteral("recommendExtension"), opinion)
                         .isEmpty());
        Workflow::applyLocally(c, QStringLiteral("approveExtension"), {}, {});
        QCOMPARE(c.extensionDays, 5);
        QVERIFY(c.extensionRecommendation.isEmpty());
    }

    void anExtensionIsAskedOnceAndApprovedByTheHead()
    {
        QFETCH(QString, verb);
        QFETCH(Role, role);
        QFETCH(int, requested);
        QFETCH(int, granted);
        QFETCH(bool, allowed);
        Case c = caseIn(CaseStage::Review);
        c.requestedExtensionDays = requested;
        c.extensionDays = granted;
        QJsonObject payload = complete(verb);
        if (verb == QLatin1String("requestExtension"))
            payload.insert(QStringLiteral("days"), std::max(1, 10 - granted));
        const QList<Violation> problems
                = Workflow::check(c, role, QStringLiteral("clerk1"), verb, payload);
        QVERIFY2(problems.isEmpty() == allowed,
                 qPrintable(problems.isEmpty() ? QString() : problems.first().message));
        bool offered = false;
        for (const Transition *t : Workflow::available(c, role, QStringLiteral("clerk1")))
            offered |= verb == QLatin1String(t->verb);
        QCOMPARE(offered, allowed);
    }

    void theLawsRequiredFields_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<CaseStage>("stage");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("field");
        QTest::newRow("refusal without reasons")
                << "refuseAcceptance" << CaseStage::Acceptance
                << QJsonObject{{QStringLiteral("legalBasis"), QStringLiteral("x")}} << "reasons";
        QTest::newRow("refusal without legal basis")
                << "refuseAcceptance" << CaseStage::Acceptance
                << QJsonObject{{QStringLiteral("reasons"), QStringLiteral("x")}} << "legalBasis";
        QTest::newRow("blank reasons count as none")
                << "refuseAcceptance" << CaseStage::Acceptance
                << QJsonObject{{QStringLiteral("reasons"), QStringLiteral("   ")},
                               {QStringLiteral("legalBasis"), QStringLiteral("x")}}
                << "reasons";
        QTest::newRow("correction without items")
                << "requestCorrection" << CaseStage::Acceptance << QJsonObject() << "items";
        QTest::newRow("correction item without reason")
                << "requestCorrection" << CaseStage::PreReview
                << QJsonObject{{QStringLiteral("items"),
                                QJsonArray{QJsonObject{
                                        {QStringLiteral("material"), QStringLiteral("营业执照")}}}}}
                << "items";
        QTest::newRow("pre-review correction lists the items")
                << "preReview" << CaseStage::PreReview
                << QJsonObject{{QStringLiteral("outcome"), QStringLiteral("correction")}}
                << "items";
        QTest::newRow("not for this department needs a legal basis")
                << "preReview" << CaseStage::PreReview
                << QJsonObject{{QStringLiteral("outcome"), QStringLiteral("notOurs")},
                               {QStringLiteral("reasons"), QStringLiteral("x")}}
                << "legalBasis";
        QTest::newRow("pre-review outcome unknown")
                << "preReview" << CaseStage::PreReview
                << QJsonObject{{QStringLiteral("outcome"), QStringLiteral("maybe")}} << "outcome";
        QTest::newRow("a proposed denial gives reasons")
                << "propose" << CaseStage::Review
                << QJsonObject{{QStringLiteral("proposal"), QStringLiteral("deny")},
                               {QStringLiteral("opinion"), QStringLiteral("x")},
                               {QStringLiteral("legalBasis"), QStringLiteral("x")}}
                << "reasons";
        QTest::newRow("a changed proposal says why")
                << "changeProposal" << CaseStage::Approval
                << QJsonObject{{QStringLiteral("proposal"), QStringLiteral("grant")}} << "opinion";
        QTest::newRow("a change to denial gives a legal basis")
                << "changeProposal" << CaseStage::Approval
                << QJsonObject{{QStringLiteral("proposal"), QStringLiteral("deny")},
                               {QStringLiteral("opinion"), QStringLiteral("x")},
                               {QStringLiteral("reasons"), QStringLiteral("x")}}
                << "legalBasis";
        QTest::newRow("a transfer says why")
                << "transfer" << CaseStage::PreReview << QJsonObject() << "reason";
        QTest::newRow("a return says why")
                << "return" << CaseStage::Approval << QJsonObject() << "comments";
        QTest::newRow("extension over 10 days")
                << "requestExtension" << CaseStage::Review
                << QJsonObject{{QStringLiteral("days"), 11},
                               {QStringLiteral("reason"), QStringLiteral("x")}}
                << "days";
        QTest::newRow("extension without reason")
                << "requestExtension" << CaseStage::Review
                << QJsonObject{{QStringLiteral("days"), 5}} << "reason";
        QTest::newRow("suspension of an unknown kind")
                << "suspend" << CaseStage::Review
                << QJsonObject{{QStringLiteral("kind"), QStringLiteral("nap")},
                               {QStringLiteral("reason"), QStringLiteral("x")},
                               {QStringLiteral("legalBasis"), QStringLiteral("x")}}
                << "kind";
        QTest::newRow("delivery method")
                << "deliver" << CaseStage::Completed << QJsonObject() << "method";
    }
    void theLawsRequiredFields()
    {
        QFETCH(QString, verb);
        QFETCH(CaseStage, stage);
        QFETCH(QJsonObject, payload);
        QFETCH(QString, field);
        const Transition *t = Workflow::find(verb);
        QVERIFY(t);
        const QList<Violation> problems
                = Workflow::check(caseIn(stage), t->role, QStringLiteral("clerk1"), verb, payload);
        QVERIFY(!problems.isEmpty());
        bool named = false;
        for (const Violation &v : problems) {
            named |= v.field == field;
            QVERIFY(!v.message.isEmpty());
        }
        QVERIFY2(named,
                 qPrintable(problems.first().field + QLatin1Char(' ') + problems.first().message));
    }

    void extensionsCountTowardsTheCap()
    {
        Case c = caseIn(CaseStage::Review);
        c.extensionDays = 6;
        const QJsonObject five{{QStringLiteral("days"), 5},
                               {QStringLiteral("reason"), QStringLiteral("x")}};
        const QJsonObject four{{QStringLiteral("days"), 4},
                               {QStringLiteral("reason"), QStringLiteral("x")}};
        QVERIFY(!Workflow::check(c, Role::Clerk, QStringLiteral("clerk1"),
                                 QStringLiteral("requestExtension"), five)
                         .isEmpty());
        QVERIFY(Workflow::check(c, Role::Clerk, QStringLiteral("clerk1"),
                                QStringLiteral("requestExtension"), four)
                        .isEmpty());
    }

    // The approval chain (审批链): each step is signed by its role in order, the last one
    // decides, and the chief may change the proposal only while the step is his. Written from
    // the district's policy (科长审核 → 分管领导签发 for a denial).
    void theApprovalChainGoesStepByStep_data()
    {
        QTest::addColumn<QList<Role>>("chain");
        QTest::addColumn<int>("signedSteps");
        QTest::addColumn<QString>("verb");
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<CaseStage>("after");
        const QList<Role> alone{Role::Chief};
        const QList<Role> both{Role::Chief, Role::Head};
        QTest::newRow("no chain on record: the chief decides")
                << QList<Role>() << 0 << "approve" << Role::Chief << true << S::Decided;
        QTest::newRow("no chain on record: not the head's")
                << QList<Role>() << 0 << "approve" << Role::Head << false << S::Approval;
        QTest::newRow("chief alone decides")
                << alone << 0 << "approve" << Role::Chief << true << S::Decided;
        QTest::newRow("chief signs the first of two")
                << both << 0 << "approve" << Role::Chief << true << S::Approval;
        QTest::newRow("head before the chief")
                << both << 0 << "approve" << Role::Head << false << S::Approval;
        QTest::newRow("chief signs twice")
                << both << 1 << "approve" << Role::Chief << false << S::Approval;
        QTest::newRow("head signs last and decides")
                << both << 1 << "approve" << Role::Head << true << S::Decided;
        QTest::newRow("head returns it")
                << both << 1 << "return" << Role::Head << true << S::Review;
        QTest::newRow("chief returns what is the head's")
                << both << 1 << "return" << Role::Chief << false << S::Approval;
        QTest::newRow("chief returns at his step")
                << both << 0 << "return" << Role::Chief << true << S::Review;
        QTest::newRow("chief changes before he signs")
                << both << 0 << "changeProposal" << Role::Chief << true << S::Approval;
        QTest::newRow("chief changes after he signed")
                << both << 1 << "changeProposal" << Role::Chief << false << S::Approval;
        QTest::newRow("head changes the proposal")
                << both << 1 << "changeProposal" << Role::Head << false << S::Approval;
    }
    void theApprovalChainGoesStepByStep()
    {
        QFETCH(QList<Role>, chain);
        QFETCH(int, signedSteps);
        QFETCH(QString, verb);
        QFETCH(Role, role);
        QFETCH(bool, allowed);
        QFETCH(CaseStage, after);
        Case c = caseIn(CaseStage::Approval);
        c.proposal = {QStringLiteral("deny"), QStringLiteral("不符合条件"),
                      QStringLiteral("场所不符"), QStringLiteral("《行政许可法》第三十八条")};
        c.approval.chain = chain;
        for (int i = 0; i < signedSteps; ++i)
            c.approval.signs.append({chain.at(i), QStringLiteral("chief1"),
                                     QStringLiteral("王建国"), QDateTime::currentDateTimeUtc()});
        const QString user
                = role == Role::Head ? QStringLiteral("head1") : QStringLiteral("chief1");
        const QList<Violation> problems = Workflow::check(c, role, user, verb, complete(verb));
        QVERIFY2(problems.isEmpty() == allowed,
                 qPrintable(problems.isEmpty() ? QString() : problems.first().message));
        bool offered = false;
        for (const Transition *t : Workflow::available(c, role, user))
            offered |= verb == QLatin1String(t->verb);
        QCOMPARE(offered, allowed);
        if (!allowed)
            return;
        const QDateTime at(QDate(2026, 12, 1), QTime(15, 30), QTimeZone(8 * 3600));
        Workflow::applyLocally(c, verb, complete(verb), at, user);
        QCOMPARE(c.stage, after);
        QCOMPARE(!c.decision.isEmpty(), after == S::Decided);
        if (verb == QLatin1String("approve")) {
            QCOMPARE(c.approval.signs.size(), signedSteps + 1);
            QCOMPARE(c.approval.signs.last().by, user);
            QCOMPARE(c.approval.signs.last().role, role);
        } else {
            QVERIFY(c.approval.signs.isEmpty()); // a new proposal, or back to the clerk
        }
    }

    // The chain in words: who signed, who holds it now, what comes after.
    void theChainIsShownStepByStep()
    {
        ApprovalRecord r{{Role::Chief, Role::Head}, {}};
        QCOMPARE(Workflow::approvalChainText(r, QStringLiteral("王建国")),
                 QStringLiteral("Section chief's review (holds the case now) → Agency head's "
                                "signature (to come)"));
        r.signs.append({Role::Chief, QStringLiteral("chief1"), QStringLiteral("王建国"),
                        QDateTime(QDate(2026, 12, 1), QTime(2, 5), QTimeZone::utc())});
        QCOMPARE(Workflow::approvalChainText(r, QString()),
                 QStringLiteral("Section chief's review ✓ 王建国 2026-12-01 10:05 → Agency "
                                "head's signature (holds the case now)"));
        r.signs.append({Role::Head, QString(), QString(),
                        QDateTime(QDate(2026, 12, 1), QTime(3, 0), QTimeZone::utc())});
        QCOMPARE(Workflow::approvalChainText(r, QStringLiteral("刘志强")),
                 QStringLiteral("Section chief's review ✓ 王建国 2026-12-01 10:05 → Agency "
                                "head's signature ✓ 刘志强 2026-12-01 11:00"));
        QCOMPARE(Workflow::approvalChainText({}, QString()), QString());
    }

    void aCaseClaimedByAnotherClerkIsReadOnly()
    {
        const Case c = caseIn(CaseStage::Acceptance, QStringLiteral("clerk2"));
        QVERIFY(Workflow::available(c, Role::Clerk, QStringLiteral("clerk1")).isEmpty());
        QVERIFY(!Workflow::check(c, Role::Clerk, QStringLiteral("clerk1"), QStringLiteral("accept"),
                                 {})
                         .isEmpty());
        QVERIFY(Workflow::check(c, Role::Clerk, QStringLiteral("clerk2"), QStringLiteral("accept"),
                                {})
                        .isEmpty());
    }

    void stageAfter_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<CaseStage>("from");
        QTest::addColumn<CaseStage>("to");
        QTest::newRow("pass") << "preReview"
                              << QJsonObject{{QStringLiteral("outcome"), QStringLiteral("pass")}}
                              << CaseStage::PreReview << CaseStage::Acceptance;
        QTest::newRow("pre-review asks for correction")
                << "preReview"
                << QJsonObject{{QStringLiteral("outcome"), QStringLiteral("correction")}}
                << CaseStage::PreReview << CaseStage::Correction;
        QTest::newRow("not ours") << "preReview"
                                  << QJsonObject{{QStringLiteral("outcome"),
                                                  QStringLiteral("notOurs")}}
                                  << CaseStage::PreReview << CaseStage::Refused;
        QTest::newRow("accept") << "accept" << QJsonObject() << CaseStage::Acceptance
                                << CaseStage::Review;
        QTest::newRow("propose") << "propose" << QJsonObject() << CaseStage::Review
                                 << CaseStage::Approval;
        QTest::newRow("approve") << "approve" << QJsonObject() << CaseStage::Approval
                                 << CaseStage::Decided;
        QTest::newRow("return") << "return" << QJsonObject() << CaseStage::Approval
                                << CaseStage::Review;
        QTest::newRow("suspend") << "suspend" << QJsonObject() << CaseStage::Review
                                 << CaseStage::Suspended;
        QTest::newRow("extension keeps the stage") << "requestExtension" << QJsonObject()
                                                   << CaseStage::Approval << CaseStage::Approval;
        QTest::newRow("complete") << "complete" << QJsonObject() << CaseStage::Decided
                                  << CaseStage::Completed;
    }
    void stageAfter()
    {
        QFETCH(QString, verb);
        QFETCH(QJsonObject, payload);
        QFETCH(CaseStage, from);
        QFETCH(CaseStage, to);
        QCOMPARE(Workflow::stageAfter(caseIn(from), verb, payload), to);
    }

    void everyActionIsDescribed()
    {
        for (const Transition &t : Workflow::transitions()) {
            QVERIFY(!Workflow::label(t).isEmpty());
            QVERIFY(!Workflow::clockEffect(t).isEmpty());
            for (const ActionField &f : t.fields)
                QVERIFY(!Workflow::fieldLabel(f).isEmpty());
        }
        QVERIFY(!Workflow::find(QStringLiteral("teleport")));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"

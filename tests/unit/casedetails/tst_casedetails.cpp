// The case pane's controller, per role and without a window: what each role is offered, what a
// chief sees of the proposal he approves, which notices fit the case and what they are filled
// with, and that a local action shows at once. The records are written here in the platform's
// JSON, as docs/platform-api.yaml has them, not made by the client's own codec.
#include "security/ApprovalSigner.h"
#include "security/Cipher.h"
#include "security/Sm2.h"
#include "session/CaseDetails.h"
#include "session/PendingActions.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/MaterialUploads.h"
#include "store/Outbox.h"
#include "store/Vault.h"
#include "sync/ActionService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace casedesk;

namespace {
QJsonObject platformCase(const QString &id, const QString &stage)
{
    return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("caseNo"), QStringLiteral("620102202606080001")},
            {QStringLiteral("itemCode"), QStringLiteral("SCJG-001")},
            {QStringLiteral("itemName"), QStringLiteral("食品经营许可（新办）")},
            {QStringLiteral("department"), QStringLiteral("SCJG")},
            {QStringLiteral("stage"), stage},
            {QStringLiteral("receivedAt"), QStringLiteral("2026-06-05T10:00:00+08:00")},
            {QStringLiteral("stageStartedAt"), QStringLiteral("2026-06-05T10:00:00+08:00")},
            {QStringLiteral("version"), 3},
            {QStringLiteral("applicant"),
             QJsonObject{{QStringLiteral("kind"), QStringLiteral("person")},
                         {QStringLiteral("name"), QStringLiteral("张三")},
                         {QStringLiteral("idNumber"), QStringLiteral("620102199003071234")},
                         {QStringLiteral("phone"), QStringLiteral("13912345678")}}},
    };
}

// A case the clerk proposed to deny, waiting for the chief, accepted on 8 June.
QJsonObject proposedDenial()
{
    QJsonObject c = platformCase(QStringLiteral("c-approval"), QStringLiteral("approval"));
    c.insert(QStringLiteral("acceptedAt"), QStringLiteral("2026-06-08T09:30:00+08:00"));
    c.insert(QStringLiteral("claimedBy"), QStringLiteral("clerk1"));
    c.insert(QStringLiteral("proposal"),
             QJsonObject{{QStringLiteral("proposal"), QStringLiteral("deny")},
                         {QStringLiteral("opinion"), QStringLiteral("经营场所不符合要求")},
                         {QStringLiteral("reasons"), QStringLiteral("经营场所与住宅未有效隔离")},
                         {QStringLiteral("legalBasis"),
                          QStringLiteral("《食品经营许可和备案管理办法》第十二条")}});
    c.insert(QStringLiteral("history"),
             QJsonArray{QJsonObject{
                     {QStringLiteral("at"), QStringLiteral("2026-06-20T15:00:00+08:00")},
                     {QStringLiteral("actor"), QStringLiteral("clerk1")},
                     {QStringLiteral("kind"), QStringLiteral("propose")},
                     {QStringLiteral("stage"), QStringLiteral("approval")}}});
    return c;
}
} // namespace

class TestCaseDetails : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<AuditLog> m_audit;

    void put(const QJsonObject &record)
    {
        CacheBatch batch;
        QString error;
        // The store keeps the platform's bytes; the typed part is read from them.
        Case typed;
        typed.id = record.value(QStringLiteral("id")).toString();
        typed.caseNo = record.value(QStringLiteral("caseNo")).toString();
        typed.itemCode = record.value(QStringLiteral("itemCode")).toString();
        typed.itemName = record.value(QStringLiteral("itemName")).toString();
        typed.applicant.name = QStringLiteral("张三");
        typed.stage = stageFromWireName(record.value(QStringLiteral("stage")).toString()).value();
        typed.receivedAt = QDateTime::fromString(
                record.value(QStringLiteral("receivedAt")).toString(), Qt::ISODate);
        typed.claimedBy = record.value(QStringLiteral("claimedBy")).toString();
        typed.version = record.value(QStringLiteral("version")).toInteger();
        batch.cases.append({typed, QJsonDocument(record).toJson(QJsonDocument::Compact)});
        batch.cursor = QStringLiteral("1");
        QVERIFY2(m_store->apply(batch, &error), qPrintable(error));
    }

    std::unique_ptr<CaseDetailsController> controller(const QString &user, Role role)
    {
        auto c = std::make_unique<CaseDetailsController>(*m_db, *m_store, *m_outbox, QString());
        c->setAuditLog(m_audit.get());
        c->setToday(QDate(2026, 6, 22));
        c->setUser({user,
                    user == QLatin1String("chief1") ? QStringLiteral("王建国")
                                                    : QStringLiteral("张敏"),
                    role});
        return c;
    }

    static QStringList verbs(const CaseDetails &d)
    {
        QStringList v;
        for (const CaseDetails::Action &a : d.actions)
            v.append(a.verb);
        return v;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<CaseStore>(*m_db, WorkCalendar::builtIn());
        m_outbox = std::make_unique<Outbox>(*m_db, *m_store);
        m_audit = std::make_unique<AuditLog>(*m_db);
    }

    void cleanup()
    {
        m_audit.reset();
        m_outbox.reset();
        m_store.reset();
        m_db.reset();
    }

    // 科长审批: the chief sees what he signs — the proposed decision, the opinion, the reasons
    // and the legal basis — and the clerk's claim does not make it read-only for him.
    void theChiefSeesTheProposalHeApproves()
    {
        put(proposedDenial());
        const auto chief = controller(QStringLiteral("chief1"), Role::Chief);
        chief->setCase(QStringLiteral("c-approval"));
        const CaseDetails &d = chief->details();
        QVERIFY(d.found);
        QCOMPARE(d.effective.proposal.decision, QStringLiteral("deny"));
        QCOMPARE(d.effective.proposal.opinion, QStringLiteral("经营场所不符合要求"));
        QCOMPARE(d.effective.proposal.reasons, QStringLiteral("经营场所与住宅未有效隔离"));
        QCOMPARE(d.effective.proposal.legalBasis,
                 QStringLiteral("《食品经营许可和备案管理办法》第十二条"));
        QVERIFY(verbs(d).contains(QStringLiteral("approve")));
        QVERIFY(verbs(d).contains(QStringLiteral("return")));
        QCOMPARE(d.readOnlyReason, QString());
        QVERIFY(!d.mayClaim && !d.mayRelease);

        // Another clerk sees the same case read-only, and says why.
        const auto other = controller(QStringLiteral("clerk2"), Role::Clerk);
        other->setCase(QStringLiteral("c-approval"));
        QVERIFY(other->details().actions.isEmpty());
        QVERIFY(other->details().readOnlyReason.contains(QStringLiteral("clerk1")));
        QVERIFY(!other->details().mayIssueNotice);
    }

    // 窗口收件: the clerk has the counter application open under its provisional number while
    // the sync creates it on the platform. The pane goes on showing it, under the platform's id;
    // until then no notice can be issued on it, and the clerk is told why.
    void aCounterCaseKeepsItsPlaceWhenThePlatformCreatesIt()
    {
        QJsonObject provisional
                = platformCase(QStringLiteral("local-1"), QStringLiteral("preReview"));
        provisional.insert(QStringLiteral("claimedBy"), QStringLiteral("clerk1"));
        put(provisional);
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO intakes(provisional_id, provisional_no, registered_at, user, "
                    "application) VALUES ('local-1', '临20260622-0001-001', 0, 'clerk1', '')")));
            QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO outbox(case_id, verb, payload, idem_key, base_version, user, "
                    "created_at) VALUES ('local-1', 'create', '{}', 'k1', 0, 'clerk1', 0)")));
        }
        const auto clerk = controller(QStringLiteral("clerk1"), Role::Clerk);
        clerk->setCase(QStringLiteral("local-1"));
        QVERIFY(clerk->details().found);
        QVERIFY(!clerk->details().mayIssueNotice);
        QVERIFY(clerk->details().noticesWait.contains(QStringLiteral("next sync")));
        QVERIFY(!clerk->followCreatedCase()); // not created yet: nothing moves
        // Its creation waits in the history, in words.
        QStringList steps;
        for (const auto &entry : clerk->details().timeline)
            steps.append(entry.what);
        QVERIFY2(steps.contains(QStringLiteral("Counter intake: create the case on the platform")),
                 qPrintable(steps.join(QLatin1Char('|'))));

        // The sync: the platform's case replaces the provisional one.
        QJsonObject created
                = platformCase(QStringLiteral("c-created"), QStringLiteral("preReview"));
        created.insert(QStringLiteral("claimedBy"), QStringLiteral("clerk1"));
        put(created);
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM cases WHERE id = 'local-1'")));
            QVERIFY(q.exec(QStringLiteral("UPDATE intakes SET case_id = 'c-created' WHERE "
                                          "provisional_id = 'local-1'")));
        }
        QSignalSpy changed(clerk.get(), &CaseDetailsController::detailsChanged);
        QVERIFY(clerk->followCreatedCase());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(clerk->caseId(), QStringLiteral("c-created"));
        QVERIFY(clerk->details().found);
        QVERIFY(clerk->details().mayIssueNotice);
        QVERIFY(clerk->details().noticesWait.isEmpty());
        QVERIFY(!clerk->followCreatedCase());
    }

    // 行政许可法 art. 42: the agency head approves the extension the clerk asked for; the chief
    // sees the request but does not approve it. The head claims nothing and issues no notices,
    // and his 我的待办 is the queue of requests.
    void theHeadApprovesTheExtensionTheClerkAskedFor()
    {
        QJsonObject c = proposedDenial();
        c.insert(QStringLiteral("extensionRequest"),
                 QJsonObject{{QStringLiteral("days"), 5},
                             {QStringLiteral("reason"), QStringLiteral("需组织专家评审")}});
        put(c);
        const auto head = controller(QStringLiteral("head1"), Role::Head);
        head->setCase(QStringLiteral("c-approval"));
        const CaseDetails &d = head->details();
        QVERIFY(d.found);
        QCOMPARE(verbs(d), QStringList{QStringLiteral("approveExtension")});
        QCOMPARE(d.effective.requestedExtensionDays, 5);
        QCOMPARE(d.readOnlyReason, QString());
        QVERIFY(!d.mayClaim && !d.mayRelease && !d.mayIssueNotice);

        // The chief gives his opinion on the request; he does not approve it.
        const auto chief = controller(QStringLiteral("chief1"), Role::Chief);
        chief->setCase(QStringLiteral("c-approval"));
        QVERIFY(!verbs(chief->details()).contains(QStringLiteral("approveExtension")));
        QVERIFY(verbs(chief->details()).contains(QStringLiteral("recommendExtension")));

        CaseFilter mine;
        mine.queue = myWorkQueue(Role::Head);
        QCOMPARE(m_store->caseCount(mine), 1);
        put(proposedDenial()); // approved on the platform: the request is gone
        QCOMPARE(m_store->caseCount(mine), 0);
        head->reload();
        QVERIFY(head->details().actions.isEmpty());
    }

    // A denial's chain in the pane: the chief's step signed here shows him by name, never by
    // his login id, and the head's step holds the case; the chief is offered nothing more.
    void theChainShowsWhoSignedAndWhoHoldsIt()
    {
        QJsonObject c = proposedDenial();
        c.insert(QStringLiteral("approval"),
                 QJsonObject{{QStringLiteral("chain"),
                              QJsonArray{QStringLiteral("Chief"), QStringLiteral("Head")}},
                             {QStringLiteral("approvals"), QJsonArray()}});
        put(c);
        const auto chief = controller(QStringLiteral("chief1"), Role::Chief);
        chief->setCase(QStringLiteral("c-approval"));
        QVERIFY(verbs(chief->details()).contains(QStringLiteral("approve")));
        QVERIFY2(chief->details().approvalChain.startsWith(
                         QStringLiteral("Section chief's review (holds the case now)")),
                 qPrintable(chief->details().approvalChain));
        QVERIFY(m_outbox->enqueue(QStringLiteral("c-approval"), QStringLiteral("approve"), {},
                                  QStringLiteral("chief1"), CaseStage::Approval, nullptr));
        chief->reload();
        const QString chain = chief->details().approvalChain;
        QVERIFY2(chain.contains(QStringLiteral("✓ 王建国")) && !chain.contains(u"chief1")
                         && chain.endsWith(QStringLiteral("Agency head's signature (holds the "
                                                          "case now)")),
                 qPrintable(chain));
        QVERIFY(!verbs(chief->details()).contains(QStringLiteral("approve")));
        for (const OutboxItem &item : m_outbox->items(QStringLiteral("c-approval")))
            QVERIFY(m_outbox->discard(item.id, QStringLiteral("test"), QStringLiteral("chief1"),
                                      nullptr));
        put(proposedDenial());
    }

    // The supervisor reads; he neither claims, reveals nor writes to applicants.
    void theSupervisorOnlyReads()
    {
        put(platformCase(QStringLiteral("c-open"), QStringLiteral("preReview")));
        const auto supervisor = controller(QStringLiteral("super1"), Role::Supervisor);
        supervisor->setCase(QStringLiteral("c-open"));
        const CaseDetails &d = supervisor->details();
        QVERIFY(d.found);
        QVERIFY(d.actions.isEmpty());
        QVERIFY(!d.mayClaim && !d.mayReveal && !d.mayIssueNotice);
        QVERIFY(!supervisor->reveal());
        // A clerk may claim it, and reveal the ID number only on record.
        const auto clerk = controller(QStringLiteral("clerk1"), Role::Clerk);
        clerk->setCase(QStringLiteral("c-open"));
        QVERIFY(clerk->details().mayClaim);
        QVERIFY(!clerk->details().revealed);
        const int before = m_audit->entries().size();
        QVERIFY(clerk->reveal());
        QVERIFY(clerk->details().revealed);
        QCOMPARE(m_audit->entries().size(), before + 1);
        // Revealed for this case only: choosing another case covers it again.
        put(platformCase(QStringLiteral("c-other"), QStringLiteral("preReview")));
        clerk->setCase(QStringLiteral("c-other"));
        clerk->setCase(QStringLiteral("c-open"));
        QVERIFY(!clerk->details().revealed);
    }

    // Which notice fits: written from 行政许可法 art. 32 and 38 — a case in correction gets the
    // correction notice only, a refused one the refusal, a granted one the grant decision (and
    // the acceptance it went through), a case not yet decided on nothing.
    void theNoticeKindsFollowTheCase_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<QStringList>("kinds");
        QTest::newRow("pre-review")
                << QStringLiteral("preReview") << QStringLiteral("") << QStringList{};
        QTest::newRow("acceptance pending")
                << QStringLiteral("acceptance") << QStringLiteral("") << QStringList{};
        QTest::newRow("correction") << QStringLiteral("correction") << QStringLiteral("")
                                    << QStringList{QStringLiteral("correction")};
        QTest::newRow("refused") << QStringLiteral("refused") << QStringLiteral("")
                                 << QStringList{QStringLiteral("refusal")};
        QTest::newRow("in review") << QStringLiteral("review") << QStringLiteral("")
                                   << QStringList{QStringLiteral("acceptance")};
        QTest::newRow("granted") << QStringLiteral("decided") << QStringLiteral("grant")
                                 << QStringList{QStringLiteral("grant"),
                                                QStringLiteral("acceptance")};
        QTest::newRow("denied") << QStringLiteral("completed") << QStringLiteral("deny")
                                << QStringList{QStringLiteral("denial"),
                                               QStringLiteral("acceptance")};
        QTest::newRow("withdrawn")
                << QStringLiteral("withdrawn") << QStringLiteral("") << QStringList{};
    }
    void theNoticeKindsFollowTheCase()
    {
        QFETCH(QString, stage);
        QFETCH(QString, decision);
        QFETCH(QStringList, kinds);
        QJsonObject record = platformCase(QStringLiteral("c-kinds"), stage);
        if (!decision.isEmpty())
            record.insert(QStringLiteral("decision"), decision);
        put(record);
        const auto clerk = controller(QStringLiteral("clerk1"), Role::Clerk);
        clerk->setCase(QStringLiteral("c-kinds"));
        QCOMPARE(clerk->details().noticeKinds, kinds);
    }

    // A correction asked for here, not yet sent: the case shows it at once, and the notice it
    // calls for carries every item and is dated the day it was asked for.
    // The decision notice names who approved it: the approval on record, or the chief's own
    // when he approved here and issues the notice before the sync.
    void theDecisionNoticeNamesItsApprover()
    {
        QJsonObject decided = proposedDenial();
        decided.insert(QStringLiteral("stage"), QStringLiteral("decided"));
        decided.insert(QStringLiteral("decision"), QStringLiteral("deny"));
        decided.insert(QStringLiteral("decidedAt"), QStringLiteral("2026-06-21T10:00:00+08:00"));
        QJsonArray history = decided.value(QStringLiteral("history")).toArray();
        history.append(
                QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-06-21T10:00:00+08:00")},
                            {QStringLiteral("actor"), QStringLiteral("chief2")},
                            {QStringLiteral("actorName"), QStringLiteral("陈卫东")},
                            {QStringLiteral("kind"), QStringLiteral("approve")},
                            {QStringLiteral("stage"), QStringLiteral("decided")}});
        decided.insert(QStringLiteral("history"), history);
        put(decided);
        const auto clerk = controller(QStringLiteral("clerk1"), Role::Clerk);
        clerk->setCase(QStringLiteral("c-approval"));
        QCOMPARE(clerk->noticeRequest(QStringLiteral("denial")).approver, QStringLiteral("陈卫东"));
        QCOMPARE(clerk->noticeRequest(QStringLiteral("acceptance")).approver, QString());

        put(proposedDenial()); // back in approval: the chief approves here
        ActionService actions(*m_store, *m_outbox);
        // Unsigned, an approval is not taken at all.
        QVERIFY(!actions.take(QStringLiteral("c-approval"), Role::Chief, QStringLiteral("chief1"),
                              QStringLiteral("approve"), {})
                         .ok());
        QString error;
        ApprovalSigner signer(Sm2::newPrivateKey(&error));
        actions.setSigner(&signer);
        QVERIFY(actions.take(QStringLiteral("c-approval"), Role::Chief, QStringLiteral("chief1"),
                             QStringLiteral("approve"), {})
                        .ok());
        const auto chief = controller(QStringLiteral("chief1"), Role::Chief);
        chief->setCase(QStringLiteral("c-approval"));
        QCOMPARE(chief->details().effective.stage, CaseStage::Decided);
        QCOMPARE(chief->noticeRequest(QStringLiteral("denial")).approver, QStringLiteral("王建国"));
        // The history says the approval waiting to be sent is signed, and with which key.
        const CaseDetails::TimelineEntry last = chief->details().timeline.constLast();
        QVERIFY(last.local);
        QVERIFY(!last.signature.isEmpty());
        QCOMPARE(last.signatureKey.size(), 64);
    }

    void aVerifiedSignatureIsShownInTheHistory()
    {
        QJsonObject decided = proposedDenial();
        decided.insert(QStringLiteral("stage"), QStringLiteral("decided"));
        QJsonArray history;
        history.append(
                QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-11-26T10:00:00+08:00")},
                            {QStringLiteral("actor"), QStringLiteral("chief2")},
                            {QStringLiteral("kind"), QStringLiteral("approve")},
                            {QStringLiteral("signature"),
                             QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("SM2-SM3")},
                                         {QStringLiteral("keyId"), QString(64, QLatin1Char('a'))},
                                         {QStringLiteral("verified"), true}}}});
        history.append(
                QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-11-26T11:00:00+08:00")},
                            {QStringLiteral("actor"), QStringLiteral("clerk1")},
                            {QStringLiteral("kind"), QStringLiteral("deliver")}});
        decided.insert(QStringLiteral("history"), history);
        put(decided);
        const auto clerk = controller(QStringLiteral("clerk1"), Role::Clerk);
        clerk->setCase(QStringLiteral("c-approval"));
        const QList<CaseDetails::TimelineEntry> timeline = clerk->details().timeline;
        QCOMPARE(timeline.size(), 2);
        QCOMPARE(timeline.at(0).signature, QStringLiteral("signature verified by the platform"));
        QCOMPARE(timeline.at(0).signatureKey, QString(64, QLatin1Char('a')));
        QVERIFY(timeline.at(1).signature.isEmpty());
    }

    void aLocalCorrectionFillsItsNotice()
    {
        put(platformCase(QStringLiteral("c-pre"), QStringLiteral("preReview")));
        ActionService actions(*m_store, *m_outbox);
        const QJsonObject payload{
                {QStringLiteral("outcome"), QStringLiteral("correction")},
                {QStringLiteral("opinion"), QStringLiteral("材料不全")},
                {QStringLiteral("items"),
                 QJsonArray{
                         QJsonObject{{QStringLiteral("material"), QStringLiteral("营业执照")},
                                     {QStringLiteral("reason"), QStringLiteral("缺失")}},
                         QJsonObject{{QStringLiteral("material"), QStringLiteral("经营场所证明")},
                                     {QStringLiteral("reason"), QStringLiteral("复印件不清晰")}}}}};
        const auto clerk = controller(QStringLiteral("clerk1"), Role::Clerk);
        clerk->setCase(QStringLiteral("c-pre"));
        QSignalSpy changed(clerk.get(), &CaseDetailsController::detailsChanged);
        const auto result
                = actions.take(QStringLiteral("c-pre"), Role::Clerk, QStringLiteral("clerk1"),
                               QStringLiteral("preReview"), payload);
        QVERIFY(result.ok());
        clerk->casesChanged({QStringLiteral("c-pre")});
        QCOMPARE(changed.size(), 1);
        const CaseDetails &d = clerk->details();
        QCOMPARE(d.effective.stage, CaseStage::Correction);
        QCOMPARE(d.platform.stage, CaseStage::PreReview);
        QCOMPARE(d.noticeKinds, QStringList{QStringLiteral("correction")});
        QVERIFY(std::any_of(d.timeline.cbegin(), d.timeline.cend(),
                            [](const CaseDetails::TimelineEntry &e) { return e.local; }));
        const NoticeRequest request = clerk->noticeRequest({});
        QCOMPARE(request.kind, QStringLiteral("correction"));
        QCOMPARE(request.corrections.size(), 2);
        QCOMPARE(request.corrections.at(1).first, QStringLiteral("经营场所证明"));
        QCOMPARE(request.corrections.at(1).second, QStringLiteral("复印件不清晰"));
        QCOMPARE(request.handler, QStringLiteral("张敏"));
        QCOMPARE(request.date, QDateTime::currentDateTime().toTimeZone(QTimeZone(8 * 3600)).date());
    }

    // A notice states the date of the act it records: the acceptance notice of a case accepted
    // on 8 June is dated 8 June, whenever it is issued; the denial its decision's day.
    void theNoticeIsDatedByItsAct()
    {
        QJsonObject record = proposedDenial();
        record.insert(QStringLiteral("stage"), QStringLiteral("decided"));
        record.insert(QStringLiteral("decision"), QStringLiteral("deny"));
        record.insert(QStringLiteral("decidedAt"), QStringLiteral("2026-06-24T23:30:00+08:00"));
        put(record);
        const auto clerk = controller(QStringLiteral("clerk1"), Role::Clerk);
        clerk->setCase(QStringLiteral("c-approval"));
        QCOMPARE(clerk->details().noticeKinds,
                 (QStringList{QStringLiteral("denial"), QStringLiteral("acceptance")}));
        QCOMPARE(clerk->noticeRequest(QStringLiteral("acceptance")).date, QDate(2026, 6, 8));
        // 23:30 China time is still the 24th, whatever zone this computer is in.
        const NoticeRequest denial = clerk->noticeRequest({});
        QCOMPARE(denial.date, QDate(2026, 6, 24));
        QCOMPARE(denial.reasons, QStringLiteral("经营场所与住宅未有效隔离"));
        QCOMPARE(denial.legalBasis, QStringLiteral("《食品经营许可和备案管理办法》第十二条"));
    }

    // A record the client cannot read is said so, not passed off as "no such case".
    void anUnreadableRecordIsNotAMissingCase()
    {
        QJsonObject record = platformCase(QStringLiteral("c-bad"), QStringLiteral("review"));
        record.remove(QStringLiteral("receivedAt"));
        put(record);
        const auto clerk = controller(QStringLiteral("clerk1"), Role::Clerk);
        clerk->setCase(QStringLiteral("c-bad"));
        QVERIFY(!clerk->details().found);
        QVERIFY2(clerk->details().problem.contains(QStringLiteral("receivedAt")),
                 qPrintable(clerk->details().problem));
    }

    // View › Pending actions: what waits, what is held and why; a held action is discarded
    // only with a reason, and then it is gone from the list.
    void pendingActionsShowWhatWaitsAndWhatIsHeld()
    {
        put(platformCase(QStringLiteral("c-pre"), QStringLiteral("preReview")));
        ActionService actions(*m_store, *m_outbox);
        const auto taken = actions.take(
                QStringLiteral("c-pre"), Role::Clerk, QStringLiteral("clerk1"),
                QStringLiteral("refuseAcceptance"),
                {{QStringLiteral("reasons"), QStringLiteral("不属于本机关职权范围")},
                 {QStringLiteral("legalBasis"), QStringLiteral("《行政许可法》第三十二条")}});
        QVERIFY(taken.ok());
        PendingActionsController pending(*m_store, *m_outbox, QStringLiteral("clerk1"));
        QCOMPARE(pending.rows().size(), 1);
        QCOMPARE(pending.rows().constFirst().caseNo, QStringLiteral("620102202606080001"));
        QVERIFY(!pending.rows().constFirst().held);
        QVERIFY(m_outbox->markConflict(taken.outboxId, "{}", QStringLiteral("version 4 ≠ 3")));
        QVERIFY(pending.rows().constFirst().held);
        QVERIFY2(pending.rows().constFirst().state.contains(QStringLiteral("version 4 ≠ 3")),
                 qPrintable(pending.rows().constFirst().state));
        QSignalSpy changed(&pending, &PendingActionsController::changed);
        QString error;
        QVERIFY(!pending.discard(taken.outboxId, QStringLiteral("  "), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(pending.rows().size(), 1);
        QVERIFY2(pending.discard(taken.outboxId, QStringLiteral("申请人撤回"), &error),
                 qPrintable(error));
        QCOMPARE(changed.size(), 1);
        QVERIFY(pending.rows().isEmpty());
    }

    // The files on their way are listed after the actions, with how far each got; the clerk
    // decides nothing on them (they go on by themselves), a refused one says why.
    void pendingActionsShowTheFilesOnTheirWay()
    {
        put(platformCase(QStringLiteral("c-pre"), QStringLiteral("preReview")));
        Vault vault(*m_db, m_dir.filePath(QStringLiteral("vault")), cipher::randomKey(), 1 << 26);
        MaterialUploads uploads(*m_db);
        QString error;
        const auto licence = uploads.queue(vault,
                                           {QStringLiteral("c-pre"), QStringLiteral("intake-0"),
                                            QStringLiteral("营业执照"), QStringLiteral("a.png"),
                                            QStringLiteral("material"), "image/png",
                                            QByteArray(1000, 'x'), QStringLiteral("clerk1")},
                                           QDateTime::currentDateTimeUtc(), &error);
        QVERIFY2(licence, qPrintable(error));
        QVERIFY(uploads.queue(vault,
                              {QStringLiteral("local-9"), QStringLiteral("receipt"),
                               QStringLiteral("收件回执"), QStringLiteral("收件回执.pdf"),
                               QStringLiteral("receipt"), "application/pdf", QByteArray("%PDF-"),
                               QStringLiteral("clerk1")},
                              QDateTime::currentDateTimeUtc(), &error));
        QVERIFY(uploads.setAnnounced(licence->id, QStringLiteral("up1"), 250));
        PendingActionsController pending(*m_store, *m_outbox, QStringLiteral("clerk1"));
        pending.setUploads(&uploads);
        QList<PendingActionsController::Row> rows = pending.rows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).caseNo, QStringLiteral("620102202606080001"));
        QCOMPARE(rows.at(0).action, QStringLiteral("Upload 营业执照"));
        QCOMPARE(rows.at(0).state, QStringLiteral("25% sent"));
        QVERIFY(rows.at(0).file && !rows.at(0).held && rows.at(0).id == 0);
        QCOMPARE(rows.at(1).state, QStringLiteral("Waits until the platform has the case"));
        QVERIFY(uploads.markRejected(licence->id, QStringLiteral("too large")));
        rows = pending.rows();
        QVERIFY2(rows.at(0).state.contains(QStringLiteral("too large")),
                 qPrintable(rows.at(0).state));
        // The same bytes again are no new upload; changed bytes are the next version.
        QCOMPARE(uploads.queue(vault,
                               {QStringLiteral("c-pre"), QStringLiteral("intake-0"),
                                QStringLiteral("营业执照"), QStringLiteral("a.png"),
                                QStringLiteral("material"), "image/png", QByteArray(1000, 'x'),
                                QStringLiteral("clerk1")},
                               QDateTime::currentDateTimeUtc(), &error)
                         ->id,
                 licence->id);
        const auto second = uploads.queue(vault,
                                          {QStringLiteral("c-pre"), QStringLiteral("intake-0"),
                                           QStringLiteral("营业执照"), QStringLiteral("a.png"),
                                           QStringLiteral("material"), "image/png",
                                           QByteArray(1000, 'y'), QStringLiteral("clerk1")},
                                          QDateTime::currentDateTimeUtc(), &error);
        QCOMPARE(second->revision, 2);
        QCOMPARE(pending.rows().at(2).action, QStringLiteral("Upload 营业执照 (version 2)"));
    }
};

QTEST_GUILESS_MAIN(TestCaseDetails)
#include "tst_casedetails.moc"

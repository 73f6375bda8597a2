#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/FeedState.h"
#include "store/Outbox.h"
#include "store/SearchIndex.h"
#include "store/Workload.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace casedesk;

namespace {
Case makeCase(int n, CaseStage stage, QDate received)
{
    Case c;
    c.id = QStringLiteral("c%1").arg(n, 4, 10, QLatin1Char('0'));
    c.caseNo = QStringLiteral("6201022026%1").arg(n, 6, 10, QLatin1Char('0'));
    c.itemCode = QStringLiteral("X-1");
    c.itemName = QStringLiteral("食品经营许可（新办）");
    c.applicant.name = QStringLiteral("申请人%1").arg(n);
    c.stage = stage;
    c.receivedAt = QDateTime(received, QTime(9, 0), QTimeZone(8 * 3600));
    c.version = 1;
    return c;
}

CacheBatch batchOf(const QList<Case> &cases, const QString &cursor)
{
    CacheBatch batch;
    ServiceItem item;
    item.code = QStringLiteral("X-1");
    item.name = QStringLiteral("食品经营许可（新办）");
    item.promisedLimit = {5, LimitUnit::WorkingDays};
    batch.items.append(item);
    for (const Case &c : cases)
        batch.cases.append({c, "{}"});
    batch.cursor = cursor;
    return batch;
}
} // namespace

class TestCaseStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void newCacheGetsTheCurrentSchema()
    {
        Database db(path("new.sqlite"));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    // The guide and the material checklist read the item from the cache: its materials, legal
    // basis and fees must survive a restart, and a store on another connection sees a catalogue
    // the sync wrote after it was opened.
    void theServiceItemIsKeptWhole()
    {
        const QString file = path("items.sqlite");
        Database reader(file);
        QVERIFY(reader.open(nullptr));
        CaseStore early(reader, WorkCalendar::builtIn()); // opened before the first sync
        {
            Database db(file);
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            CacheBatch batch = batchOf({}, QStringLiteral("c1"));
            ServiceItem &item = batch.items.first();
            item.legalBasis = QStringLiteral("《食品经营许可和备案管理办法》");
            item.fees = QStringLiteral("不收费");
            item.materials = {{QStringLiteral("申请书"), true, true},
                              {QStringLiteral("平面图"), false, false}};
            item.approvalChains.deny = {Role::Chief, Role::Head};
            QVERIFY(store.apply(batch, nullptr));
        }
        for (const CaseStore *store : {&early, new CaseStore(reader, WorkCalendar::builtIn())}) {
            const std::optional<ServiceItem> item = store->catalogue().item(QStringLiteral("X-1"));
            QVERIFY(item);
            QCOMPARE(item->legalBasis, QStringLiteral("《食品经营许可和备案管理办法》"));
            QCOMPARE(item->fees, QStringLiteral("不收费"));
            QCOMPARE(item->materials.size(), 2);
            QCOMPARE(item->materials.at(0).name, QStringLiteral("申请书"));
            QVERIFY(item->materials.at(0).original);
            QVERIFY(!item->materials.at(1).required);
            QCOMPARE(item->approvalChains.grant, QList<Role>{Role::Chief});
            QCOMPARE(item->approvalChains.deny, (QList<Role>{Role::Chief, Role::Head}));
            QCOMPARE(store->catalogue().items().size(), 1);
            if (store != &early)
                delete store;
        }
    }

    void applyStoresCasesDeadlinesAndCursor()
    {
        const QString file = path("apply.sqlite");
        {
            Database db(file);
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            QString error;
            QVERIFY2(store.apply(batchOf({makeCase(1, CaseStage::PreReview, QDate(2026, 11, 27)),
                                          makeCase(2, CaseStage::Correction, QDate(2026, 11, 20)),
                                          makeCase(3, CaseStage::Acceptance, QDate(2026, 11, 25))},
                                         QStringLiteral("cursor-1")),
                                 &error),
                     qPrintable(error));
            QCOMPARE(store.caseCount(), 3);
        }
        // Reopened from the file: everything was committed, with the cursor.
        Database db(file);
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        QCOMPARE(FeedState(db).cursor(), QStringLiteral("cursor-1"));
        QCOMPARE(store.catalogue().item(QStringLiteral("X-1"))->promisedLimit.value, 5);
        const QList<CaseSummary> newestFirst = store.summaries(0, 10);
        QCOMPARE(newestFirst.size(), 3);
        QCOMPARE(newestFirst.at(0).id, QStringLiteral("c0001"));
        QCOMPARE(newestFirst.at(0).due, QDate(2026, 12, 1)); // pre-review: 2 working days
        QCOMPARE(newestFirst.at(1).due, QDate(2026, 12, 2)); // acceptance: 5 working days
        QVERIFY(!newestFirst.at(2).due.isValid()); // correction: with the applicant

        // By deadline: dated cases first, nearest first, undated last in either direction.
        const QList<CaseSummary> byDue = store.summaries(0, 10, CaseSort::Due, Qt::AscendingOrder);
        QCOMPARE(byDue.at(0).id, QStringLiteral("c0001"));
        QCOMPARE(byDue.at(2).id, QStringLiteral("c0002"));
        QCOMPARE(store.summaries(0, 10, CaseSort::Due, Qt::DescendingOrder).at(2).id,
                 QStringLiteral("c0002"));
        // Pages do not overlap.
        QCOMPARE(store.summaries(1, 1).constFirst().id, QStringLiteral("c0003"));
    }

    void aFailedPageLeavesNothingBehind()
    {
        Database db(path("atomic.sqlite"));
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        QVERIFY(store.apply(batchOf({makeCase(1, CaseStage::PreReview, QDate(2026, 11, 27))},
                                    QStringLiteral("p1")),
                            nullptr));
        Case broken = makeCase(3, CaseStage::PreReview, QDate(2026, 11, 27));
        broken.caseNo = QString(); // violates NOT NULL in the middle of the page
        QString error;
        QVERIFY(!store.apply(
                batchOf({makeCase(2, CaseStage::PreReview, QDate(2026, 11, 27)), broken},
                        QStringLiteral("p2")),
                &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.caseCount(), 1);
        QCOMPARE(FeedState(db).cursor(), QStringLiteral("p1"));

        // Nor in memory: a page whose last write fails leaves the limits and holidays the
        // deadlines count with as they were.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER full BEFORE DELETE ON cases BEGIN "
                                      "SELECT RAISE(ABORT, 'database or disk is full'); END")));
        CacheBatch late = batchOf({}, QStringLiteral("p3"));
        late.items.first().promisedLimit = {10, LimitUnit::WorkingDays};
        late.calendars.append(QJsonDocument::fromJson(R"({"year": 2026, "holidays": [
            {"from": "2026-11-30", "to": "2026-11-30"}], "workdays": []})")
                                      .object());
        late.deletedCases = {QStringLiteral("c0001")};
        QVERIFY(!store.apply(late, nullptr));
        QVERIFY(store.calendar().isWorkingDay(QDate(2026, 11, 30)));
        QCOMPARE(store.catalogue().item(QStringLiteral("X-1"))->promisedLimit.value, 5);
    }

    void deletionsRemoveCases()
    {
        Database db(path("delete.sqlite"));
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        QVERIFY(store.apply(batchOf({makeCase(1, CaseStage::PreReview, QDate(2026, 11, 27)),
                                     makeCase(2, CaseStage::PreReview, QDate(2026, 11, 27))},
                                    QStringLiteral("p1")),
                            nullptr));
        CacheBatch withdrawal;
        withdrawal.deletedCases = {QStringLiteral("c0001")};
        withdrawal.cursor = QStringLiteral("p2");
        QVERIFY(store.apply(withdrawal, nullptr));
        QCOMPARE(store.caseCount(), 1);
        QVERIFY(!store.cachedCase(QStringLiteral("c0001")));
    }

    void searchFindsAnyPartOfTheKeyFields()
    {
        Database db(path("search.sqlite"));
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        Case a = makeCase(1, CaseStage::PreReview, QDate(2026, 11, 27));
        a.applicant.name = QStringLiteral("兰州黄河餐饮管理有限公司");
        a.materials = {{QStringLiteral("m1"), QStringLiteral("食品安全管理制度"), {}, {}, 0, {}, 1, {}}};
        Case b = makeCase(2, CaseStage::PreReview, QDate(2026, 11, 26));
        b.applicant.name = QStringLiteral("张伟");
        Case c = makeCase(3, CaseStage::PreReview, QDate(2026, 11, 25));
        c.applicant.name = QStringLiteral("张敏\"); DROP TABLE cases; --");
        QVERIFY(store.apply(batchOf({a, b, c}, QStringLiteral("x")), nullptr));
        QCOMPARE(store.search(QStringLiteral("黄河餐饮"), 10),
                 QStringList{QStringLiteral("c0001")});
        QCOMPARE(store.search(QStringLiteral("安全管理"), 10),
                 QStringList{QStringLiteral("c0001")});
        QCOMPARE(store.search(QStringLiteral("000002"), 10), QStringList{QStringLiteral("c0002")});
        // Two characters: a surname and given name, matched from the start.
        QCOMPARE(store.search(QStringLiteral("张"), 10),
                 (QStringList{QStringLiteral("c0002"), QStringLiteral("c0003")}));
        QCOMPARE(store.search(QStringLiteral("张伟"), 10), QStringList{QStringLiteral("c0002")});
        // Query syntax in the text is only text.
        QCOMPARE(store.search(QStringLiteral("\"); DROP TABLE cases; --"), 10),
                 QStringList{QStringLiteral("c0003")});
        QCOMPARE(store.search(QStringLiteral("食品经营许可"), 10).size(), 3);
        QVERIFY(store.search(QStringLiteral("不存在的名字"), 10).isEmpty());
        // A changed name is found by its new name only; a deleted case not at all.
        b.applicant.name = QStringLiteral("李建国");
        CacheBatch change = batchOf({b}, QStringLiteral("y"));
        change.deletedCases = {QStringLiteral("c0001")};
        QVERIFY(store.apply(change, nullptr));
        QCOMPARE(store.search(QStringLiteral("李建国"), 10), QStringList{QStringLiteral("c0002")});
        QCOMPARE(store.search(QStringLiteral("张伟"), 10), QStringList());
        QVERIFY(store.search(QStringLiteral("黄河餐饮"), 10).isEmpty());
    }

    // After a large pull the index is built once (store/SearchIndex): until then a search finds
    // only the rows indexed before; afterwards every row, exactly as row-by-row indexing would
    // (FTS5's integrity check compares the index with the table), and the triggers take over.
    void aDeferredSearchIndexIsBuiltInChunks()
    {
        Database db(path("deferred.sqlite"));
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        SearchIndex index(db);
        QVERIFY(index.isComplete());
        QList<Case> first;
        for (int n = 1; n <= 3; ++n)
            first.append(makeCase(n, CaseStage::PreReview, QDate(2026, 11, 20)));
        QVERIFY(store.apply(batchOf(first, QStringLiteral("a")), nullptr));

        QString error;
        QVERIFY2(index.defer(&error), qPrintable(error));
        QVERIFY(!index.isComplete());
        QList<Case> pulled;
        for (int n = 4; n <= 10; ++n)
            pulled.append(makeCase(n, CaseStage::PreReview, QDate(2026, 11, 21)));
        Case renamed = first.at(0);
        renamed.applicant.name = QStringLiteral("兰州黄河餐饮管理有限公司");
        pulled.append(renamed);
        CacheBatch page = batchOf(pulled, QStringLiteral("b"));
        page.deletedCases = {QStringLiteral("c0002")};
        QVERIFY(store.apply(page, nullptr));
        QVERIFY(store.search(QStringLiteral("申请人7"), 10).isEmpty());
        QCOMPARE(store.caseCount(), 9);

        QVERIFY2(index.build(&error, 4), qPrintable(error));
        QVERIFY(index.isComplete());
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO cases_fts(cases_fts) VALUES ('integrity-check')")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(store.search(QStringLiteral("申请人7"), 10), QStringList{QStringLiteral("c0007")});
        QCOMPARE(store.search(QStringLiteral("黄河餐饮"), 10),
                 QStringList{QStringLiteral("c0001")});
        QVERIFY(store.search(QStringLiteral("申请人2"), 10).isEmpty());
        QCOMPARE(store.search(QStringLiteral("食品经营许可"), 20).size(), 9);

        // Row by row again.
        Case later = makeCase(11, CaseStage::PreReview, QDate(2026, 11, 22));
        later.applicant.name = QStringLiteral("李建国");
        QVERIFY(store.apply(batchOf({later}, QStringLiteral("c")), nullptr));
        QCOMPARE(store.search(QStringLiteral("李建国"), 10), QStringList{QStringLiteral("c0011")});
        QVERIFY(q.exec(
                QStringLiteral("INSERT INTO cases_fts(cases_fts) VALUES ('integrity-check')")));
    }

    // A build cut short (a killed process) leaves the rows it reached searchable and kept up to
    // date by the triggers; the rest waits for the next build.
    void aBuildCutShortResumes()
    {
        Database db(path("resumed.sqlite"));
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        SearchIndex index(db);
        QVERIFY(index.defer(nullptr));
        QList<Case> pulled;
        for (int n = 1; n <= 6; ++n)
            pulled.append(makeCase(n, CaseStage::PreReview, QDate(2026, 11, 21)));
        QVERIFY(store.apply(batchOf(pulled, QStringLiteral("a")), nullptr));
        // What one chunk of a build leaves: rows up to the third indexed.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO cases_fts(rowid, case_no, applicant_name, item_name, material_names) "
                "SELECT rowid, case_no, applicant_name, item_name, material_names FROM cases "
                "WHERE rowid <= 3")));
        QVERIFY(q.exec(QStringLiteral(
                "UPDATE sync_state SET value = '3' WHERE key = 'search_index_upto'")));
        Case renamed = pulled.at(1);
        renamed.applicant.name = QStringLiteral("张伟");
        QVERIFY(store.apply(batchOf({renamed}, QStringLiteral("b")), nullptr));
        QCOMPARE(store.search(QStringLiteral("张伟"), 10), QStringList{QStringLiteral("c0002")});
        QVERIFY(store.search(QStringLiteral("申请人5"), 10).isEmpty());
        QVERIFY(index.build(nullptr));
        QCOMPARE(store.search(QStringLiteral("申请人5"), 10), QStringList{QStringLiteral("c0005")});
        QVERIFY(q.exec(
                QStringLiteral("INSERT INTO cases_fts(cases_fts) VALUES ('integrity-check')")));
    }

    // 分派: who holds how much open work, by the stage the clerk sees, with what is due soon
    // and overdue on 1 December; closed cases do not count; the unclaimed come last.
    void theWorkloadCountsOpenCasesPerHolder()
    {
        Database db(path("workload.sqlite"));
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        const QDate received(2026, 11, 20);
        Case a = makeCase(1, CaseStage::Review, received);
        a.claimedBy = QStringLiteral("clerk1");
        Case b = makeCase(2, CaseStage::Approval, received);
        b.claimedBy = QStringLiteral("clerk1");
        Case c = makeCase(3, CaseStage::Acceptance, QDate(2026, 11, 27));
        c.claimedBy = QStringLiteral("clerk2");
        Case d = makeCase(4, CaseStage::PreReview, received);
        Case e = makeCase(5, CaseStage::Completed, received);
        e.claimedBy = QStringLiteral("clerk1");
        Case f = makeCase(6, CaseStage::Review, received);
        f.claimedBy = QStringLiteral("clerk2");
        QVERIFY(store.apply(batchOf({a, b, c, d, e, f}, QStringLiteral("w")), nullptr));
        QSqlQuery q(db.connection());
        // The lights as the test sets them: c0001 red, c0003 yellow, the others green.
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET due_date = '2026-12-10', warn_from = "
                                      "'2026-12-09'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET due_date = '2026-11-30' WHERE id = "
                                      "'c0001'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET due_date = '2026-12-02', warn_from = "
                                      "'2026-12-01' WHERE id = 'c0003'")));
        // A clerk's accept not yet sent moves c0006 to the review it already is in: no change;
        // one that moved c0003 on counts where the clerk sees it.
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET local_stage = 'review' WHERE id = "
                                      "'c0003'")));

        QString error;
        const QList<WorkloadRow> rows
                = workload(db, QDate(2026, 12, 1), WorkCalendar::builtIn(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).user, QStringLiteral("clerk1"));
        QCOMPARE(rows.at(0).open, 2);
        QCOMPARE(rows.at(0).byStage.value(CaseStage::Review), 1);
        QCOMPARE(rows.at(0).byStage.value(CaseStage::Approval), 1);
        QCOMPARE(rows.at(0).overdue, 1);
        QCOMPARE(rows.at(0).dueSoon, 0);
        QCOMPARE(rows.at(1).user, QStringLiteral("clerk2"));
        QCOMPARE(rows.at(1).open, 2);
        QCOMPARE(rows.at(1).byStage.value(CaseStage::Review), 2);
        QCOMPARE(rows.at(1).byStage.value(CaseStage::Acceptance), 0);
        QCOMPARE(rows.at(1).dueSoon, 1);
        QCOMPARE(rows.at(2).user, QString());
        QCOMPARE(rows.at(2).open, 1);
        QCOMPARE(rows.at(2).byStage.value(CaseStage::PreReview), 1);
        // Working days open by 1 December: from Friday 20 November, 23-27 and 30 November and
        // 1 December, 7; from Friday 27 November, 2. clerk1 holds two of 7, clerk2 one of each.
        QCOMPARE(rows.at(0).averageWorkingDays, 7.0);
        QCOMPARE(rows.at(1).averageWorkingDays, 4.5);
        QCOMPARE(rows.at(2).averageWorkingDays, 7.0);
    }

    // The inbox's filter bar: each filter alone, on a fixed set of cases and a fixed today.
    void filtersNarrowTheInbox_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("item") << "item" << QStringList{QStringLiteral("c0004")};
        QTest::newRow("stage") << "stage" << QStringList{QStringLiteral("c0002")};
        QTest::newRow("red") << "red" << QStringList{QStringLiteral("c0003")};
        QTest::newRow("yellow") << "yellow" << QStringList{QStringLiteral("c0001")};
        QTest::newRow("green") << "green" << QStringList{QStringLiteral("c0004")};
        QTest::newRow("no clock") << "none"
                                  << QStringList{QStringLiteral("c0002"), QStringLiteral("c0005")};
        QTest::newRow("received range")
                << "range" << QStringList{QStringLiteral("c0003"), QStringLiteral("c0004")};
        QTest::newRow("claimed by me") << "mine" << QStringList{QStringLiteral("c0005")};
        QTest::newRow("number prefix")
                << "digits"
                << QStringList{QStringLiteral("c0001"), QStringLiteral("c0002"),
                               QStringLiteral("c0003"), QStringLiteral("c0004"),
                               QStringLiteral("c0005")};
        QTest::newRow("surname prefix") << "surname" << QStringList{QStringLiteral("c0003")};
    }
    void filtersNarrowTheInbox()
    {
        QFETCH(QString, which);
        QFETCH(QStringList, expected);
        Database db(path("filters.sqlite"));
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        if (store.caseCount() == 0) {
            // Today is 2026-11-27 (Friday). Pre-review runs 2 working days, acceptance 5.
            QList<Case> cases{
                    makeCase(1, CaseStage::PreReview, QDate(2026, 11, 26)), // due 11-30: yellow
                    makeCase(2, CaseStage::Correction, QDate(2026, 11, 20)), // no clock
                    makeCase(3, CaseStage::PreReview, QDate(2026, 11, 23)), // due 11-25: red
                    makeCase(4, CaseStage::Acceptance, QDate(2026, 11, 24)), // due 12-01: green
                    makeCase(5, CaseStage::Completed, QDate(2026, 11, 18))};
            cases[2].applicant.name = QStringLiteral("欧阳娜");
            cases[3].itemCode = QStringLiteral("X-2");
            cases[4].claimedBy = QStringLiteral("clerk1");
            CacheBatch batch = batchOf(cases, QStringLiteral("c"));
            ServiceItem other = batch.items.constFirst();
            other.code = QStringLiteral("X-2");
            batch.items.append(other);
            QVERIFY(store.apply(batch, nullptr));
        }
        CaseFilter f;
        f.today = QDate(2026, 11, 27);
        f.user = QStringLiteral("clerk1");
        if (which == QLatin1String("item"))
            f.itemCode = QStringLiteral("X-2");
        else if (which == QLatin1String("stage"))
            f.stage = CaseStage::Correction;
        else if (which == QLatin1String("red"))
            f.light = DeadlineLight::Red;
        else if (which == QLatin1String("yellow"))
            f.light = DeadlineLight::Yellow;
        else if (which == QLatin1String("green"))
            f.light = DeadlineLight::Green;
        else if (which == QLatin1String("none"))
            f.light = DeadlineLight::NoClock;
        else if (which == QLatin1String("range")) {
            f.receivedFrom = QDate(2026, 11, 23);
            f.receivedTo = QDate(2026, 11, 24);
        } else if (which == QLatin1String("mine"))
            f.claimedByMe = true;
        else if (which == QLatin1String("digits"))
            f.search = QStringLiteral("62");
        else
            f.search = QStringLiteral("欧阳");
        QStringList ids;
        for (const CaseSummary &s :
             store.summaries(0, 100, CaseSort::CaseNo, Qt::AscendingOrder, f))
            ids.append(s.id);
        QCOMPARE(ids, expected);
        QCOMPARE(store.caseCount(f), expected.size());
        // The inbox's quick count stops one past its limit.
        QCOMPARE(store.caseCountUpTo(f, 1), std::min<int>(2, int(expected.size())));
    }

    // 我的待办 by the approval chain: a chief's has the proposals whose next step is his, the
    // head's those at his step and the extensions waiting for him; a step signed here and
    // waiting to be sent leaves the queue at once.
    void eachApproverHasTheStepsThatAreHis()
    {
        Database db(path("chain.sqlite"));
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        const QDate day(2026, 11, 20);
        const auto record
                = [](const QString &chain, const QString &approvals, const QString &extra = {}) {
                      return QStringLiteral(R"({"approval": {"chain": %1, "approvals": %2}%3})")
                              .arg(chain, approvals, extra)
                              .toUtf8();
                  };
        const QString both = QStringLiteral(R"(["Chief", "Head"])");
        const QString chiefSigned = QStringLiteral(
                R"([{"role": "Chief", "by": "chief1", "at": "2026-11-21T10:00:00+08:00"}])");
        CacheBatch batch = batchOf({}, QStringLiteral("c"));
        const auto add = [&](int n, CaseStage stage, const QByteArray &json) {
            // The platform's record as the feed sends it, with what the case stands on.
            const Case c = makeCase(n, stage, day);
            QJsonObject o = QJsonDocument::fromJson(json).object();
            o.insert(QStringLiteral("id"), c.id);
            o.insert(QStringLiteral("caseNo"), c.caseNo);
            o.insert(QStringLiteral("itemCode"), c.itemCode);
            o.insert(QStringLiteral("itemName"), c.itemName);
            o.insert(QStringLiteral("department"), QStringLiteral("SCJG"));
            o.insert(QStringLiteral("stage"), stageWireName(stage));
            o.insert(QStringLiteral("receivedAt"), c.receivedAt.toString(Qt::ISODate));
            o.insert(QStringLiteral("version"), 1);
            o.insert(QStringLiteral("applicant"),
                     QJsonObject{{QStringLiteral("kind"), QStringLiteral("person")},
                                 {QStringLiteral("name"), c.applicant.name}});
            batch.cases.append({c, o});
        };
        add(1, CaseStage::Approval, "{}"); // from before chains: the chief's
        add(2, CaseStage::Approval, record(both, QStringLiteral("[]")));
        add(3, CaseStage::Approval, record(both, chiefSigned));
        add(4, CaseStage::Review, R"({"extensionRequest": {"days": 5, "reason": "专家评审"}})");
        add(5, CaseStage::Decided, record(both, chiefSigned));
        add(6, CaseStage::Approval, record(QStringLiteral(R"(["Chief"])"), QStringLiteral("[]")));
        QVERIFY(store.apply(batch, nullptr));
        const auto queue = [&store](Role role) {
            CaseFilter f;
            f.queue = myWorkQueue(role);
            QStringList ids;
            for (const CaseSummary &s :
                 store.summaries(0, 100, CaseSort::CaseNo, Qt::AscendingOrder, f))
                ids.append(s.id);
            if (store.caseCount(f) != ids.size())
                ids.append(QStringLiteral("count differs"));
            return ids;
        };
        QCOMPARE(queue(Role::Chief),
                 (QStringList{QStringLiteral("c0001"), QStringLiteral("c0002"),
                              QStringLiteral("c0006")}));
        QCOMPARE(queue(Role::Head),
                 (QStringList{QStringLiteral("c0003"), QStringLiteral("c0004")}));

        // The chief signs c0002 offline: the head's step comes once the platform has it.
        Outbox outbox(db, store);
        QVERIFY(outbox.enqueue(QStringLiteral("c0002"), QStringLiteral("approve"), {},
                               QStringLiteral("chief1"), CaseStage::Approval, nullptr));
        QCOMPARE(queue(Role::Chief),
                 (QStringList{QStringLiteral("c0001"), QStringLiteral("c0006")}));
        QCOMPARE(queue(Role::Head),
                 (QStringList{QStringLiteral("c0003"), QStringLiteral("c0004")}));
        // What the pane shows meanwhile: his step signed, the head's to come.
        QString error;
        const auto stored = store.storedCase(QStringLiteral("c0002"), &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->effective.stage, CaseStage::Approval);
        QCOMPARE(stored->effective.approval.signs.size(), 1);
        QCOMPARE(stored->effective.approval.signs.first().by, QStringLiteral("chief1"));
        QCOMPARE(stored->effective.approval.nextRole(), Role::Head);
    }

    void platformCalendarsOverrideAndMoveDeadlines()
    {
        const QString file = path("calendar.sqlite");
        {
            Database db(file);
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            Case c = makeCase(1, CaseStage::PreReview, QDate(2026, 11, 27));
            QVERIFY(store.apply(batchOf({c}, QStringLiteral("x")), nullptr));
            QCOMPARE(store.summaries(0, 1).constFirst().due, QDate(2026, 12, 1));
            // The platform declares 30 November a day off (an imagined extra holiday).
            CacheBatch update;
            update.calendars.append(QJsonDocument::fromJson(R"({"year": 2026, "holidays": [
                {"from": "2026-11-30", "to": "2026-11-30"}], "workdays": []})")
                                            .object());
            update.cursor = QStringLiteral("y");
            QVERIFY(store.apply(update, nullptr));
            QVERIFY(!store.calendar().isWorkingDay(QDate(2026, 11, 30)));
            const auto parse = [](const QByteArray &) -> std::optional<Case> {
                return makeCase(1, CaseStage::PreReview, QDate(2026, 11, 27));
            };
            QString error;
            QVERIFY2(store.recomputeDeadlines(parse, &error), qPrintable(error));
            QCOMPARE(store.summaries(0, 1).constFirst().due, QDate(2026, 12, 2));
        }
        // The update outlives the session.
        Database db(file);
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        QVERIFY(!store.calendar().isWorkingDay(QDate(2026, 11, 30)));
    }

    // The window's store and the sync engine's are two connections: a changed limit or holiday
    // written by the engine reaches the window's deadlines after a sync, not after a restart.
    void anotherConnectionsCatalogueIsReadAgain()
    {
        const QString file = path("catalogue.sqlite");
        Database windowDb(file);
        QVERIFY(windowDb.open(nullptr));
        Database engineDb(file);
        QVERIFY(engineDb.open(nullptr));
        CaseStore engine(engineDb, WorkCalendar::builtIn());
        CacheBatch first = batchOf({}, QStringLiteral("c1"));
        first.items.first().promisedLimit = {10, LimitUnit::WorkingDays};
        QVERIFY(engine.apply(first, nullptr));
        CaseStore window(windowDb, WorkCalendar::builtIn());
        QCOMPARE(window.catalogue().item(QStringLiteral("X-1"))->promisedLimit.value, 10);
        QVERIFY(window.calendar().isWorkingDay(QDate(2026, 11, 30)));

        CacheBatch update = batchOf({}, QStringLiteral("c2"));
        // The department shortened its promise (batchOf's item has 5 working days).
        update.calendars.append(QJsonDocument::fromJson(R"({"year": 2026, "holidays": [
            {"from": "2026-11-30", "to": "2026-11-30"}], "workdays": []})")
                                        .object());
        QVERIFY(engine.apply(update, nullptr));
        QCOMPARE(window.catalogue().item(QStringLiteral("X-1"))->promisedLimit.value,
                 10); // as read before
        window.reloadCatalogue();
        QCOMPARE(window.catalogue().item(QStringLiteral("X-1"))->promisedLimit.value, 5);
        QVERIFY(!window.calendar().isWorkingDay(QDate(2026, 11, 30)));
        // The shipped years stay underneath: a reload does not lose them (国庆节 2025).
        QVERIFY(!window.calendar().isWorkingDay(QDate(2025, 10, 1)));
    }

    void refusesANewerSchemaAndLeavesItAlone()
    {
        const QString file = path("newer.sqlite");
        {
            Database db(file);
            QVERIFY(db.open(nullptr));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        Database db(file);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(QStringLiteral("99")), qPrintable(error));
        QCOMPARE(db.schemaVersion(), 99);
    }

    void refusesAFileThatIsNotADatabase()
    {
        const QString file = path("garbage.sqlite");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        Database db(file);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY(!error.isEmpty());
    }

    // Golden data: a cache of every released schema opens and keeps its rows. Schema 1 is kept
    // as SQL, later ones as the database files CaseDesk wrote (they hold an FTS5 index).
    void migratesReleasedSchemas_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("outboxItems");
        QTest::newRow("schema 1") << QStringLiteral(CASEDESK_TEST_DATA "/migrations/cache-v1.sql")
                                  << 0;
        QTest::newRow("schema 2") << QStringLiteral(CASEDESK_TEST_DATA
                                                    "/migrations/cache-v2.sqlite")
                                  << 1;
    }
    void migratesReleasedSchemas()
    {
        QFETCH(QString, fixture);
        QFETCH(int, outboxItems);
        const QString file
                = m_dir.filePath(QFileInfo(fixture).baseName() + QStringLiteral("-copy.sqlite"));
        if (fixture.endsWith(QLatin1String(".sqlite"))) {
            QFile::remove(file);
            QVERIFY(QFile::copy(fixture, file));
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        } else {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                         QStringLiteral("fixture"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QFile sql(fixture);
            QVERIFY(sql.open(QIODevice::ReadOnly));
            QSqlQuery q(raw);
            const QStringList statements = QString::fromUtf8(sql.readAll()).split(QLatin1Char(';'));
            for (const QString &statement : statements) {
                QString s = statement;
                s.remove(QRegularExpression(QStringLiteral("^--[^\\n]*\\n"),
                                            QRegularExpression::MultilineOption));
                if (!s.trimmed().isEmpty())
                    QVERIFY2(q.exec(s), qPrintable(s));
            }
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
        }
        {
            Database db(file);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
            CaseStore store(db, WorkCalendar::builtIn());
            QCOMPARE(store.caseCount(), 1);
            // Schema 4 clears personal data stored in plain text and has the next sync fetch every
            // case again, sealed.
            QCOMPARE(FeedState(db).cursor(), QString());
            QCOMPARE(store.summaries(0, 1).constFirst().applicantName, QStringLiteral("张伟"));
            const auto cached = store.cachedCase(QStringLiteral("c00000001"));
            QVERIFY(cached && cached->personalDataWithheld);
            QVERIFY(!cached->json.contains("idNumber"));
            // Search works on migrated rows, and nothing queued was lost.
            QCOMPARE(store.search(QStringLiteral("食品经营许可"), 5),
                     QStringList{QStringLiteral("c00000001")});
            Outbox outbox(db, store);
            QCOMPARE(outbox.items().size(), outboxItems);
        }
        // Nothing of the plain personal data is left in the file's free space either.
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(!bytes.contains("620102199003071234"));
        QVERIFY(!bytes.contains("13912345678"));
    }
};

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"

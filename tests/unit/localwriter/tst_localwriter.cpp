// The window's actions are written on a thread of their own: while another connection (the
// sync engine's page) holds the cache's write lock, the caller's thread goes on running and the
// answer comes when the lock is free; a refused action comes back with its reasons.
#include "core/Profile.h"
#include "session/LocalWriter.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Outbox.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace casedesk;

class TestLocalWriter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Profile> m_profile;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = std::make_unique<Profile>(m_dir.path());
        m_path = m_profile->databasePath();
        Database db(m_path);
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        Case c;
        c.id = QStringLiteral("c1");
        c.caseNo = QStringLiteral("620102202611270001");
        c.itemCode = QStringLiteral("SCJG-001");
        c.stage = CaseStage::Acceptance;
        c.version = 3;
        c.receivedAt = QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC);
        CacheBatch batch;
        // The platform's record as docs/platform-api.yaml has it.
        batch.cases.append({c, R"({"id": "c1", "caseNo": "620102202611270001",
            "itemCode": "SCJG-001", "itemName": "食品经营许可", "department": "SCJG",
            "stage": "acceptance", "version": 3, "receivedAt": "2026-11-27T10:00:00+08:00",
            "stageStartedAt": "2026-11-27T10:00:00+08:00",
            "applicant": {"kind": "person", "name": "张三"}})"});
        QVERIFY(store.apply(batch, nullptr));
    }

    void theCallerRunsWhileTheLockIsHeld()
    {
        Database holder(m_path);
        QVERIFY(holder.open(nullptr));
        QSqlQuery lock(holder.connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE"))); // as the engine's page holds it

        LocalWriter writer(*m_profile);
        bool answered = false;
        ActionService::Result result;
        QElapsedTimer call;
        call.start();
        writer.takeAction(QStringLiteral("c1"), Role::Clerk, QStringLiteral("clerk1"),
                          QStringLiteral("accept"), {}, [&](const ActionService::Result &r) {
                              result = r;
                              answered = true;
                          });
        QVERIFY(call.elapsed() < 50); // handed over, not written here

        // The caller's thread keeps its events going meanwhile: a 5 ms timer is never late by
        // much, and no answer comes while the lock is held.
        qint64 worstGap = 0;
        QElapsedTimer gap;
        gap.start();
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout,
                         [&] { worstGap = std::max(worstGap, gap.restart()); });
        tick.start(5);
        QTest::qWait(300);
        tick.stop();
        QVERIFY2(!answered,
                 qPrintable(result.violations.isEmpty() ? QString()
                                                        : result.violations.constFirst().message));
        QVERIFY2(worstGap < 100, qPrintable(QString::number(worstGap)));

        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QTRY_VERIFY(answered);
        QVERIFY(result.ok());
        CaseStore store(holder, WorkCalendar::builtIn());
        const QList<OutboxItem> items = Outbox(holder, store).items();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).verb, QStringLiteral("accept"));
        QCOMPARE(items.at(0).user, QStringLiteral("clerk1"));
    }

    void aRefusalComesBackWithItsReasons()
    {
        LocalWriter writer(*m_profile);
        bool answered = false;
        ActionService::Result result;
        // A refusal of acceptance needs reasons and a legal basis (行政许可法 art. 38).
        Database db(m_path);
        QVERIFY(db.open(nullptr));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM outbox")));
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET local_stage = NULL")));
        writer.takeAction(QStringLiteral("c1"), Role::Clerk, QStringLiteral("clerk1"),
                          QStringLiteral("refuseAcceptance"), {},
                          [&](const ActionService::Result &r) {
                              result = r;
                              answered = true;
                          });
        QTRY_VERIFY(answered);
        QVERIFY(!result.ok());
        QStringList fields;
        for (const Violation &v : result.violations)
            fields.append(v.field);
        QVERIFY2(fields.contains(QStringLiteral("reasons")),
                 qPrintable(fields.join(u',') + result.violations.constFirst().message));
        QVERIFY(fields.contains(QStringLiteral("legalBasis")));
    }
};

QTEST_GUILESS_MAIN(TestLocalWriter)
#include "tst_localwriter.moc"

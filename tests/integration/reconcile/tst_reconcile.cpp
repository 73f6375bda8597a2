#include "DemoSignIn.h"
#include "SimProcess.h"
#include "security/Cipher.h"
#include "store/Database.h"
#include "store/Quarantine.h"
#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace casedesk;

// The cache converges to what the platform holds (issue 22), against a real onestop-sim whose
// feed damages some case records (--faults corrupt=) or leaves some changes out (lose=), and a
// cache that drifted on its own. The platform's digests are the sim's own computation.
namespace {

SyncEngine::Config configFor(const QString &file, const QUrl &server)
{
    SyncEngine::Config config;
    config.databasePath = file;
    config.server = server;
    config.pageSize = 100;
    config.dataKey = cipher::randomKey();
    return config;
}

// One engine for a test: a round, then checks of the cache on demand.
struct Desk
{
    explicit Desk(const SyncEngine::Config &config) : engine(config) { }
    SyncEngine engine;
    QList<CacheCheck> checks;
    QString roundError;

    bool syncOnce()
    {
        QEventLoop loop;
        bool ok = false;
        auto a = QObject::connect(&engine, &SyncEngine::syncFinished, [&] {
            ok = true;
            loop.quit();
        });
        auto b = QObject::connect(&engine, &SyncEngine::syncFailed,
                                  [&](int, const QString &message) {
                                      roundError = message;
                                      loop.quit();
                                  });
        engine.syncNow();
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(a);
        QObject::disconnect(b);
        return ok;
    }
    CacheCheck check(bool repair)
    {
        QEventLoop loop;
        CacheCheck result;
        auto c = QObject::connect(&engine, &SyncEngine::cacheVerified,
                                  [&](const CacheCheck &found) {
                                      result = found;
                                      loop.quit();
                                  });
        engine.verifyCache(repair);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(c);
        return result;
    }
};

int count(const QString &file, const QString &sql)
{
    Database db(file);
    if (!db.open(nullptr))
        return -1;
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestReconcile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    // A feed that sends some case records damaged, always the same ones: before, one such
    // record refused its page at every sync and the clerk never saw a case after it.
    void damagedRecordsAreSetAsideAndFetchedAgain()
    {
        SimProcess sim(
                SimProcess::Options{300,
                                    11,
                                    900,
                                    QStringLiteral("2026-11-27"),
                                    {QStringLiteral("--faults"), QStringLiteral("corrupt=0.05")}});
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        const QString file = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
        Desk desk(configFor(file, sim.url()));
        QSignalSpy setAside(&desk.engine, &SyncEngine::quarantineChanged);
        desk.engine.open(demoRefreshToken(sim.url(), QStringLiteral("super1")));
        QVERIFY2(desk.syncOnce(), qPrintable(desk.roundError));
        // Every case is there, read whole from /cases/{id}; nothing waits aside.
        QCOMPARE(count(file, QStringLiteral("SELECT COUNT(*) FROM cases")), 300);
        QCOMPARE(count(file, QStringLiteral("SELECT COUNT(*) FROM quarantine")), 0);
        QCOMPARE(setAside.size(), 1);
        QCOMPARE(setAside.first().first().toInt(), 0);
        // The automatic check after the first pull found nothing left to mend.
        const CacheCheck check = desk.check(false);
        QVERIFY2(check.compared, qPrintable(check.error));
        QVERIFY2(check.matchesNow && check.differences.isEmpty(), qPrintable(check.summary()));
        QVERIFY(check.groups > 5);
    }

    // A feed that loses changes: only reconciliation can notice. The first pull from the
    // feed's start checks itself and fetches again what differs.
    void lostChangesAreFoundAfterTheFirstPull()
    {
        SimProcess sim(
                SimProcess::Options{300,
                                    12,
                                    900,
                                    QStringLiteral("2026-11-27"),
                                    {QStringLiteral("--faults"), QStringLiteral("lose=0.05")}});
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        const QString file = m_dir.filePath(QStringLiteral("lose.sqlite"));
        Desk desk(configFor(file, sim.url()));
        QSignalSpy verified(&desk.engine, &SyncEngine::cacheVerified);
        desk.engine.open(demoRefreshToken(sim.url(), QStringLiteral("super1")));
        QVERIFY2(desk.syncOnce(), qPrintable(desk.roundError));
        QCOMPARE(verified.size(), 1);
        const CacheCheck first = verified.first().first().value<CacheCheck>();
        QVERIFY2(first.compared, qPrintable(first.error));
        QVERIFY2(!first.differences.isEmpty(), qPrintable(first.summary()));
        QCOMPARE(first.repaired, int(first.differences.size()));
        QVERIFY2(first.matchesNow, qPrintable(first.summary()));
        QCOMPARE(count(file, QStringLiteral("SELECT COUNT(*) FROM cases")), 300);
        QVERIFY(desk.check(false).matchesNow);
    }

    // A cache that drifted by itself (a restored backup, a bug): a case changed, one gone,
    // one the platform never had. The check names exactly those; the repair mends them.
    void driftInTheCacheIsNamedAndRepaired()
    {
        SimProcess sim(SimProcess::Options{200, 13, 900, QStringLiteral("2026-11-27"), {}});
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        const QString file = m_dir.filePath(QStringLiteral("drift.sqlite"));
        Desk desk(configFor(file, sim.url()));
        desk.engine.open(demoRefreshToken(sim.url(), QStringLiteral("clerk1")));
        QVERIFY2(desk.syncOnce(), qPrintable(desk.roundError));
        const int cached = count(file, QStringLiteral("SELECT COUNT(*) FROM cases"));
        QVERIFY(cached > 10);
        QVERIFY(desk.check(false).matchesNow);

        QString changed, gone;
        {
            Database db(file);
            QVERIFY(db.open(nullptr));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM cases ORDER BY id LIMIT 2")));
            QVERIFY(q.next());
            changed = q.value(0).toString();
            QVERIFY(q.next());
            gone = q.value(0).toString();
            QVERIFY(q.exec(QStringLiteral("UPDATE cases SET version = version - 1 WHERE id = '")
                           + changed + QLatin1Char('\'')));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM cases WHERE id = '") + gone
                           + QLatin1Char('\'')));
            QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO cases(id, case_no, department, stage, version, json) SELECT "
                    "'c99999999', 'phantom', department, stage, 1, json FROM cases LIMIT 1")));
        }

        const CacheCheck found = desk.check(false);
        QVERIFY2(found.compared, qPrintable(found.error));
        QVERIFY(!found.matchesNow);
        QCOMPARE(found.repaired, 0);
        QStringList named;
        for (const CacheCheck::Difference &d : found.differences)
            named.append(d.id);
        QCOMPARE(named, (QStringList{changed, gone, QStringLiteral("c99999999")}));
        QCOMPARE(found.differences.at(1).localVersion, -1);
        QCOMPARE(found.differences.at(2).platformVersion, -1);

        const CacheCheck mended = desk.check(true);
        QCOMPARE(mended.repaired, 3);
        QVERIFY2(mended.matchesNow, qPrintable(mended.summary()));
        QCOMPARE(count(file, QStringLiteral("SELECT COUNT(*) FROM cases")), cached);
        QCOMPARE(count(file, QStringLiteral("SELECT COUNT(*) FROM cases WHERE id = 'c99999999'")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"

#include "DemoSignIn.h"
#include "SimProcess.h"
#include "SyncRound.h"
#include "platform/RestPlatformClient.h"
#include "security/Cipher.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/FeedState.h"
#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

namespace {
// The data key every profile of this test uses, as if from the keychain.
const QByteArray &testDataKey()
{
    static const QByteArray key = cipher::randomKey();
    return key;
}

SyncRound runSync(const QString &databasePath, const QUrl &server, const QString &refreshToken,
                  int pageSize = 100, const QByteArray &dataKey = testDataKey())
{
    SyncEngine::Config config;
    config.databasePath = databasePath;
    config.server = server;
    config.pageSize = pageSize;
    config.dataKey = dataKey;
    return runSyncRound(config, refreshToken);
}
} // namespace

class TestSync : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim{SimProcess::Options{400,
                                         7,
                                         900,
                                         QStringLiteral("2026-11-27"),
                                         {QStringLiteral("--refresh-grace"), QStringLiteral("0")}}};
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
    }

    void supervisorSeesEveryCase()
    {
        const QString token = demoRefreshToken(m_sim.url(), QStringLiteral("super1"));
        QVERIFY(!token.isEmpty());
        const SyncRound outcome
                = runSync(m_dir.filePath(QStringLiteral("super.sqlite")), m_sim.url(), token);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.cases, 400);
    }

    void clerkSeesTheDepartmentAndResumesFromTheCursor()
    {
        const QString file = m_dir.filePath(QStringLiteral("clerk.sqlite"));
        const QString token = demoRefreshToken(m_sim.url(), QStringLiteral("clerk1"));
        const SyncRound first = runSync(file, m_sim.url(), token);
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(first.cases > 0);
        QVERIFY(first.cases < 400);

        {
            Database db(file);
            QVERIFY(db.open(nullptr));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE department <> 'SCJG'"))
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM items")) && q.next());
            QVERIFY(q.value(0).toInt() >= 5); // the whole catalogue, every department's
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM calendars")) && q.next());
            QVERIFY(q.value(0).toInt() >= 7); // the platform's calendars, 2020 on
            CaseStore store(db, WorkCalendar::builtIn());
            QVERIFY(!FeedState(db).cursor().isEmpty());
            // The platform's record is kept whole; the applicant's details open with the key.
            const QString id = store.summaries(0, 1).constFirst().id;
            store.setPersonalDataKey(testDataKey());
            const auto cached = store.cachedCase(id);
            QVERIFY(!cached->personalDataWithheld);
            const QJsonObject record = QJsonDocument::fromJson(cached->json).object();
            QCOMPARE(record.value(QStringLiteral("department")).toString(), QStringLiteral("SCJG"));
            const QJsonObject applicant = record.value(QStringLiteral("applicant")).toObject();
            const QString idNumber = applicant.value(QStringLiteral("idNumber")).toString();
            const QString phone = applicant.value(QStringLiteral("phone")).toString();
            QVERIFY(idNumber.size() == 18);
            QVERIFY(!phone.isEmpty());
            // At rest they are sealed: not in the file, and not readable with another key.
            QSqlQuery plain(db.connection());
            plain.prepare(
                    QStringLiteral("SELECT COUNT(*) FROM cases WHERE instr(json, ?) > 0 "
                                   "OR instr(json, ?) > 0 OR instr(json, '\"idNumber\"') > 0"));
            plain.addBindValue(idNumber);
            plain.addBindValue(phone);
            QVERIFY(plain.exec() && plain.next());
            QCOMPARE(plain.value(0).toInt(), 0);
            store.setPersonalDataKey(cipher::randomKey());
            QVERIFY(store.cachedCase(id)->personalDataWithheld);
            QVERIFY(!store.cachedCase(id)->json.contains(idNumber.toUtf8()));
        }

        // Without a key (no keychain) the personal data is not kept at all.
        const QString keyless = m_dir.filePath(QStringLiteral("keyless.sqlite"));
        const SyncRound withoutKey = runSync(
                keyless, m_sim.url(), demoRefreshToken(m_sim.url(), QStringLiteral("clerk2")), 100,
                QByteArray());
        QVERIFY2(withoutKey.ok, qPrintable(withoutKey.error));
        {
            Database db(keyless);
            QVERIFY(db.open(nullptr));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE instr(json, "
                                          "'\"idNumber\"') > 0 OR instr(json, '\"phone\"') > 0"))
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            CaseStore store(db, WorkCalendar::builtIn());
            QVERIFY(store.cachedCase(store.summaries(0, 1).constFirst().id)->personalDataWithheld);
        }

        // Rotated refresh token: the first one is spent, the newest one works.
        QVERIFY(!first.rotatedTokens.isEmpty());
        const SyncRound again = runSync(file, m_sim.url(), first.rotatedTokens.constLast());
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.changes, 0); // nothing new: resumed from the stored cursor
        QCOMPARE(again.cases, first.cases);

        const SyncRound spent = runSync(file, m_sim.url(), token);
        QVERIFY(!spent.ok);
        QCOMPARE(spent.errorKind, int(PlatformError::Kind::SessionExpired));
    }

    void aLostCursorLeadsToAFullResync()
    {
        const QString file = m_dir.filePath(QStringLiteral("resync.sqlite"));
        const SyncRound first = runSync(file, m_sim.url(),
                                        demoRefreshToken(m_sim.url(), QStringLiteral("clerk2")));
        QVERIFY(first.ok);
        {
            Database db(file);
            QVERIFY(db.open(nullptr));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral(
                    "UPDATE sync_state SET value = 'not-a-cursor' WHERE key = 'feed_cursor'")));
        }
        const SyncRound second = runSync(file, m_sim.url(), first.rotatedTokens.constLast());
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.cases, first.cases);
        QCOMPARE(second.changes, first.changes);
    }

    // An unreliable platform: every fault mode of the sim, and sync rounds until one completes.
    void syncCompletesThroughEveryFaultMode_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("503s") << "error=0.3";
        QTest::newRow("cut connections") << "drop=0.3";
        QTest::newRow("truncated bodies") << "truncate=0.3";
        QTest::newRow("slow bodies") << "slow=0.5";
        QTest::newRow("429 bursts") << "burst=0.2";
        QTest::newRow("latency") << "latency=50";
    }
    void syncCompletesThroughEveryFaultMode()
    {
        QFETCH(QString, spec);
        SimProcess sim(SimProcess::Options{
                300, 7, 900, QStringLiteral("2026-11-27"), {QStringLiteral("--faults"), spec}});
        QString error;
        QVERIFY2(sim.start(&error), qPrintable(error));
        QString token;
        for (int i = 0; i < 20 && token.isEmpty(); ++i)
            token = demoRefreshToken(sim.url(), QStringLiteral("super1"));
        QVERIFY(!token.isEmpty());
        const QString file = m_dir.filePath(
                QStringLiteral("faults-%1.sqlite")
                        .arg(QString(spec).replace(QLatin1Char('='), QLatin1Char('-'))));
        bool done = false;
        for (int round = 0; round < 40 && !done; ++round) {
            const SyncRound outcome = runSync(file, sim.url(), token, 50);
            if (!outcome.rotatedTokens.isEmpty())
                token = outcome.rotatedTokens.constLast();
            done = outcome.ok;
            if (!done)
                QVERIFY2(outcome.errorKind != int(PlatformError::Kind::Storage),
                         qPrintable(outcome.error));
        }
        QVERIFY(done);
        Database db(file);
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        QCOMPARE(store.caseCount(), 300);
    }

    // The platform goes down in the middle of a sync and comes back (on another port): the next
    // sync goes on from the last whole page.
    void aRestartedPlatformMidSync()
    {
        const SimProcess::Options options{3000, 8, 900, QStringLiteral("2026-11-27")};
        auto first = std::make_unique<SimProcess>(options);
        QString error;
        QVERIFY2(first->start(&error), qPrintable(error));
        const QString dataDir = first->dataDir();
        const QString file = m_dir.filePath(QStringLiteral("restart.sqlite"));
        QString token = demoRefreshToken(first->url(), QStringLiteral("super1"));
        int pagesBeforeCrash = 0;
        {
            SyncEngine::Config config;
            config.databasePath = file;
            config.server = first->url();
            config.pageSize = 100;
            config.dataKey = testDataKey();
            SyncEngine engine(config);
            QEventLoop loop;
            QObject::connect(&engine, &SyncEngine::refreshTokenChanged,
                             [&](const QString &t) { token = t; });
            QObject::connect(&engine, &SyncEngine::progress, [&](int) {
                if (++pagesBeforeCrash == 5)
                    first->stop(); // the platform dies between two pages
            });
            QObject::connect(&engine, &SyncEngine::syncFinished, &loop, &QEventLoop::quit);
            QObject::connect(&engine, &SyncEngine::syncFailed, &loop, &QEventLoop::quit);
            engine.open(token);
            engine.syncNow();
            loop.exec();
        }
        {
            Database db(file);
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            QVERIFY(store.caseCount() > 0);
            QVERIFY(store.caseCount() < 3000);
        }
        SimProcess second(options, dataDir);
        QVERIFY2(second.start(&error), qPrintable(error));
        const SyncRound resumed = runSync(file, second.url(), token);
        QVERIFY2(resumed.ok, qPrintable(resumed.error));
        QCOMPARE(resumed.cases, 3000);
        QVERIFY(resumed.changes < 3000); // it went on, it did not start over
    }

    void deadlinesFollowThePlatformsClock()
    {
        // The platform's clock is two days ahead of this computer's (or this computer is behind).
        SimProcess skewed(
                SimProcess::Options{30,
                                    5,
                                    900,
                                    QStringLiteral("2026-11-27"),
                                    {QStringLiteral("--clock-skew"), QStringLiteral("172800")}});
        QString error;
        QVERIFY2(skewed.start(&error), qPrintable(error));
        const QString file = m_dir.filePath(QStringLiteral("skew.sqlite"));
        QVERIFY(runSync(file, skewed.url(),
                        demoRefreshToken(skewed.url(), QStringLiteral("clerk1")))
                        .ok);
        Database db(file);
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        QVERIFY(qAbs(FeedState(db).clockOffset() - 172800) <= 5);
        QCOMPARE(store.platformToday(),
                 QDateTime::currentDateTimeUtc().addSecs(172800 + 8 * 3600).date());
    }

    // Deadlines stored by an older CaseDesk (other rules, other warning settings) are computed
    // again when the engine opens the cache.
    void staleDeadlinesAreComputedAgain()
    {
        const QString file = m_dir.filePath(QStringLiteral("stale.sqlite"));
        const SyncRound first = runSync(file, m_sim.url(),
                                        demoRefreshToken(m_sim.url(), QStringLiteral("super1")));
        QVERIFY(first.ok);
        int dated = 0;
        {
            Database db(file);
            QVERIFY(db.open(nullptr));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE due_date IS NOT NULL"))
                    && q.next());
            dated = q.value(0).toInt();
            QVERIFY(dated > 0);
            QVERIFY(q.exec(QStringLiteral("UPDATE cases SET due_date = NULL, warn_from = NULL")));
            QVERIFY(q.exec(QStringLiteral(
                    "UPDATE sync_state SET value = 'rules:1' WHERE key = 'deadline_basis'")));
        }
        QVERIFY(runSync(file, m_sim.url(), first.rotatedTokens.constLast()).ok);
        Database db(file);
        QVERIFY(db.open(nullptr));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE due_date IS NOT NULL"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), dated);
    }

    void wrongPasswordIsReportedClearly()
    {
        RestPlatformClient client(m_sim.url());
        PlatformError error;
        QEventLoop loop;
        client.signIn(QStringLiteral("clerk1"), QStringLiteral("wrong"),
                      [&](const Tokens &, const PlatformError &e) {
                          error = e;
                          loop.quit();
                      });
        loop.exec();
        QCOMPARE(error.kind, PlatformError::Kind::BadCredentials);
        QVERIFY(!error.message.isEmpty());
    }

    void aDeadPlatformIsAnOfflineError()
    {
        QTcpServer reserve; // a port nobody listens on once we close it
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const QUrl dead(QStringLiteral("http://127.0.0.1:%1").arg(reserve.serverPort()));
        reserve.close();
        const SyncRound outcome
                = runSync(m_dir.filePath(QStringLiteral("dead.sqlite")), dead, QStringLiteral("t"));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.errorKind, int(PlatformError::Kind::Network));
    }

    void expiredAccessTokensAreRefreshedSilently()
    {
        SimProcess shortLived(SimProcess::Options{60, 3, 1, QStringLiteral("2026-11-27")});
        QString error;
        QVERIFY2(shortLived.start(&error), qPrintable(error));
        SyncEngine::Config config;
        config.databasePath = m_dir.filePath(QStringLiteral("ttl.sqlite"));
        config.server = shortLived.url();
        config.pageSize = 10;
        config.dataKey = testDataKey();
        SyncEngine engine(config);
        QSignalSpy finished(&engine, &SyncEngine::syncFinished);
        QSignalSpy failed(&engine, &SyncEngine::syncFailed);
        QSignalSpy rotated(&engine, &SyncEngine::refreshTokenChanged);
        engine.open(demoRefreshToken(shortLived.url(), QStringLiteral("clerk1")));
        engine.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QTest::qWait(1500); // the 1-second access token is gone now
        engine.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(failed.size(), 0);
        QVERIFY(rotated.size() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"

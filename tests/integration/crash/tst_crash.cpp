#include "SimProcess.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "sync/ActionService.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

// casedesk-cli sync killed with SIGKILL at random moments, during the push of queued actions and
// during the pull of the feed: afterwards the cache is intact and every action was applied on
// the platform exactly once.
class TestCrash : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim{SimProcess::Options{4000, 29, 900, QStringLiteral("2026-11-27")}};
    QTemporaryDir m_home;

    int cli(const QStringList &args, const QByteArray &input = {}, int killAfterMs = -1)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CASEDESK_HOME"), m_home.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CASEDESK_CLI_PATH), args);
        p.write(input);
        p.closeWriteChannel();
        if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs)) {
            p.kill(); // SIGKILL: no cleanup of any kind
            p.waitForFinished(5000);
            return -9;
        }
        p.waitForFinished(120000);
        return p.exitCode();
    }

private Q_SLOTS:
    void killedSyncsLoseAndRepeatNothing()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
        QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("--server"), m_sim.url().toString(),
                      QStringLiteral("--user"), QStringLiteral("clerk1"),
                      QStringLiteral("--password-stdin")},
                     "demo123\n"),
                 0);
        QCOMPARE(cli({QStringLiteral("sync")}), 0);

        QStringList keys;
        {
            Database db(m_home.filePath(QStringLiteral("cache.sqlite")));
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            Outbox outbox(db, store);
            ActionService actions(store, outbox);
            for (const CaseSummary &s : store.summaries(0, 100000)) {
                if (keys.size() >= 40)
                    break;
                if (s.stage != CaseStage::Acceptance
                    || !(s.claimedBy.isEmpty() || s.claimedBy == QLatin1String("clerk1")))
                    continue;
                QVERIFY(actions.take(s.id, Role::Clerk, QStringLiteral("clerk1"),
                                     QStringLiteral("accept"), {})
                                .ok());
                keys.append(outbox.items().constLast().idempotencyKey);
            }
            QVERIFY(keys.size() >= 20);
        }

        QRandomGenerator rng(4711);
        int killed = 0;
        for (int i = 0; i < 50; ++i) {
            {
                // Forget the feed position each time, so that every run pulls the whole feed
                // and a kill can land in the pull as well as in the push.
                Database db(m_home.filePath(QStringLiteral("cache.sqlite")));
                QVERIFY(db.open(nullptr));
                QSqlQuery q(db.connection());
                QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_state")));
            }
            if (cli({QStringLiteral("sync")}, {}, 20 + rng.bounded(300)) == -9)
                ++killed;
        }
        qInfo("killed %d of 50 sync runs", killed);
        QVERIFY2(killed >= 25, qPrintable(QString::number(killed)));

        // Let it finish now.
        for (int i = 0; i < 3 && cli({QStringLiteral("sync")}) != 0; ++i) { }
        Database db(m_home.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(db.open(nullptr));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE local_stage IS NOT NULL"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        QSqlDatabase log
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("simlog"));
        log.setDatabaseName(m_sim.dataDir() + QStringLiteral("/onestop-sim.sqlite"));
        QVERIFY(log.open());
        QSqlQuery applied(log);
        for (const QString &key : std::as_const(keys)) {
            applied.prepare(QStringLiteral(
                    "SELECT COUNT(*) FROM actions WHERE idem_key = ? AND status = 200"));
            applied.addBindValue(key);
            QVERIFY(applied.exec() && applied.next());
            QCOMPARE(applied.value(0).toInt(), 1);
        }
        // Nothing else was applied on the platform: exactly our actions, once each.
        QVERIFY(applied.exec(QStringLiteral("SELECT COUNT(*) FROM actions WHERE status = 200"))
                && applied.next());
        QCOMPARE(applied.value(0).toInt(), int(keys.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"

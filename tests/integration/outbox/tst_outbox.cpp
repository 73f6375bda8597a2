#include "DemoSignIn.h"
#include "SimProcess.h"
#include "SyncRound.h"
#include "cases/Workflow.h"
#include "platform/RestPlatformClient.h"
#include "security/Cipher.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "sync/ActionService.h"
#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace casedesk;

namespace {
SyncRound syncOnce(const QString &db, const QUrl &server, const QString &refreshToken)
{
    SyncEngine::Config config;
    config.databasePath = db;
    config.server = server;
    config.pageSize = 500;
    config.dataKey = cipher::randomKey();
    return runSyncRound(config, refreshToken);
}

// The platform's action log: how often each key was applied.
QHash<QString, int> appliedKeys(const QString &simDir)
{
    QHash<QString, int> keys;
    {
        QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("simlog"));
        db.setDatabaseName(simDir + QStringLiteral("/onestop-sim.sqlite"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT idem_key FROM actions WHERE status = 200"));
            while (q.next())
                keys[q.value(0).toString()] += 1;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("simlog"));
    return keys;
}

// Cases of the clerk's department that clerk1 may work on, in `stage`.
// Cases clerk1 may work on in `stage`; with `verb`, only those the case itself allows it on
// (no second extension request while one waits, say).
QStringList workable(CaseStore &store, CaseStage stage, int count, const char *verb = nullptr)
{
    QStringList ids;
    for (const CaseSummary &s : store.summaries(0, 100000)) {
        if (s.stage != stage || !(s.claimedBy.isEmpty() || s.claimedBy == QLatin1String("clerk1"))
            || s.pendingAction)
            continue;
        if (verb) {
            const auto stored = store.storedCase(s.id);
            if (!stored
                || !Workflow::whyNot(*Workflow::find(QLatin1String(verb)), stored->effective)
                            .isEmpty())
                continue;
        }
        ids.append(s.id);
        if (ids.size() == count)
            break;
    }
    return ids;
}

QUrl deadServer()
{
    QTcpServer reserve;
    reserve.listen(QHostAddress::LocalHost);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(reserve.serverPort()));
    reserve.close();
    return url;
}
} // namespace

// Actions taken offline reach the platform exactly once, in order, and nothing is lost.
class TestOutbox : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim{SimProcess::Options{1500, 17, 900, QStringLiteral("2026-11-27")}};
    QTemporaryDir m_dir;
    QString m_token;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
        m_token = demoRefreshToken(m_sim.url(), QStringLiteral("clerk1"));
        QVERIFY(!m_token.isEmpty());
    }

    void offlineActionsAreDeliveredOnce()
    {
        const QString file = m_dir.filePath(QStringLiteral("offline.sqlite"));
        SyncRound first = syncOnce(file, m_sim.url(), m_token);
        QVERIFY(first.ok);
        QStringList keys;
        {
            Database db(file);
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            Outbox outbox(db, store);
            ActionService actions(store, outbox);
            const QStringList accepting = workable(store, CaseStage::Acceptance, 15);
            QVERIFY(accepting.size() >= 10);
            for (const QString &id : accepting) {
                // Two actions on one case: the second goes out on the version the first produces.
                QVERIFY(actions.take(id, Role::Clerk, QStringLiteral("clerk1"),
                                     QStringLiteral("accept"), {})
                                .ok());
                const auto second = actions.take(
                        id, Role::Clerk, QStringLiteral("clerk1"), QStringLiteral("propose"),
                        {{QStringLiteral("proposal"), QStringLiteral("grant")},
                         {QStringLiteral("opinion"), QStringLiteral("符合条件")}});
                QVERIFY(second.ok());
            }
            // Shown at once: the inbox reads the local stage.
            QCOMPARE(store.cachedCase(accepting.first())->localStage,
                     std::optional<CaseStage>(CaseStage::Approval));
            QCOMPARE(outbox.pendingCount(), int(accepting.size()) * 2);
            for (const OutboxItem &item : outbox.items())
                keys.append(item.idempotencyKey);
        }
        // No network: nothing is lost, nothing is sent.
        const SyncRound offline = syncOnce(file, deadServer(), first.refreshToken);
        QVERIFY(!offline.ok);
        QCOMPARE(offline.pending, int(keys.size()));
        // Back online.
        const SyncRound online = syncOnce(file, m_sim.url(), first.refreshToken);
        QVERIFY(online.ok);
        QCOMPARE(online.pending, 0);
        QCOMPARE(online.held, 0);
        const QHash<QString, int> applied = appliedKeys(m_sim.dataDir());
        for (const QString &key : std::as_const(keys))
            QCOMPARE(applied.value(key), 1);
        Database db(file);
        QVERIFY(db.open(nullptr));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE local_stage IS NOT NULL"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        m_token = online.refreshToken;
    }

    // A day at an outreach point: a thousand actions without a network, then one sync.
    void aThousandOfflineActions()
    {
        const QString file = m_dir.filePath(QStringLiteral("thousand.sqlite"));
        SyncRound round = syncOnce(file, m_sim.url(), m_token);
        QVERIFY(round.ok);
        QStringList keys;
        {
            Database db(file);
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            Outbox outbox(db, store);
            ActionService actions(store, outbox);
            const QStringList cases = workable(store, CaseStage::Review, 100);
            QVERIFY(cases.size() >= 20);
            const QJsonObject hearing{
                    {QStringLiteral("kind"), QStringLiteral("hearing")},
                    {QStringLiteral("reason"), QStringLiteral("申请人申请听证")},
                    {QStringLiteral("legalBasis"), QStringLiteral("《行政许可法》第四十六条")}};
            for (int i = 0; keys.size() < 1000; ++i) {
                const QString &id = cases.at(i % cases.size());
                const bool suspend = (i / cases.size()) % 2 == 0;
                const auto r = actions.take(id, Role::Clerk, QStringLiteral("clerk1"),
                                            suspend ? QStringLiteral("suspend")
                                                    : QStringLiteral("resume"),
                                            suspend ? hearing : QJsonObject());
                QVERIFY(r.ok());
                keys.append(outbox.items().constLast().idempotencyKey);
            }
        }
        QCOMPARE(syncOnce(file, deadServer(), round.refreshToken).pending, 1000);
        round = syncOnce(file, m_sim.url(), round.refreshToken);
        QVERIFY(round.ok);
        QCOMPARE(round.pending, 0);
        QCOMPARE(round.held, 0);
        const QHash<QString, int> applied = appliedKeys(m_sim.dataDir());
        for (const QString &key : std::as_const(keys))
            QCOMPARE(applied.value(key), 1);
        m_token = round.refreshToken;
    }

    void aChangedCaseIsHeldAsAConflict()
    {
        const QString file = m_dir.filePath(QStringLiteral("conflict.sqlite"));
        SyncRound round = syncOnce(file, m_sim.url(), m_token);
        QVERIFY(round.ok);
        QString id;
        qint64 outboxId = 0;
        {
            Database db(file);
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            Outbox outbox(db, store);
            ActionService actions(store, outbox);
            id = workable(store, CaseStage::Review, 1, "requestExtension").value(0);
            QVERIFY(!id.isEmpty());
            outboxId = actions.take(id, Role::Clerk, QStringLiteral("clerk1"),
                                    QStringLiteral("requestExtension"),
                                    {{QStringLiteral("days"), 5},
                                     {QStringLiteral("reason"), QStringLiteral("需要现场核查")}})
                               .outboxId;
            QVERIFY(outboxId > 0);
        }
        // Meanwhile the case changes on the platform (a claim bumps its version).
        RestPlatformClient other(m_sim.url());
        other.setRefreshToken(demoRefreshToken(m_sim.url(), QStringLiteral("clerk1")));
        QEventLoop loop;
        PlatformError claimError;
        other.claimCase(id, true, [&](const ClaimResult &, const PlatformError &e) {
            claimError = e;
            loop.quit();
        });
        loop.exec();
        QVERIFY2(!claimError.isError(), qPrintable(claimError.message));

        round = syncOnce(file, m_sim.url(), round.refreshToken);
        QVERIFY(round.ok);
        QCOMPARE(round.held, 1);
        {
            Database db(file);
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            Outbox outbox(db, store);
            const OutboxItem held = outbox.items().constFirst();
            QCOMPARE(held.state, OutboxItem::State::Conflict);
            QVERIFY(!held.conflictJson.isEmpty()); // both versions are at hand
            QString error;
            QVERIFY(outbox.reapply(held.id, QStringLiteral("clerk1"), &error));
        }
        round = syncOnce(file, m_sim.url(), round.refreshToken);
        QVERIFY(round.ok);
        QCOMPARE(round.pending, 0);
        QCOMPARE(round.held, 0);
        m_token = round.refreshToken;
    }

    void aHeldActionIsDiscardedOnlyWithAReason()
    {
        const QString file = m_dir.filePath(QStringLiteral("refused.sqlite"));
        SyncRound round = syncOnce(file, m_sim.url(), m_token);
        QString id;
        {
            Database db(file);
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            Outbox outbox(db, store);
            ActionService actions(store, outbox);
            id = workable(store, CaseStage::PreReview, 1).value(0);
            QVERIFY(actions.take(id, Role::Clerk, QStringLiteral("clerk1"),
                                 QStringLiteral("accept"), {})
                            .ok());
        }
        // Another clerk claims it first: the platform refuses ours.
        RestPlatformClient other(m_sim.url());
        other.setRefreshToken(demoRefreshToken(m_sim.url(), QStringLiteral("clerk2")));
        QEventLoop loop;
        other.claimCase(id, true, [&](const ClaimResult &, const PlatformError &) { loop.quit(); });
        loop.exec();
        round = syncOnce(file, m_sim.url(), round.refreshToken);
        QCOMPARE(round.held, 1);
        Database db(file);
        QVERIFY(db.open(nullptr));
        CaseStore store(db, WorkCalendar::builtIn());
        Outbox outbox(db, store);
        const OutboxItem held = outbox.items().constFirst();
        // The claim changed the case first: the platform answers with its current version.
        QVERIFY(held.state != OutboxItem::State::Pending);
        QString error;
        QVERIFY(!outbox.discard(held.id, QString(), QStringLiteral("clerk1"),
                                &error)); // a reason is required
        QVERIFY(outbox.discard(held.id, QStringLiteral("已由李伟认领办理"),
                               QStringLiteral("clerk1"), &error));
        QCOMPARE(outbox.items().size(), 0);
        QCOMPARE(store.cachedCase(id)->localStage, std::nullopt);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT reason FROM outbox_discarded")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("已由李伟认领办理"));
        m_token = round.refreshToken;
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"

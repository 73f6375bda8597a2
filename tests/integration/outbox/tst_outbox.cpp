#include "DemoSignIn.h"
#include "SimProcess.h"
#include "SyncRound.h"
#include "cases/Workflow.h"
#include "core/Profile.h"
#include "platform/RestPlatformClient.h"
#include "security/Cipher.h"
#include "session/Workspace.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "sync/ActionService.h"
#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

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

// Writes over the first page of `table`'s b-tree in the file, as a failing disk would.
bool damageTable(const QString &file, const QString &table)
{
    int pageSize = 0, root = 0;
    {
        Database db(file);
        if (!db.open(nullptr))
            return false;
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next())
            return false;
        pageSize = q.value(0).toInt();
        if (!q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'")
                            .arg(table))
            || !q.next())
            return false;
        root = q.value(0).toInt();
    } // the last connection closes: the WAL is written back into the file
    QFile f(file);
    if (root < 2 || !f.open(QIODevice::ReadWrite) || !f.seek(qint64(root - 1) * pageSize))
        return false;
    return f.write(QByteArray(pageSize, char(0xa5))) == pageSize;
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

    // A damaged cache file (a failing disk, a machine that lost power mid-write): CaseDesk
    // starts a new cache and fetches the cases again, and the actions not yet sent, with their
    // audit records, are carried over and reach the platform exactly once.
    void aDamagedCacheIsRebuiltAndItsActionsStillGoOut()
    {
        QTemporaryDir home;
        Profile profile(home.path());
        const QString file = profile.databasePath();
        const SyncRound first = syncOnce(file, m_sim.url(), m_token);
        QVERIFY2(first.ok, qPrintable(first.error));
        QStringList keys;
        int auditRows = 0;
        {
            Database db(file);
            QVERIFY(db.open(nullptr));
            CaseStore store(db, WorkCalendar::builtIn());
            Outbox outbox(db, store);
            AuditLog audit(db);
            outbox.setAuditLog(&audit);
            ActionService actions(store, outbox);
            const QStringList accepting = workable(store, CaseStage::Acceptance, 5);
            QCOMPARE(accepting.size(), 5);
            for (const QString &id : accepting)
                QVERIFY(actions.take(id, Role::Clerk, QStringLiteral("clerk1"),
                                     QStringLiteral("accept"), {})
                                .ok());
            for (const OutboxItem &item : outbox.items())
                keys.append(item.idempotencyKey);
            auditRows = audit.entries().size();
            QVERIFY(auditRows >= 5);
        }
        QVERIFY(damageTable(file, QStringLiteral("cases")));

        // The app opens as usual; the inbox's first read finds the damage and says what to do.
        {
            Workspace workspace(profile);
            QString error;
            QVERIFY2(workspace.open(&error), qPrintable(error));
            QVERIFY(!workspace.rescued());
            QVERIFY(workspace.cases()->summaries(0, 100000).isEmpty());
            QVERIFY(Database::isMarkedDamaged(file));
            const SyncRound refused = syncOnce(file, m_sim.url(), first.refreshToken);
            QVERIFY(!refused.ok);
            QCOMPARE(refused.error, Database::damageNote());
            m_token = refused.refreshToken;
        }
        // The next start rebuilds it: nothing of this computer's own is lost.
        {
            Workspace workspace(profile);
            QString error;
            QVERIFY2(workspace.open(&error), qPrintable(error));
            QVERIFY(workspace.rescued());
            const CacheRescue &rescue = *workspace.rescued();
            QVERIFY2(rescue.unreadable.isEmpty(), qPrintable(rescue.summary()));
            QVERIFY(rescue.damagedCopy.isEmpty()); // all read: the copy with personal data goes
            QCOMPARE(rescue.keptRows(QStringLiteral("outbox")), 5);
            QCOMPARE(rescue.keptRows(QStringLiteral("audit")), auditRows);
            QCOMPARE(workspace.outbox()->pendingCount(), 5);
            QVERIFY(workspace.audit()->verify().isEmpty()); // the hash chain is whole
            QVERIFY(workspace.cases()->summaries(0, 100000).isEmpty());
            QVERIFY(!Database::isMarkedDamaged(file));
            QCOMPARE(QDir(home.path()).entryList({QStringLiteral("*.damaged*")}), QStringList());
        }
        const SyncRound rebuilt = syncOnce(file, m_sim.url(), m_token);
        QVERIFY2(rebuilt.ok, qPrintable(rebuilt.error));
        QCOMPARE(rebuilt.pending, 0);
        QCOMPARE(rebuilt.cases, first.cases);
        const QHash<QString, int> applied = appliedKeys(m_sim.dataDir());
        for (const QString &key : std::as_const(keys))
            QCOMPARE(applied.value(key), 1);
        m_token = rebuilt.refreshToken;
    }

    // A full disk (the profile on a 3 MiB tmpfs): the sync stops with words a clerk can act on
    // (not SQLite's "database or disk is full"), and once there is space again the next sync
    // goes on from where it stopped to exactly what the platform holds.
    void aFullDiskLosesNothing()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root");
        QTemporaryDir disk;
        if (QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=3m"), QStringLiteral("tmpfs"), disk.path()})
            != 0)
            QSKIP("cannot mount a tmpfs here");
        const auto unmount = qScopeGuard(
                [&] { QProcess::execute(QStringLiteral("umount"), {disk.path()}); });
        const QString file = disk.filePath(QStringLiteral("cache.sqlite"));
        const SyncRound full = syncOnce(file, m_sim.url(), m_token);
        QVERIFY(!full.ok);
        QCOMPARE(full.errorKind, int(PlatformError::Kind::Storage));
        QVERIFY2(full.error.contains(Database::diskFullText()), qPrintable(full.error));
        m_token = full.refreshToken;
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                   {QStringLiteral("-o"), QStringLiteral("remount,size=64m"),
                                    disk.path()}),
                 0);
        const SyncRound again = syncOnce(file, m_sim.url(), m_token);
        QVERIFY2(again.ok, qPrintable(again.error));
        const SyncRound reference
                = syncOnce(m_dir.filePath(QStringLiteral("reference.sqlite")), m_sim.url(),
                           again.refreshToken);
        QVERIFY2(reference.ok, qPrintable(reference.error));
        QCOMPARE(again.cases, reference.cases);
        m_token = reference.refreshToken;
    }

    // Damage where SQLite cannot even read the file's header: a new cache all the same, and the
    // old file is kept for the administrator, since nothing could be read out of it.
    void anUnreadableCacheFileIsKeptAside()
    {
        QTemporaryDir home;
        Profile profile(home.path());
        const QString file = profile.databasePath();
        {
            Workspace workspace(profile);
            QString error;
            QVERIFY2(workspace.open(&error), qPrintable(error));
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.write(QByteArray(100, 'x')) == 100);
        f.close();
        Workspace workspace(profile);
        QString error;
        QVERIFY2(workspace.open(&error), qPrintable(error));
        QVERIFY(workspace.rescued());
        const CacheRescue &rescue = *workspace.rescued();
        QVERIFY(rescue.unreadable.contains(QStringLiteral("outbox")));
        QVERIFY(QFile::exists(rescue.damagedCopy));
        QVERIFY2(rescue.summary().contains(rescue.damagedCopy), qPrintable(rescue.summary()));
        QCOMPARE(workspace.outbox()->pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"

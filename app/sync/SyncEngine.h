#pragma once

#include "deadlines/StageDeadline.h"
#include "platform/PlatformTypes.h"
#include "security/TlsPolicy.h"
#include "sync/Reconciler.h"

#include "core/Clock.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace casedesk {

class Profile;

class CaseStore;
class Outbox;
class IntakeRegister;
struct OutboxItem;
class AuditLog;
class SearchIndex;
class FeedState;
class MaterialFetcher;
class MaterialUploads;
class UploadPush;
class Vault;
class Database;
class PlatformClient;

// Pulls the platform's change feed into the local cache. It lives on its own thread with its
// own database connection and network access; the UI talks to it through queued signals only.
// Each page and the cursor after it land in one transaction, so an interrupted sync resumes
// where it stopped and never applies a page twice.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString databasePath;
        QUrl server;
        int pageSize = 1000;
        WarningPolicy warning;
        TlsPolicy tls;
        // Seals personal data in the cache (security/DataKey); empty: such data is not kept.
        QByteArray dataKey;
        // Names this installation's audit chain on the platform.
        QString deviceId;
        // The encrypted vault for materials kept offline (with dataKey).
        QString vaultDir;
        qint64 vaultQuotaBytes = 0;
        // The largest chunk of a file upload (the platform may take smaller ones).
        qint64 uploadChunkBytes = 1024 * 1024;
        // A round that has not ended by then stops with what it applied (a platform that feeds
        // for ever); the next round goes on from the cursor it reached.
        int roundDeadlineMs = 30 * 60 * 1000;
        // The notice kinds whose 文号 each round keeps in reserve (notices/NoticeNumbers).
        QStringList noticeKinds{QStringLiteral("acceptance"), QStringLiteral("correction"),
                                QStringLiteral("refusal"), QStringLiteral("grant"),
                                QStringLiteral("denial")};

        // The time the engine goes by (backoff, the year of 文号); not owned, outlives it.
        const Clock *clock = &Clock::system();
        // Makes the engine's platform client on its thread; empty: the REST client for
        // `server` with `tls`. Unit tests give an in-process fake (tests/common/FakePlatform).
        std::function<PlatformClient *(QObject *parent)> makeClient;

        // Everything from the profile's settings, so no caller forgets one.
        static Config fromProfile(const Profile &profile);
    };

    explicit SyncEngine(Config config, QObject *parent = nullptr);
    ~SyncEngine() override;

    bool isSyncing() const { return m_syncing; }

    // When a send that failed with `error` after `attempts` earlier tries is due again: what
    // the platform asked for, else exponential backoff with jitter; at once after a dead
    // connection (the next round).
    static qint64 retryDelayMs(int attempts, const PlatformError &error);

public Q_SLOTS:
    // Called on the engine's thread before anything else.
    void open(const QString &refreshToken);
    void syncNow();
    // Drops the session in memory (sign-out).
    void close();
    // Claims (take) or releases each case through the platform's lock (认领), then brings the
    // case's new state into the cache.
    void setClaims(const QStringList &caseIds, bool take);
    // 分派: moves each case's claim to `userName` with the reason (the chief's), then keeps the
    // case as the platform answered it.
    void assign(const QStringList &caseIds, const QString &userName, const QString &reason);
    // The department's staff, for the chief to assign to.
    void fetchStaff();
    // Downloads the cases' materials into the vault and keeps them there for offline work.
    void keepOffline(const QStringList &caseIds);
    // 材料复用: the applicant's e-licences and earlier materials the platform holds.
    void fetchLicences(const QString &holderId);
    // The file of a reused record, kept in the case's vault as `fileId` (for offline work too).
    void attachReused(const QString &caseId, const QString &recordId, const QString &fileId);
    // Compares the cache with the platform (reconciliation) and, with `repair`, fetches again
    // what differs; not while a round runs (it is asked again when the round ends). Also done
    // on its own after a pull from the feed's start (the first sign-in, a resync).
    void verifyCache(bool repair);

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    void syncStarted();
    void progress(int changesApplied);
    // After each round: actions waiting to be sent, and actions held for the clerk.
    void outboxChanged(int pending, int held);
    void syncFinished(int changesApplied, int cachedCases);
    void syncFailed(int kind, const QString &message); // kind: PlatformError::Kind
    void refreshTokenChanged(const QString &refreshToken);
    void sessionExpired(const QString &message);
    void claimsDone(int changed, int failed, const QString &firstError);
    void assignmentsDone(int changed, int failed, const QString &firstError);
    void staffFetched(const QList<casedesk::StaffMember> &staff, const QString &error);
    void offlineDone(int files, int failed, const QString &firstError);
    void reusedAttached(const QString &caseId, const QString &fileId, const QString &error);
    void licencesFetched(const QString &holderId, const QList<casedesk::Licence> &licences,
                         const QString &error);
    void cacheVerified(const casedesk::CacheCheck &check);
    // After each round: records from the platform that could not be read and wait aside.
    void quarantineChanged(int records);

private:
    // Registers the approval key `item` is signed with, then goes on pushing.
    void registerKey(const OutboxItem &item, const QByteArray &publicKeyPem);
    void pushNext();
    // 窗口收件: the counter application of `item` sent to the platform to become a case.
    void createCase(const OutboxItem &item);
    // What a refused or failed send does to its item: kept for later, held, or the round ends.
    void sendFailed(const OutboxItem &item, const PlatformError &error);
    // The next item, from the event loop: a refused item never recurses into the next.
    void pushLater();
    // A write to the cache failed: the round ends with what failed (a full disk, say); the
    // item stays as it was, for the next round.
    void failStorage(const QString &message);
    // Counts the answers to a batch of per-case calls; reported once, with the first problem.
    struct Tally
    {
        int ok = 0;
        int failed = 0;
        QString firstError;
        void fail(const QString &message)
        {
            ++failed;
            if (firstError.isEmpty())
                firstError = message;
        }
    };
    // One case after the other, each continuing with the rest: no call waits on another.
    void claimNext(QStringList caseIds, bool take, std::shared_ptr<Tally> tally);
    void assignNext(QStringList caseIds, const QString &userName, const QString &reason,
                    std::shared_ptr<Tally> tally);
    void fetchNext(QList<std::pair<QString, QString>> files, std::shared_ptr<Tally> tally);
    void pullPage(const QString &cursor, bool resynced);
    // The files queued for the platform (sync/UploadPush), then `then`.
    void pushUploads(std::function<void()> then);
    void pushNotices(std::function<void()> then);
    void topUpNumbers(QStringList kinds, std::function<void()> then);
    // Fetches again, by id, the records set aside in earlier pages; whatever happens, the
    // round goes on with `then` (a record still unreadable waits for the next round).
    void retryQuarantine(std::function<void()> then);
    void finishRound();
    // A cache check asked for while a round ran, now that it has ended.
    void checkIfAsked();
    void fail(const PlatformError &error);

    Config m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<IntakeRegister> m_intakes;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SearchIndex> m_searchIndex;
    std::unique_ptr<FeedState> m_feed; // cursor, clock offset, deadline basis
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<MaterialFetcher> m_fetcher;
    std::unique_ptr<MaterialUploads> m_uploads;
    std::unique_ptr<UploadPush> m_uploadPush;
    PlatformClient *m_client = nullptr;
    bool m_syncing = false;
    int m_applied = 0;
    QElapsedTimer m_round;
    bool m_fromStart = false; // this round pulls the feed from its start
    int m_verifyAfterRound = -1; // a check asked for during a round: -1 none, 0 check, 1 repair
    int m_pullGeneration = 0; // moves when a round fails: pages still on their way are dropped
};

} // namespace casedesk

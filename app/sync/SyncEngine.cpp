#include "SyncEngine.h"

#include "AuditPush.h"

#include "core/Logging.h"
#include "core/Profile.h"
#include "notices/NoticeNumbers.h"
#include "notices/NoticeStore.h"
#include "platform/JsonMapping.h"
#include "platform/RestPlatformClient.h"
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/FeedState.h"
#include "store/IntakeRegister.h"
#include "store/MaterialUploads.h"
#include "store/Outbox.h"
#include "store/Quarantine.h"
#include "store/SearchIndex.h"
#include "store/Vault.h"
#include "sync/CaseRefetch.h"
#include "sync/MaterialFetcher.h"
#include "sync/UploadPush.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#include <QCoreApplication>

namespace casedesk {

namespace {
// The longest Retry-After a sync round waits out; longer ones end the round.
constexpr int kMaxPauseSecs = 30;
} // namespace

SyncEngine::Config SyncEngine::Config::fromProfile(const Profile &profile)
{
    Config config;
    config.databasePath = profile.databasePath();
    config.server = profile.server();
    config.warning = profile.warningPolicy();
    config.tls = profile.tlsPolicy();
    config.deviceId = profile.deviceId();
    config.vaultDir = profile.vaultDir();
    config.vaultQuotaBytes = profile.vaultQuotaBytes();
    config.uploadChunkBytes = profile.uploadChunkBytes();
    return config;
}

SyncEngine::SyncEngine(Config config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::open(const QString &refreshToken)
{
    m_db = std::make_unique<Database>(m_config.databasePath);
    QString error;
    if (!m_db->open(&error)) {
        m_db.reset();
        Q_EMIT opened(false, error);
        return;
    }
    m_store = std::make_unique<CaseStore>(*m_db, WorkCalendar::builtIn(), m_config.warning);
    m_store->setClock(m_config.clock);
    m_store->setPersonalDataKey(m_config.dataKey);
    m_outbox = std::make_unique<Outbox>(*m_db, *m_store);
    m_intakes = std::make_unique<IntakeRegister>(*m_db, *m_store);
    m_audit = std::make_unique<AuditLog>(*m_db);
    m_intakes->setAuditLog(m_audit.get());
    m_searchIndex = std::make_unique<SearchIndex>(*m_db);
    m_feed = std::make_unique<FeedState>(*m_db);
    if (m_feed->deadlineBasis() != m_store->currentDeadlineBasis()) {
        QString recomputeError;
        const bool ok = m_store->recomputeDeadlines(&recomputeError);
        if (ok)
            m_feed->setDeadlineBasis(m_store->currentDeadlineBasis());
    }
    PlatformClient *client = nullptr;
    if (m_config.makeClient) {
        client = m_config.makeClient(this);
    } else {
        auto *rest = new RestPlatformClient(m_config.server, this);
        rest->setTlsPolicy(m_config.tls);
        client = rest;
    }
    connect(client, &PlatformClient::refreshTokenChanged, this, &SyncEngine::refreshTokenChanged);
    connect(client, &PlatformClient::sessionExpired, this, &SyncEngine::sessionExpired);
    connect(client, &PlatformClient::clockOffsetChanged, this,
            [this](qint64 seconds) { m_feed->setClockOffset(seconds); });
    client->setRefreshToken(refreshToken);
    m_client = client;
    if (!m_config.dataKey.isEmpty() && !m_config.vaultDir.isEmpty()) {
        m_vault = std::make_unique<Vault>(*m_db, m_config.vaultDir, m_config.dataKey,
                                          m_config.vaultQuotaBytes);
        m_fetcher = std::make_unique<MaterialFetcher>(*m_client, *m_vault);
        m_uploads = std::make_unique<MaterialUploads>(*m_db);
        m_uploadPush = std::make_unique<UploadPush>(*m_client, *m_uploads, *m_vault, *m_store,
                                                    *m_config.clock, m_config.uploadChunkBytes);
    }
    Q_EMIT opened(true, {});
}

void SyncEngine::setClaims(const QStringList &caseIds, bool take)
{
    claimNext(caseIds, take, std::make_shared<Tally>());
}

void SyncEngine::claimNext(QStringList caseIds, bool take, std::shared_ptr<Tally> tally)
{
    if (caseIds.isEmpty() || !m_client) {
        Q_EMIT claimsDone(tally->ok, tally->failed, tally->firstError);
        return;
    }
    const QString id = caseIds.takeFirst();
    m_client->claimCase(id, take, [=, this](const ClaimResult &, const PlatformError &error) {
        if (error.isError()) {
            tally->fail(error.message);
            claimNext(caseIds, take, tally);
            return;
        }
        ++tally->ok;
        // The claim changed the case (holder, version): the cache follows at once.
        m_client->fetchCase(id, {},
                            [=, this](const CaseRecord &record, const PlatformError &fetchError) {
                                if (!fetchError.isError() && !record.notModified) {
                                    CacheBatch batch;
                                    batch.cases.append({record.data, record.json});
                                    QString storeError;
                                    // Claimed on the platform, not yet here: the next sync
                                    // brings it; the clerk is told now.
                                    if (!m_store->apply(batch, &storeError))
                                        tally->fail(storeError);
                                }
                                claimNext(caseIds, take, tally);
                            });
    });
}

void SyncEngine::assign(const QStringList &caseIds, const QString &userName, const QString &reason)
{
    assignNext(caseIds, userName, reason, std::make_shared<Tally>());
}

void SyncEngine::assignNext(QStringList caseIds, const QString &userName, const QString &reason,
                            std::shared_ptr<Tally> tally)
{
    if (caseIds.isEmpty() || !m_client) {
        Q_EMIT assignmentsDone(tally->ok, tally->failed, tally->firstError);
        return;
    }
    const QString id = caseIds.takeFirst();
    m_client->assignCase(id, userName, reason,
                         [=, this](const CaseRecord &record, const PlatformError &error) {
                             if (error.isError()) {
                                 tally->fail(error.message);
                             } else {
                                 ++tally->ok;
                                 CacheBatch batch;
                                 batch.cases.append({record.data, record.json});
                                 QString storeError;
                                 // Moved on the platform, not yet here: the next sync brings it.
                                 if (!m_store->apply(batch, &storeError))
                                     tally->fail(storeError);
                             }
                             assignNext(caseIds, userName, reason, tally);
                         });
}

void SyncEngine::fetchStaff()
{
    if (!m_client) {
        Q_EMIT staffFetched({}, QCoreApplication::translate("SyncEngine", "Not connected."));
        return;
    }
    m_client->fetchStaff([this](const QList<StaffMember> &staff, const PlatformError &error) {
        Q_EMIT staffFetched(staff, error.isError() ? error.message : QString());
    });
}

void SyncEngine::fetchLicences(const QString &holderId)
{
    if (!m_client) {
        Q_EMIT licencesFetched(holderId, {},
                               QCoreApplication::translate("SyncEngine", "Not connected."));
        return;
    }
    m_client->fetchLicences(
            holderId, [this, holderId](const QList<Licence> &licences, const PlatformError &error) {
                Q_EMIT licencesFetched(holderId, licences,
                                       error.isError() ? error.message : QString());
            });
}

void SyncEngine::attachReused(const QString &caseId, const QString &recordId, const QString &fileId)
{
    if (!m_client || !m_vault) {
        Q_EMIT reusedAttached(
                caseId, fileId,
                QCoreApplication::translate("SyncEngine",
                                            "The reused document's file cannot be fetched now."));
        return;
    }
    m_client->downloadLicence(
            recordId, [this, caseId, fileId](const MaterialChunk &chunk, const PlatformError &e) {
                QString error = e.isError() ? e.message : QString();
                if (error.isEmpty() && Vault::detectType(chunk.data).isEmpty())
                    error = QCoreApplication::translate(
                            "SyncEngine",
                            "The platform sent a file that is neither a PDF, an "
                            "OFD document nor an image.");
                if (error.isEmpty())
                    m_vault->put(caseId, fileId, chunk.mimeType, chunk.data, true, &error);
                Q_EMIT reusedAttached(caseId, fileId, error);
            });
}

void SyncEngine::keepOffline(const QStringList &caseIds)
{
    auto tally = std::make_shared<Tally>();
    if (!m_fetcher) {
        Q_EMIT offlineDone(0, int(caseIds.size()),
                           QCoreApplication::translate("SyncEngine",
                                                       "Materials cannot be kept offline without "
                                                       "a keychain for their key."));
        return;
    }
    QList<std::pair<QString, QString>> files;
    for (const QString &id : caseIds) {
        QString readError;
        const auto stored = m_store->storedCase(id, &readError);
        if (!stored) {
            tally->fail(readError);
            continue;
        }
        for (const MaterialInfo &m : stored->platform.materials)
            files.append({id, m.id});
    }
    fetchNext(files, tally);
}

void SyncEngine::fetchNext(QList<std::pair<QString, QString>> files, std::shared_ptr<Tally> tally)
{
    if (files.isEmpty()) {
        Q_EMIT offlineDone(tally->ok, tally->failed, tally->firstError);
        return;
    }
    const auto [caseId, materialId] = files.takeFirst();
    m_fetcher->fetch(caseId, materialId, true, [=, this](const MaterialFetcher::Result &result) {
        if (result.error.isError())
            tally->fail(result.error.message);
        else
            ++tally->ok;
        fetchNext(files, tally);
    });
}

void SyncEngine::close()
{
    if (m_client)
        m_client->setRefreshToken({});
}

void SyncEngine::syncNow()
{
    if (m_syncing)
        return;
    if (!m_store || !m_client) {
        fail({PlatformError::Kind::SessionExpired,
              0,
              {},
              QCoreApplication::translate("SyncEngine", "The sync engine is not ready.")});
        return;
    }
    m_syncing = true;
    m_applied = 0;
    m_round.start();
    qCDebug(lcSync) << "sync round started; outbox" << m_outbox->pendingCount() << "pending";
    Q_EMIT syncStarted();
    // Local actions first: they were decided on what the clerk saw, the version we hold now.
    pushNext();
}

void SyncEngine::pullPage(const QString &cursor, bool resynced)
{
    if (cursor.isEmpty())
        m_fromStart = true;
    const int generation = m_pullGeneration;
    m_client->fetchChanges(
            cursor, m_config.pageSize,
            [this, cursor, resynced, generation](const ChangePage &page,
                                                 const PlatformError &error) {
                // A page asked for ahead of a page that then failed to apply.
                if (generation != m_pullGeneration)
                    return;
                if (error.kind == PlatformError::Kind::CursorExpired && !resynced) {
                    qCInfo(lcSync) << "the platform lost the feed position; resyncing from the "
                                      "start";
                    // Start the feed over; upserts make a full pass idempotent.
                    pullPage(QString(), true);
                    return;
                }
                if (error.isTransient() && error.retryAfterSecs > 0
                    && error.retryAfterSecs <= kMaxPauseSecs) {
                    QTimer::singleShot(error.retryAfterSecs * 1000, this,
                                       [this, cursor, resynced] { pullPage(cursor, resynced); });
                    return;
                }
                if (error.isError()) {
                    fail(error);
                    return;
                }
                QString storeError;
                // A pull from the feed's start that takes more than a page (the first sign-in,
                // a resync) indexes its rows for search once at the end, not one by one.
                if (cursor.isEmpty() && page.hasMore && !m_searchIndex->defer(&storeError)) {
                    fail({PlatformError::Kind::Storage, 0, {}, storeError});
                    return;
                }
                // A feed that says there is more but does not move on would be asked for
                // the same page for ever.
                if (page.hasMore && page.changeCount > 0 && page.batch.cursor == cursor) {
                    fail({PlatformError::Kind::Malformed,
                          0,
                          {},
                          QCoreApplication::translate("SyncEngine",
                                                      "The platform's change feed did not move "
                                                      "on (it sent the same position again); "
                                                      "the sync stopped. Tell your "
                                                      "administrator.")});
                    return;
                }
                // A round past its deadline applies this page and stops; the next round goes on
                // from the cursor it reached.
                const bool stopHere = page.hasMore && m_round.isValid()
                        && m_round.elapsed() > m_config.roundDeadlineMs;
                // The next page is asked for before this one is applied: the platform
                // prepares and sends it (and the client reads it) while this one is written.
                // The cursor stored moves only with each page applied, in order.
                const bool more = page.hasMore && page.changeCount > 0 && !stopHere;
                if (more)
                    pullPage(page.batch.cursor, resynced);
                if (!m_store->apply(page.batch, &storeError)) {
                    fail({PlatformError::Kind::Storage, 0, {}, storeError});
                    return;
                }
                for (const CacheBatch::QuarantinedRecord &bad : page.batch.quarantined)
                    qCWarning(lcSync).noquote()
                            << "set aside" << bad.type << bad.id << "-" << bad.error;
                if (!page.batch.calendars.isEmpty() && !m_store->recomputeDeadlines(&storeError)) {
                    fail({PlatformError::Kind::Storage, 0, {}, storeError});
                    return;
                }
                m_applied += page.changeCount;
                Q_EMIT progress(m_applied);
                if (stopHere) {
                    fail({PlatformError::Kind::Network,
                          0,
                          {},
                          QCoreApplication::translate("SyncEngine",
                                                      "The platform kept sending changes for "
                                                      "longer than a sync round may last; the "
                                                      "sync goes on at the next round.")});
                    return;
                }
                if (more)
                    return;
                // Also completes a build that a killed process left half done.
                if (!m_searchIndex->build(&storeError)) {
                    fail({PlatformError::Kind::Storage, 0, {}, storeError});
                    return;
                }
                retryQuarantine([this] {
                    // A pull from the start proves itself: the cache is compared with what the
                    // platform holds, and what differs is fetched again.
                    if (!m_fromStart) {
                        finishRound();
                        return;
                    }
                    Reconciler::run(*m_client, *m_store, *m_db, true,
                                    [this](const CacheCheck &check) {
                                        Q_EMIT cacheVerified(check);
                                        finishRound();
                                    });
                });
            });
}

void SyncEngine::retryQuarantine(std::function<void()> then)
{
    Quarantine quarantine(*m_db);
    QStringList items;
    for (const Quarantine::Entry &e : quarantine.entries(QStringLiteral("item")))
        items.append(e.id);
    QStringList cases;
    // A bounded share each round: a platform that damages thousands does not hold the sync.
    for (const Quarantine::Entry &e : quarantine.entries(QStringLiteral("case"), 500))
        cases.append(e.id);
    auto retryCases = [this, cases, then] {
        if (cases.isEmpty()) {
            then();
            return;
        }
        CaseRefetch::run(
                *m_client, *m_store, cases, [this, then](const CaseRefetch::Outcome &outcome) {
                    Quarantine q(*m_db);
                    for (const auto &[id, why] : outcome.unreadable)
                        q.put(QStringLiteral("case"), id, why, {}, m_config.clock->now());
                    qCInfo(lcSync) << "set-aside cases fetched again:" << outcome.kept.size()
                                   << "read," << outcome.gone.size() << "gone,"
                                   << outcome.unreadable.size() << "still unreadable"
                                   << (outcome.error.isEmpty() ? QString() : outcome.error);
                    then();
                });
    };
    if (items.isEmpty()) {
        retryCases();
        return;
    }
    m_client->fetchItems(
            [this, items, retryCases](const ItemListing &listing, const PlatformError &error) {
                if (!error.isError()) {
                    CacheBatch batch;
                    for (const ServiceItem &item : listing.items) {
                        if (items.contains(item.code))
                            batch.items.append(item);
                    }
                    Quarantine q(*m_db);
                    for (const auto &[code, why] : listing.unreadable) {
                        if (items.contains(code))
                            q.put(QStringLiteral("item"), code, why, {}, m_config.clock->now());
                    }
                    QString storeError;
                    if (!batch.items.isEmpty() && !m_store->apply(batch, &storeError))
                        qCWarning(lcSync).noquote() << "set-aside items not kept:" << storeError;
                }
                retryCases();
            });
}

void SyncEngine::verifyCache(bool repair)
{
    if (!m_client || !m_store) {
        CacheCheck check;
        check.error = QCoreApplication::translate("SyncEngine", "The sync engine is not ready.");
        Q_EMIT cacheVerified(check);
        return;
    }
    if (m_syncing) {
        m_verifyAfterRound = std::max(m_verifyAfterRound, repair ? 1 : 0);
        return;
    }
    // As a round: no sync writes the cache while the check compares and repairs it.
    m_syncing = true;
    Reconciler::run(*m_client, *m_store, *m_db, repair, [this](const CacheCheck &check) {
        m_syncing = false;
        Q_EMIT cacheVerified(check);
    });
}

void SyncEngine::pushLater()
{
    QMetaObject::invokeMethod(this, &SyncEngine::pushNext, Qt::QueuedConnection);
}

void SyncEngine::failStorage(const QString &message)
{
    fail({PlatformError::Kind::Storage,
          0,
          {},
          message.isEmpty() ? QCoreApplication::translate("SyncEngine",
                                                          "The local cache could not be written.")
                            : message});
}

void SyncEngine::pushNext()
{
    const std::optional<OutboxItem> item = m_outbox->nextDue(m_config.clock->now());
    if (!item) {
        pushUploads([this] {
            pushNotices([this] {
                topUpNumbers(m_config.noticeKinds, [this] {
                    pushAuditTrail(*m_client, *m_audit, m_config.deviceId,
                                   [this] { pullPage(m_feed->cursor(), false); });
                });
            });
        });
        return;
    }
    if (item->verb == IntakeRegister::createVerb()) {
        createCase(*item);
        return;
    }
    QString readError;
    bool missing = false;
    const std::optional<qint64> version = m_outbox->expectedVersion(*item, &readError, &missing);
    if (!version && !missing) {
        // A cache that cannot be read now is no reason to refuse the clerk's action for good.
        failStorage(readError);
        return;
    }
    if (!version) {
        if (!m_outbox->markRejected(
                    item->id,
                    QCoreApplication::translate("SyncEngine",
                                                "The case is no longer in the local cache."))) {
            failStorage({});
            return;
        }
        pushLater();
        return;
    }
    // A signed approval goes after its key: the platform checks it against the keys it knows.
    const QJsonObject signature = item->payload.value(QLatin1String("signature")).toObject();
    const QString keyId = signature.value(QLatin1String("keyId")).toString();
    if (!keyId.isEmpty() && keyId != m_feed->registeredApprovalKey()) {
        registerKey(*item, signature.value(QLatin1String("publicKey")).toString().toLatin1());
        return;
    }
    const ActionRequest request{item->verb, item->payload, item->idempotencyKey, *version};
    m_client->postAction(
            item->caseId, request,
            [this, item = *item](const CaseRecord &answer, const PlatformError &error) {
                using Kind = PlatformError::Kind;
                if (!error.isError()) {
                    qCDebug(lcSync).noquote() << "action" << item.verb << "on case" << item.caseId
                                              << "applied, version" << answer.data.version;
                    QString storeError;
                    if (!m_outbox->markApplied(item, {answer.data, answer.json}, &storeError)) {
                        // Applied on the platform but not recorded here: the same key will replay
                        // it.
                        fail({Kind::Storage, 0, {}, storeError});
                        return;
                    }
                    pushNext();
                    return;
                }
                sendFailed(item, error);
            });
}

void SyncEngine::createCase(const OutboxItem &item)
{
    QString readError;
    const std::optional<QJsonObject> body = m_intakes->body(item.caseId, &readError);
    if (!body) {
        if (!m_outbox->markRejected(item.id, readError)) {
            failStorage({});
            return;
        }
        pushLater();
        return;
    }
    m_client->createCase(
            *body, item.idempotencyKey,
            [this, item](const CaseRecord &answer, const PlatformError &error) {
                if (error.isError()) {
                    sendFailed(item, error);
                    return;
                }
                qCInfo(lcSync).noquote() << "counter application" << item.caseId
                                         << "created on the platform as case" << answer.data.id;
                QString storeError;
                bool refused = false;
                if (!m_intakes->markCreated(item, {answer.data, answer.json}, &storeError,
                                            &refused)) {
                    if (refused) {
                        // Held for the clerk; the rest of the outbox goes on.
                        qCWarning(lcSync).noquote()
                                << "counter application" << item.caseId << "held: the platform"
                                << "answered a case another application here already became";
                        if (!m_outbox->markRejected(item.id, storeError)) {
                            failStorage({});
                            return;
                        }
                        pushLater();
                        return;
                    }
                    // Created on the platform but not recorded here: the same key replays it.
                    failStorage(storeError);
                    return;
                }
                pushNext();
            });
}

void SyncEngine::sendFailed(const OutboxItem &item, const PlatformError &error)
{
    using Kind = PlatformError::Kind;
    if (error.kind == Kind::SessionExpired) {
        fail(error);
        return;
    }
    if (error.isTransient()) {
        // Try again later with the same key, so the platform applies it once at most.
        // No connection: due again at the next round. A platform that answered 429 or
        // 5xx gets what it asked for (Retry-After) or exponential backoff with jitter.
        const qint64 delayMs = retryDelayMs(item.attempts, error);
        qCInfo(lcSync).noquote() << "action" << item.verb << "on case" << item.caseId << "kept"
                                 << QStringLiteral("(%1),").arg(error.summary()) << "due again in"
                                 << delayMs << "ms";
        if (!m_outbox->reschedule(item.id, m_config.clock->now().addMSecs(delayMs),
                                  error.message)) {
            failStorage({});
            return;
        }
        // A platform that only asks us to slow down gets its pause, and the round goes
        // on.
        if (error.retryAfterSecs > 0 && error.retryAfterSecs <= kMaxPauseSecs) {
            QTimer::singleShot(delayMs, this, &SyncEngine::pushNext);
            return;
        }
        pullPage(m_feed->cursor(), false);
        return;
    }
    const bool conflict = error.kind == Kind::VersionConflict;
    if (conflict)
        qCInfo(lcSync).noquote() << "action" << item.verb << "on case" << item.caseId
                                 << "held as a conflict"
                                 << QStringLiteral("(%1):").arg(error.summary())
                                 << "the case changed on the platform since version"
                                 << item.baseVersion.value_or(-1);
    else
        qCWarning(lcSync).noquote()
                << "action" << item.verb << "on case" << item.caseId << "refused by the platform"
                << QStringLiteral("(%1):").arg(error.summary()) << error.message;
    const bool held = conflict ? m_outbox->markConflict(item.id, error.current, error.message)
                               : m_outbox->markRejected(item.id, error.message);
    if (!held) {
        failStorage({});
        return;
    }
    pushNext();
}

qint64 SyncEngine::retryDelayMs(int attempts, const PlatformError &error)
{
    const int exponent = std::min(attempts, 8);
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    const qint64 delay = error.kind == PlatformError::Kind::Network ? 0
            : error.retryAfterSecs > 0                              ? error.retryAfterSecs * 1000LL
                                       : qint64((1LL << exponent) * 1000 * jitter);
    // A platform asking for a day's pause would hold the clerk's action for a day.
    return std::min(delay, Outbox::kLongestWaitMs);
}

void SyncEngine::registerKey(const OutboxItem &item, const QByteArray &publicKeyPem)
{
    m_client->registerApprovalKey(
            publicKeyPem, [this, item](const QString &keyId, const PlatformError &error) {
                if (!error.isError()) {
                    if (!m_feed->setRegisteredApprovalKey(keyId)) {
                        failStorage({});
                        return;
                    }
                    pushNext();
                    return;
                }
                if (error.kind == PlatformError::Kind::SessionExpired) {
                    fail(error);
                    return;
                }
                if (error.isTransient()) {
                    // The approval waits for its key, and the round goes on without it.
                    if (!m_outbox->reschedule(
                                item.id,
                                m_config.clock->now().addMSecs(retryDelayMs(item.attempts, error)),
                                error.message)) {
                        failStorage({});
                        return;
                    }
                    pullPage(m_feed->cursor(), false);
                    return;
                }
                const QString message
                        = QCoreApplication::translate("SyncEngine",
                                                      "The platform did not register your signing "
                                                      "key: %1")
                                  .arg(error.message);
                if (!m_outbox->markRejected(item.id, message)) {
                    failStorage({});
                    return;
                }
                pushNext();
            });
}

void SyncEngine::pushUploads(std::function<void()> then)
{
    // Without the vault's key there is nothing to read the files with; they wait.
    if (!m_uploadPush) {
        then();
        return;
    }
    m_uploadPush->run(std::move(then), [this](const PlatformError &error) { fail(error); });
}

void SyncEngine::pushNotices(std::function<void()> then)
{
    NoticeStore notices(*m_db);
    const std::optional<IssuedNotice> notice = notices.nextUnsent();
    if (!notice || !m_vault) {
        then();
        return;
    }
    QString error;
    const std::optional<Vault::Entry> pdf
            = m_vault->get(notice->caseId, NoticeStore::vaultId(notice->id), &error);
    if (!pdf) {
        if (!notices.markRejected(notice->id, error)) {
            failStorage({});
            return;
        }
        QMetaObject::invokeMethod(
                this, [this, then = std::move(then)]() mutable { pushNotices(std::move(then)); },
                Qt::QueuedConnection);
        return;
    }
    m_client->uploadNotice(
            notice->caseId, notice->kind, pdf->content,
            [this, id = notice->id, then = std::move(then)](const NoticeReceipt &receipt,
                                                            const PlatformError &e) mutable {
                NoticeStore store(*m_db);
                if (e.isError()
                    && (e.isTransient() || e.kind == PlatformError::Kind::SessionExpired)) {
                    // Kept for the next round; the rest of this round goes on.
                    store.noteError(id, e.message);
                    then();
                    return;
                }
                const bool recorded = e.isError() ? store.markRejected(id, e.message)
                                                  : store.markUploaded(id, receipt.id);
                if (!recorded) {
                    failStorage({});
                    return;
                }
                pushNotices(std::move(then));
            });
}

// Each round applies the refill policy (NoticeNumbers::needsTopUp) to every kind.
void SyncEngine::topUpNumbers(QStringList kinds, std::function<void()> then)
{
    const int year = m_store->platformToday().year();
    NoticeNumbers numbers(*m_db);
    while (!kinds.isEmpty() && !numbers.needsTopUp(kinds.first(), year))
        kinds.removeFirst();
    if (kinds.isEmpty()) {
        then();
        return;
    }
    const QString kind = kinds.takeFirst();
    m_client->reserveNoticeNumbers(
            kind, year, NoticeNumbers::kBlockSize,
            [this, kinds, then = std::move(then)](const NumberBlock &block,
                                                  const PlatformError &e) mutable {
                // A role that issues no notices is refused; that is no failure of the sync.
                if (!e.isError() && !NoticeNumbers(*m_db).addBlock(block)) {
                    failStorage({});
                    return;
                }
                topUpNumbers(std::move(kinds), std::move(then));
            });
}

void SyncEngine::finishRound()
{
    qCInfo(lcSync).noquote().nospace()
            << "sync round done in " << m_round.elapsed() << " ms: changes applied " << m_applied
            << ", cases cached " << m_store->caseCount() << ", outbox pending "
            << m_outbox->pendingCount() << ", held " << m_outbox->heldCount() << ", cursor "
            << m_feed->cursor();
    m_syncing = false;
    m_fromStart = false;
    Q_EMIT outboxChanged(m_outbox->pendingCount(), m_outbox->heldCount());
    Q_EMIT quarantineChanged(Quarantine(*m_db).count());
    Q_EMIT syncFinished(m_applied, m_store->caseCount());
    checkIfAsked();
}

void SyncEngine::checkIfAsked()
{
    if (m_verifyAfterRound < 0)
        return;
    const bool repair = m_verifyAfterRound > 0;
    m_verifyAfterRound = -1;
    verifyCache(repair);
}

void SyncEngine::fail(const PlatformError &error)
{
    qCWarning(lcSync).noquote() << "sync round failed after"
                                << (m_round.isValid() ? m_round.elapsed() : 0) << "ms"
                                << QStringLiteral("(%1):").arg(error.summary()) << error.message
                                << "-" << m_applied << "changes applied before";
    ++m_pullGeneration;
    if (m_outbox)
        Q_EMIT outboxChanged(m_outbox->pendingCount(), m_outbox->heldCount());
    m_syncing = false;
    m_fromStart = false;
    // SQLite's "database disk image is malformed" tells a clerk nothing; what to do does.
    const bool damaged = error.kind == PlatformError::Kind::Storage
            && Database::isMarkedDamaged(m_config.databasePath);
    Q_EMIT syncFailed(static_cast<int>(error.kind),
                      damaged ? Database::damageNote() : error.message);
    checkIfAsked();
}

} // namespace casedesk

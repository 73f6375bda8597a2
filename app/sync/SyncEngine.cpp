#include "SyncEngine.h"

#include "platform/RestPlatformClient.h"
#include "store/CaseStore.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace casedesk {

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
    auto *client = new RestPlatformClient(m_config.server, this);
    connect(client, &PlatformClient::refreshTokenChanged, this, &SyncEngine::refreshTokenChanged);
    connect(client, &PlatformClient::sessionExpired, this, &SyncEngine::sessionExpired);
    client->setRefreshToken(refreshToken);
    m_client = client;
    Q_EMIT opened(true, {});
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
    Q_EMIT syncStarted();
    pullPage(m_store->cursor(), false);
}

void SyncEngine::pullPage(const QString &cursor, bool resynced)
{
    m_client->fetchChanges(cursor, m_config.pageSize,
                           [this, resynced](const ChangePage &page, const PlatformError &error) {
                               if (error.kind == PlatformError::Kind::CursorExpired && !resynced) {
                                   // Start the feed over; upserts make a full pass idempotent.
                                   pullPage(QString(), true);
                                   return;
                               }
                               if (error.isError()) {
                                   fail(error);
                                   return;
                               }
                               QString storeError;
                               if (!m_store->apply(page.batch, &storeError)) {
                                   fail({PlatformError::Kind::Storage, 0, {}, storeError});
                                   return;
                               }
                               m_applied += page.changeCount;
                               Q_EMIT progress(m_applied);
                               if (page.hasMore && page.changeCount > 0) {
                                   pullPage(page.batch.cursor, resynced);
                                   return;
                               }
                               m_syncing = false;
                               Q_EMIT syncFinished(m_applied, m_store->caseCount());
                           });
}

void SyncEngine::fail(const PlatformError &error)
{
    m_syncing = false;
    Q_EMIT syncFailed(static_cast<int>(error.kind), error.message);
}

} // namespace casedesk

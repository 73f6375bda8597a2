#include "SyncService.h"

#include "SyncEngine.h"
#include "security/CredentialStore.h"

namespace casedesk {

SyncService::SyncService(SyncEngine::Config config, QString refreshTokenKey,
                         CredentialStore &credentials, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_refreshTokenKey(std::move(refreshTokenKey)),
      m_credentials(credentials)
{
    m_thread.setObjectName(QStringLiteral("casedesk-sync"));
    connect(&m_timer, &QTimer::timeout, this, &SyncService::syncNow);
}

SyncService::~SyncService()
{
    stop();
}

void SyncService::start(const QString &refreshToken)
{
    stop();
    m_engine = new SyncEngine(m_config);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &SyncEngine::syncStarted, this, [this] {
        m_syncing = true;
        Q_EMIT syncStarted();
    });
    connect(m_engine, &SyncEngine::progress, this, &SyncService::progress);
    connect(m_engine, &SyncEngine::claimsDone, this, &SyncService::claimsDone);
    connect(m_engine, &SyncEngine::assignmentsDone, this, &SyncService::assignmentsDone);
    connect(m_engine, &SyncEngine::staffFetched, this, &SyncService::staffFetched);
    connect(m_engine, &SyncEngine::offlineDone, this, &SyncService::offlineDone);
    connect(m_engine, &SyncEngine::licencesFetched, this, &SyncService::licencesFetched);
    connect(m_engine, &SyncEngine::reusedAttached, this, &SyncService::reusedAttached);
    connect(m_engine, &SyncEngine::outboxChanged, this, &SyncService::outboxChanged);
    connect(m_engine, &SyncEngine::cacheVerified, this, &SyncService::cacheVerified);
    connect(m_engine, &SyncEngine::quarantineChanged, this, &SyncService::quarantineChanged);
    connect(m_engine, &SyncEngine::syncFinished, this, [this](int changes, int cases) {
        m_syncing = false;
        m_lastSuccess = QDateTime::currentDateTime();
        Q_EMIT syncFinished(changes, cases);
    });
    connect(m_engine, &SyncEngine::syncFailed, this, [this](int kind, const QString &message) {
        m_syncing = false;
        Q_EMIT syncFailed(kind, message);
    });
    connect(m_engine, &SyncEngine::opened, this, [this](bool ok, const QString &error) {
        if (!ok)
            Q_EMIT syncFailed(0, error);
    });
    connect(m_engine, &SyncEngine::sessionExpired, this, [this](const QString &message) {
        m_timer.stop();
        Q_EMIT sessionExpired(message);
    });
    connect(m_engine, &SyncEngine::refreshTokenChanged, this, [this](const QString &token) {
        m_credentials.write(m_refreshTokenKey, token, [this](bool ok, const QString &error) {
            // The session goes on with the new token in memory; only the next start is affected.
            if (!ok)
                Q_EMIT keychainFailed(tr("The renewed sign-in could not be kept in the keychain, "
                                         "so CaseDesk will ask you to sign in at its next start. "
                                         "%1")
                                              .arg(error));
        });
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, "open", Qt::QueuedConnection, Q_ARG(QString, refreshToken));
    syncNow();
    if (m_timer.interval() > 0)
        m_timer.start();
}

void SyncService::setIntervalSeconds(int seconds)
{
    m_timer.setInterval(seconds * 1000);
    if (m_engine)
        m_timer.start();
}

void SyncService::setClaims(const QStringList &caseIds, bool take)
{
    if (m_engine)
        QMetaObject::invokeMethod(
                m_engine, [engine = m_engine, caseIds, take] { engine->setClaims(caseIds, take); },
                Qt::QueuedConnection);
}

void SyncService::assign(const QStringList &caseIds, const QString &userName, const QString &reason)
{
    if (m_engine)
        QMetaObject::invokeMethod(
                m_engine,
                [engine = m_engine, caseIds, userName, reason] {
                    engine->assign(caseIds, userName, reason);
                },
                Qt::QueuedConnection);
    else
        Q_EMIT assignmentsDone(0, int(caseIds.size()), tr("Not connected."));
}

void SyncService::fetchStaff()
{
    if (m_engine)
        QMetaObject::invokeMethod(
                m_engine, [engine = m_engine] { engine->fetchStaff(); }, Qt::QueuedConnection);
    else
        Q_EMIT staffFetched({}, tr("Not connected."));
}

void SyncService::verifyCache(bool repair)
{
    if (m_engine) {
        QMetaObject::invokeMethod(
                m_engine, [engine = m_engine, repair] { engine->verifyCache(repair); },
                Qt::QueuedConnection);
        return;
    }
    CacheCheck check;
    check.error = tr("Not connected.");
    Q_EMIT cacheVerified(check);
}

void SyncService::keepOffline(const QStringList &caseIds)
{
    if (m_engine)
        QMetaObject::invokeMethod(
                m_engine, [engine = m_engine, caseIds] { engine->keepOffline(caseIds); },
                Qt::QueuedConnection);
}

void SyncService::fetchLicences(const QString &holderId)
{
    if (m_engine)
        QMetaObject::invokeMethod(
                m_engine, [engine = m_engine, holderId] { engine->fetchLicences(holderId); },
                Qt::QueuedConnection);
    else
        Q_EMIT licencesFetched(holderId, {}, tr("Not connected."));
}

void SyncService::attachReused(const QString &caseId, const QString &recordId,
                               const QString &fileId)
{
    if (m_engine)
        QMetaObject::invokeMethod(
                m_engine,
                [engine = m_engine, caseId, recordId, fileId] {
                    engine->attachReused(caseId, recordId, fileId);
                },
                Qt::QueuedConnection);
    else
        Q_EMIT reusedAttached(caseId, fileId, tr("Not connected."));
}

void SyncService::syncNow()
{
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow, Qt::QueuedConnection);
}

void SyncService::stop()
{
    m_timer.stop();
    if (!m_engine)
        return;
    m_thread.quit();
    m_thread.wait();
    m_engine = nullptr; // deleted by the thread's finished signal
    m_syncing = false;
}

} // namespace casedesk

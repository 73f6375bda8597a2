#pragma once

#include "SyncEngine.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace casedesk {

class CredentialStore;

// The UI thread's handle on the sync engine: runs it on a worker thread, syncs on start and
// on a timer, and keeps the rotating refresh token in the keychain. Nothing here blocks.
class SyncService : public QObject
{
    Q_OBJECT
public:
    SyncService(SyncEngine::Config config, QString refreshTokenKey, CredentialStore &credentials,
                QObject *parent = nullptr);
    ~SyncService() override;

    void start(const QString &refreshToken);
    void setIntervalSeconds(int seconds);
    bool isRunning() const { return m_engine != nullptr; }
    bool isSyncing() const { return m_syncing; }
    QDateTime lastSuccess() const { return m_lastSuccess; }

public Q_SLOTS:
    void syncNow();
    void stop();
    // On the engine's thread, through its platform session (refresh tokens are single-use, so
    // there is one client); the answers come back as claimsDone and offlineDone.
    void setClaims(const QStringList &caseIds, bool take);
    void assign(const QStringList &caseIds, const QString &userName, const QString &reason);
    void fetchStaff();
    void verifyCache(bool repair);
    void keepOffline(const QStringList &caseIds);
    void fetchLicences(const QString &holderId);
    void attachReused(const QString &caseId, const QString &recordId, const QString &fileId);

Q_SIGNALS:
    void syncStarted();
    void progress(int changesApplied);
    void outboxChanged(int pending, int held);
    void syncFinished(int changesApplied, int cachedCases);
    void syncFailed(int kind, const QString &message);
    void sessionExpired(const QString &message);
    void keychainFailed(const QString &message);
    void claimsDone(int changed, int failed, const QString &firstError);
    void assignmentsDone(int changed, int failed, const QString &firstError);
    void staffFetched(const QList<casedesk::StaffMember> &staff, const QString &error);
    void offlineDone(int files, int failed, const QString &firstError);
    void cacheVerified(const casedesk::CacheCheck &check);
    void quarantineChanged(int records);
    void reusedAttached(const QString &caseId, const QString &fileId, const QString &error);
    void licencesFetched(const QString &holderId, const QList<casedesk::Licence> &licences,
                         const QString &error);

private:
    SyncEngine::Config m_config;
    QString m_refreshTokenKey;
    CredentialStore &m_credentials;
    QThread m_thread;
    SyncEngine *m_engine = nullptr;
    QTimer m_timer;
    bool m_syncing = false;
    QDateTime m_lastSuccess;
};

} // namespace casedesk
